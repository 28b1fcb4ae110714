// Who scores which application (评审分配). An application absent from `assignments` goes to the whole roster
// (the usual case, and it keeps experts added later); one present there goes to the chosen subset only.
// Confirmed recusals are not written into the assignment: they stay decisions of their own and are taken off
// when the session is made (payload-from-draft.ts), so dismissing one later gives the expert back.
import type { RosterEntry } from '../files/session-payload';
import type { DraftRecusal, SessionDraft } from './session-draft';

type Assignments = SessionDraft['assignments'];

export const isSubset = (assignments: Assignments, applicationId: string): boolean => Object.hasOwn(assignments, applicationId);

/** The application back to the whole roster. */
export function assignToAll(assignments: Assignments, applicationId: string): Assignments {
  return Object.fromEntries(Object.entries(assignments).filter(([id]) => id !== applicationId));
}

/** The application to a subset, starting from everyone so the office unticks the few who should not score it. */
export function assignSubset(assignments: Assignments, applicationId: string, roster: readonly RosterEntry[]): Assignments {
  return { ...assignments, [applicationId]: roster.map((entry) => entry.expertId) };
}

/** One expert ticked or unticked in an application's subset; kept in roster order so the file reads calmly. */
export function setAssigned(assignments: Assignments, applicationId: string, expertId: string, assigned: boolean, roster: readonly RosterEntry[]): Assignments {
  const before = new Set(assignments[applicationId] ?? roster.map((entry) => entry.expertId));
  if (assigned) before.add(expertId);
  else before.delete(expertId);
  return { ...assignments, [applicationId]: roster.map((entry) => entry.expertId).filter((id) => before.has(id)) };
}

/** The expert taken out of every subset (when removed from the roster). */
export function withoutExpert(assignments: Assignments, expertId: string): Assignments {
  return Object.fromEntries(Object.entries(assignments).map(([applicationId, experts]) => [applicationId, experts.filter((id) => id !== expertId)]));
}

/** Only applications and experts the draft still has: a removed application's subset would otherwise block the export. */
export function knownAssignments(assignments: Assignments, applicationIds: readonly string[], roster: readonly RosterEntry[]): Assignments {
  const applications = new Set(applicationIds);
  const experts = new Set(roster.map((entry) => entry.expertId));
  return Object.fromEntries(
    Object.entries(assignments)
      .filter(([applicationId]) => applications.has(applicationId))
      .map(([applicationId, assigned]) => [applicationId, assigned.filter((id) => experts.has(id))]),
  );
}

/** Who will score the application once the session is made: assigned, less confirmed recusals (as payload-from-draft.ts does). */
export function scorersOf(assignments: Assignments, roster: readonly RosterEntry[], recusals: readonly DraftRecusal[], applicationId: string): string[] {
  const recused = new Set(recusals.filter((r) => r.decision === 'confirmed' && r.applicationId === applicationId).map((r) => r.expertId));
  return (assignments[applicationId] ?? roster.map((entry) => entry.expertId)).filter((id) => !recused.has(id));
}
