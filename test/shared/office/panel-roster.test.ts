// The roster as the office edits it: ids E1, E2… never given twice, removal taking the expert out of
// assignments and recusals, a changed city changing the same-city suggestions, and the panel-size words.
import { describe, expect, it } from 'vitest';
import type { ExpertDetails } from '../../../shared/office/panel-expert-input';
import { addExpert, editExpert, nextExpertId, panelSizeWarnings, removeExpert, type RosterDraft } from '../../../shared/office/panel-roster';
import { demoDraft } from './demo-draft';

const details = (name: string, city = '省直'): ExpertDetails => ({ name, organisation: '', title: '', city, keyFingerprint: null });

const empty = (): RosterDraft => ({ roster: [], assignments: {}, recusals: [], applications: demoDraft().applications });

describe('roster editing', () => {
  it('gives E1, E2… in order and never gives a removed expert’s id again, even the last one', () => {
    let draft = empty();
    for (const name of ['甲', '乙', '丙']) draft = { ...draft, ...addExpert(draft, details(name)) };
    expect(draft.roster.map((entry) => entry.expertId)).toEqual(['E1', 'E2', 'E3']);
    draft = { ...draft, ...removeExpert(draft, 'E3') };
    expect(draft.lastExpertNumber).toBe(3);
    expect(nextExpertId(draft)).toBe('E4');
    draft = { ...draft, ...addExpert(draft, details('丁')) };
    expect(draft.roster.map((entry) => entry.expertId)).toEqual(['E1', 'E2', 'E4']);
  });

  it('counts from the roster when a draft has no record yet (the demo’s E1…E7)', () => {
    const demo = demoDraft();
    expect(demo.lastExpertNumber).toBeUndefined();
    expect(nextExpertId(demo)).toBe(`E${demo.roster.length + 1}`);
  });

  it('removes the expert from every subset and every recusal, and keeps the others’ decisions', () => {
    const demo = demoDraft();
    const app = demo.applications[0];
    if (!app) throw new Error('demo has applications');
    let draft: RosterDraft = { ...demo, roster: [] };
    draft = { ...draft, ...addExpert(draft, details('甲', app.city)) };
    draft = { ...draft, ...addExpert(draft, details('乙', app.city)) };
    draft = { ...draft, ...addExpert(draft, details('丙')) };
    expect(draft.recusals.filter((r) => r.applicationId === app.id).map((r) => [r.expertId, r.decision])).toEqual([
      ['E1', 'pending'],
      ['E2', 'pending'],
    ]);
    draft = { ...draft, recusals: draft.recusals.map((r) => (r.expertId === 'E2' ? { ...r, decision: 'confirmed' as const } : r)), assignments: { [app.id]: ['E1', 'E2', 'E3'] } };
    const after = removeExpert(draft, 'E1');
    expect(after.roster.map((entry) => entry.expertId)).toEqual(['E2', 'E3']);
    expect(after.assignments).toEqual({ [app.id]: ['E2', 'E3'] });
    expect(after.recusals.some((r) => r.expertId === 'E1')).toBe(false);
    expect(after.recusals.find((r) => r.applicationId === app.id)).toEqual({ expertId: 'E2', applicationId: app.id, reason: 'sameCity', decision: 'confirmed' });
  });

  it('drops a same-city pair when the city is corrected, and suggests a new one pending', () => {
    const demo = demoDraft();
    const first = demo.applications[0];
    const second = demo.applications.find((application) => application.city !== first?.city);
    if (!first || !second) throw new Error('demo has applications in two cities');
    let draft: RosterDraft = { ...demo, roster: [] };
    draft = { ...draft, ...addExpert(draft, details('甲', first.city)) };
    draft = { ...draft, recusals: draft.recusals.map((r) => ({ ...r, decision: 'dismissed' as const })) };
    const moved = editExpert(draft, 'E1', details('甲', second.city));
    expect(moved.roster[0]?.expertId).toBe('E1');
    expect(moved.recusals.every((r) => r.decision === 'pending')).toBe(true);
    expect(new Set(moved.recusals.map((r) => r.applicationId)).has(first.id)).toBe(false);
    expect(moved.recusals.length).toBeGreaterThan(0);
  });

  it('warns about an even panel or one below five, never an empty one', () => {
    expect(panelSizeWarnings(0)).toEqual([]);
    expect(panelSizeWarnings(3)).toEqual(['belowFive']);
    expect(panelSizeWarnings(4)).toEqual(['belowFive', 'even']);
    expect(panelSizeWarnings(6)).toEqual(['even']);
    expect(panelSizeWarnings(5)).toEqual([]);
    expect(panelSizeWarnings(9)).toEqual([]);
  });
});
