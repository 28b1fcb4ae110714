// Which events the office may record for a county in a given state, and which results each offers: read from
// shared/lifecycle's transition graph so the form never offers a step the host would refuse for its state.
import type { CountyState } from '../../../../shared/lifecycle/county-states';
import { STATE_BEFORE } from '../../../../shared/lifecycle/transition-graph';
import {
  EVENT_KINDS,
  GRADES,
  QUALIFICATION_RESULTS,
  RECHECK_RESULTS,
  REINSPECTION_RESULTS,
  type EventKind,
} from '../../../../shared/lifecycle/transition-events';

/** The kinds of event the graph allows from `state`, in the order the lifecycle lists them. */
export function legalEvents(state: CountyState): EventKind[] {
  return EVENT_KINDS.filter((kind) => STATE_BEFORE[kind] === state);
}

/** The results (or grades) a kind of event carries; empty when it carries none. */
export function outcomesOf(kind: EventKind): readonly string[] {
  switch (kind) {
    case 'qualificationDecided':
      return QUALIFICATION_RESULTS;
    case 'midtermRecorded':
    case 'acceptanceDecided':
      return GRADES;
    case 'reinspectionDecided':
      return REINSPECTION_RESULTS;
    case 'recheckDecided':
      return RECHECK_RESULTS;
    default:
      return [];
  }
}
