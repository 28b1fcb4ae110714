// Which event may follow which state, and where it leads: the graph drawn in county-states.ts, as data.
import type { CountyState } from './county-states';
import type { EventKind, TransitionEvent } from './transition-events';

/** The one state each kind of event may be recorded in. */
export const STATE_BEFORE: Readonly<Record<EventKind, CountyState>> = {
  qualificationDecided: 'applied',
  creationStarted: 'qualified',
  midtermRecorded: 'inCreation',
  acceptanceDecided: 'midtermChecked',
  retentionGranted: 'acceptanceFailed',
  retentionDeclined: 'acceptanceFailed',
  rectificationLapsed: 'rectifying',
  reinspectionDecided: 'rectifying',
  recheckDecided: 'named',
};

/** Where a (legal) event leads. */
export function stateAfter(event: TransitionEvent): CountyState {
  switch (event.kind) {
    case 'qualificationDecided':
      return event.result === 'qualified' ? 'qualified' : 'notQualified';
    case 'creationStarted':
      return 'inCreation';
    case 'midtermRecorded':
      // 不合格 at mid-term: the work plan (§六) gives it no consequence — it names no state between creation and
      // acceptance and no sanction for a poor mid-term. Cancelling would invent a rule; ignoring it would lose
      // it. So the county reaches midtermChecked like the others, the grade stays in its history, and
      // applyTransition returns a warning the office sees (it may follow up, e.g. with a notice to rectify,
      // and the acceptance panel reads the history).
      return 'midtermChecked';
    case 'acceptanceDecided':
      return event.result === 'fail' ? 'acceptanceFailed' : 'named';
    case 'retentionGranted':
      return 'rectifying';
    case 'retentionDeclined':
    case 'rectificationLapsed':
      return 'cancelled';
    case 'reinspectionDecided':
      return event.result === 'pass' ? 'named' : 'cancelled';
    case 'recheckDecided':
      return event.result === 'kept' ? 'named' : 'delisted';
  }
}
