// The office's same-city recusals (回避建议) kept in step with the roster and the applications: the suggestions
// are worked out again whenever either changes, a pair that still applies keeps the decision the office made
// on it, a new pair waits for a decision, and a pair that no longer applies (the expert's city corrected, an
// application removed) is dropped, decision and all, since it no longer describes anyone.
import type { Application } from '../model/application';
import { suggestRecusals } from '../files/recusal-suggestions';
import type { RosterEntry } from '../files/session-payload';
import type { DraftRecusal } from './session-draft';

type Decision = DraftRecusal['decision'];

const pairKey = (recusal: Pick<DraftRecusal, 'expertId' | 'applicationId' | 'reason'>): string => `${recusal.expertId}\n${recusal.applicationId}\n${recusal.reason}`;

/** The suggestions for this roster and these applications, each with the office's earlier decision or pending. */
export function reconcileRecusals(roster: readonly RosterEntry[], applications: readonly Application[], previous: readonly DraftRecusal[]): DraftRecusal[] {
  const decided = new Map(previous.map((recusal) => [pairKey(recusal), recusal.decision]));
  return suggestRecusals(roster, applications).map((suggestion) => ({ ...suggestion, decision: decided.get(pairKey(suggestion)) ?? 'pending' }));
}

/** The recusals with one pair's decision changed. */
export function decideRecusal(recusals: readonly DraftRecusal[], expertId: string, applicationId: string, decision: Decision): DraftRecusal[] {
  return recusals.map((recusal) => (recusal.expertId === expertId && recusal.applicationId === applicationId ? { ...recusal, decision } : recusal));
}

/** How many still wait for the office: the session cannot be sent while any does. */
export const undecidedCount = (recusals: readonly DraftRecusal[]): number => recusals.filter((recusal) => recusal.decision === 'pending').length;
