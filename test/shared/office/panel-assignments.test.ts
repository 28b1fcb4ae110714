// Assignments: the whole roster by default, a subset per application when chosen, confirmed recusals taken
// off the scorers exactly as the session payload does.
import { describe, expect, it } from 'vitest';
import { assignSubset, assignToAll, isSubset, scorersOf, setAssigned, withoutExpert } from '../../../shared/office/panel-assignments';
import { payloadFromDraft } from '../../../shared/office/payload-from-draft';
import { reconcileRecusals } from '../../../shared/office/panel-recusals';
import { AT, demoDraft, OFFICE } from './demo-draft';

describe('assignments', () => {
  it('starts a subset from everyone, unticks and ticks in roster order, and goes back to all', () => {
    const { roster, applications } = demoDraft();
    const id = applications[0]?.id ?? '';
    let assignments = assignSubset({}, id, roster);
    expect(isSubset(assignments, id)).toBe(true);
    expect(assignments[id]).toEqual(roster.map((e) => e.expertId));
    assignments = setAssigned(assignments, id, 'E2', false, roster);
    assignments = setAssigned(assignments, id, 'E1', false, roster);
    assignments = setAssigned(assignments, id, 'E1', true, roster);
    expect(assignments[id]).toEqual(roster.map((e) => e.expertId).filter((e) => e !== 'E2'));
    expect(withoutExpert(assignments, 'E1')[id]).toEqual(roster.map((e) => e.expertId).filter((e) => e !== 'E1' && e !== 'E2'));
    expect(assignToAll(assignments, id)).toEqual({});
  });

  it('counts the scorers as the payload assigns them: subset less confirmed recusals', () => {
    const draft = demoDraft();
    const recusals = reconcileRecusals(draft.roster, draft.applications, []).map((r) => ({ ...r, decision: 'confirmed' as const }));
    const first = draft.applications[0]?.id ?? '';
    const next = { ...draft, recusals, assignments: { [first]: ['E1', 'E2', 'E3'] } };
    const made = payloadFromDraft(next, OFFICE, AT);
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    for (const application of next.applications) {
      expect(scorersOf(next.assignments, next.roster, next.recusals, application.id)).toEqual(made.payload.assignments[application.id]);
    }
  });
});
