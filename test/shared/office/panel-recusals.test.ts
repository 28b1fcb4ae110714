// Same-city suggestions worked out again as the roster and the applications change: decisions kept for
// pairs that still apply, new pairs pending, pairs that no longer apply dropped; and the panel's derived
// parts brought up to date when another step changed the applications.
import { describe, expect, it } from 'vitest';
import { suggestRecusals } from '../../../shared/files/recusal-suggestions';
import { decideRecusal, reconcileRecusals, undecidedCount } from '../../../shared/office/panel-recusals';
import { reconcilePanel } from '../../../shared/office/panel-reconcile';
import type { DraftRecusal } from '../../../shared/office/session-draft';
import { demoDraft } from './demo-draft';

describe('reconcileRecusals', () => {
  it('suggests every same-city pair, pending, in the order suggestRecusals gives', () => {
    const draft = demoDraft();
    const recusals = reconcileRecusals(draft.roster, draft.applications, []);
    expect(recusals.length).toBeGreaterThan(0);
    expect(recusals).toEqual(suggestRecusals(draft.roster, draft.applications).map((s) => ({ ...s, decision: 'pending' })));
  });

  it('keeps the office’s decisions across a recomputation and drops pairs whose application is gone', () => {
    const draft = demoDraft();
    const first = reconcileRecusals(draft.roster, draft.applications, []);
    const [pair] = first;
    if (!pair) throw new Error('the demo has a same-city pair');
    const decided = decideRecusal(first, pair.expertId, pair.applicationId, 'dismissed');
    expect(undecidedCount(decided)).toBe(undecidedCount(first) - 1);
    // Another expert from the same city joins: the earlier decision stays, the new pair waits.
    const expert = draft.roster.find((entry) => entry.expertId === pair.expertId);
    if (!expert) throw new Error('the pair names a roster expert');
    const roster = [...draft.roster, { ...expert, expertId: 'E99', name: '新专家' }];
    const again = reconcileRecusals(roster, draft.applications, decided);
    expect(again.find((r) => r.expertId === pair.expertId && r.applicationId === pair.applicationId)?.decision).toBe('dismissed');
    expect(again.find((r) => r.expertId === 'E99' && r.applicationId === pair.applicationId)?.decision).toBe('pending');
    const withoutApplication = reconcileRecusals(roster, draft.applications.filter((a) => a.id !== pair.applicationId), again);
    expect(withoutApplication.some((r) => r.applicationId === pair.applicationId)).toBe(false);
  });

  it('does not carry a decision onto a pair that disappeared and came back under another application', () => {
    const stale: DraftRecusal[] = [{ expertId: 'E3', applicationId: 'nowhere', reason: 'sameCity', decision: 'confirmed' }];
    const draft = demoDraft();
    expect(reconcileRecusals(draft.roster, draft.applications, stale).every((r) => r.decision === 'pending')).toBe(true);
  });
});

describe('reconcilePanel', () => {
  it('is empty for a draft already up to date', () => {
    const draft = demoDraft();
    const upToDate = { ...draft, recusals: reconcileRecusals(draft.roster, draft.applications, []) };
    expect(reconcilePanel(upToDate)).toEqual({});
  });

  it('adds missing suggestions and drops the subset of an application another step removed', () => {
    const draft = demoDraft();
    const patch = reconcilePanel({ ...draft, assignments: { gone: ['E1'], [draft.applications[0]?.id ?? '']: ['E1', 'E404'] } });
    expect(patch.recusals).toEqual(reconcileRecusals(draft.roster, draft.applications, []));
    expect(patch.assignments).toEqual({ [draft.applications[0]?.id ?? '']: ['E1'] });
  });
});
