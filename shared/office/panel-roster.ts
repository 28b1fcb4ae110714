// Adding, editing and removing experts on the draft's roster (专家名单). Ids are E1, E2… in the order the
// office adds people and are never given twice, even after a removal: an id may already be in the office's
// notes, a printed list or a file made before, and must keep naming the same person. A change to the roster
// brings the recusal suggestions (same city) and the assignments along with it.
import type { Application } from '../model/application';
import type { RosterEntry } from '../files/session-payload';
import type { ExpertDetails } from './panel-expert-input';
import { withoutExpert } from './panel-assignments';
import { reconcileRecusals } from './panel-recusals';
import type { SessionDraft } from './session-draft';

export type RosterDraft = Pick<SessionDraft, 'roster' | 'assignments' | 'recusals' | 'lastExpertNumber'> & { applications: readonly Application[] };
export type RosterChange = Pick<SessionDraft, 'roster' | 'assignments' | 'recusals'> & { lastExpertNumber: number };

const EXPERT_ID = /^E([1-9]\d{0,8})$/;

/** The number in `E12`, or 0 for an id of another shape (imported by hand, say), which then takes no number. */
const numberOf = (expertId: string): number => Number(EXPERT_ID.exec(expertId)?.[1] ?? 0);

/** The highest number given so far: the recorded one, or the roster's own when a draft predates the record. */
export function lastNumber(draft: Pick<RosterDraft, 'roster' | 'lastExpertNumber'>): number {
  return Math.max(draft.lastExpertNumber ?? 0, ...draft.roster.map((entry) => numberOf(entry.expertId)));
}

export function nextExpertId(draft: Pick<RosterDraft, 'roster' | 'lastExpertNumber'>): string {
  return `E${lastNumber(draft) + 1}`;
}

export function addExpert(draft: RosterDraft, details: ExpertDetails): RosterChange {
  const number = lastNumber(draft) + 1;
  const roster = [...draft.roster, { expertId: `E${number}`, ...details }];
  return { roster, assignments: draft.assignments, recusals: reconcileRecusals(roster, draft.applications, draft.recusals), lastExpertNumber: number };
}

/** New details for an expert; the id stays. A changed city changes the same-city suggestions. */
export function editExpert(draft: RosterDraft, expertId: string, details: ExpertDetails): RosterChange {
  const roster = draft.roster.map((entry): RosterEntry => (entry.expertId === expertId ? { expertId, ...details } : entry));
  return { roster, assignments: draft.assignments, recusals: reconcileRecusals(roster, draft.applications, draft.recusals), lastExpertNumber: lastNumber(draft) };
}

/** The expert off the roster, out of every assignment and every recusal; the id stays used. */
export function removeExpert(draft: RosterDraft, expertId: string): RosterChange {
  const roster = draft.roster.filter((entry) => entry.expertId !== expertId);
  return {
    roster,
    assignments: withoutExpert(draft.assignments, expertId),
    recusals: reconcileRecusals(roster, draft.applications, draft.recusals),
    lastExpertNumber: lastNumber(draft),
  };
}

/** Panels are 5 to 9 experts, an odd number (DOMAIN.md): worth a word to the office, never a refusal. */
export function panelSizeWarnings(size: number): Array<'belowFive' | 'even'> {
  if (size === 0) return [];
  return [...(size < 5 ? (['belowFive'] as const) : []), ...(size % 2 === 0 ? (['even'] as const) : [])];
}
