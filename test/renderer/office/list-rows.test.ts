// The editor's preview of the list (list-rows.ts) on the demo's computed list (8 places; A07 云台县 and A09
// 草甸县 below the line): adjustments that apply give the list the host would sign; when some do not, the
// preview still shows the list as far as the others take it, with every problem, so the clerk sees what to
// undo or take off; rows are marked by the last change that applied to them.
import { describe, expect, it } from 'vitest';
import type { ListAdjustment } from '../../../shared/files/suggestion-list-file';
import { adjustSuggestionList } from '../../../shared/office/adjust-suggestion-list';
import { previewList, signedView } from '../../../renderer/src/office/list/list-rows';
import { demoOfficeResults } from './results-fixture';
import { listOf } from '../../shared/support/list-of';

const list = listOf(demoOfficeResults().results);
const ids = (rows: ReadonlyArray<{ applicationId: string }>): string[] => rows.map((row) => row.applicationId);
const reason = '办公室研究决定';

describe('previewList', () => {
  it('without adjustments is the computed list, with the rest below the line', () => {
    const { view, problems } = previewList(list, []);
    expect(problems).toEqual([]);
    expect(ids(view.listed)).toEqual(ids(list.entries));
    expect(ids(view.below)).toEqual(['A07', 'A09']);
    expect(view.listed.every((row) => row.manual === null)).toBe(true);
    expect(view.listed.find((row) => row.applicationId === 'A02')?.movedBy).toBe('withinPoints');
  });

  it('with adjustments that apply is exactly what the host signs, each changed row marked', () => {
    const adjustments: ListAdjustment[] = [
      { kind: 'exclude', applicationId: 'A01', reason },
      { kind: 'include', applicationId: 'A07', reason },
      { kind: 'move', applicationId: 'A07', toPosition: 2, reason },
    ];
    const signed = adjustSuggestionList(list, adjustments);
    if (!signed.ok) throw new Error('the adjustments apply');
    const { view, problems } = previewList(list, adjustments);
    expect(problems).toEqual([]);
    expect(ids(view.listed)).toEqual(ids(signed.entries));
    expect(view.listed.map((row) => row.position)).toEqual(signed.entries.map((entry) => entry.position));
    expect(view.listed.find((row) => row.applicationId === 'A07')?.manual).toBe('move');
    expect(view.below.find((row) => row.applicationId === 'A01')?.manual).toBe('exclude');
    expect(ids(view.below)).toEqual(['A01', 'A09']);
  });

  it('over the quota: every row shown, the list running past the places, and the problem returned', () => {
    const { view, problems } = previewList(list, [{ kind: 'include', applicationId: 'A07', reason }]);
    expect(problems).toEqual([{ code: 'overQuota', places: 8, listed: 9 }]);
    expect(view.listed).toHaveLength(9);
    expect(view.listed.at(-1)).toMatchObject({ applicationId: 'A07', position: 9, manual: 'include' });
    expect(ids(view.below)).toEqual(['A09']);
  });

  it('leaves out a change that does not apply, and one that only made sense after it, while keeping the rest', () => {
    const adjustments: ListAdjustment[] = [
      { kind: 'include', applicationId: 'NOPE', reason },
      { kind: 'exclude', applicationId: 'A09', reason },
      { kind: 'exclude', applicationId: 'A05', reason },
    ];
    const { view, problems } = previewList(list, adjustments);
    expect(problems).toEqual([
      { code: 'notEligible', index: 0, applicationId: 'NOPE' },
      { code: 'notOnList', index: 1, applicationId: 'A09' },
    ]);
    expect(ids(view.listed)).not.toContain('A05');
    expect(view.below.find((row) => row.applicationId === 'A05')?.manual).toBe('exclude');
    expect(view.below.find((row) => row.applicationId === 'A09')?.manual).toBeNull();
  });

  it('leaves out only the changes that fail: one that fails before the change it needed still fails, the rest apply', () => {
    const adjustments: ListAdjustment[] = [
      { kind: 'include', applicationId: 'A01', reason },
      { kind: 'exclude', applicationId: 'A01', reason },
      { kind: 'move', applicationId: 'A01', toPosition: 1, reason },
    ];
    const { view, problems } = previewList(list, adjustments);
    expect(problems.map((problem) => problem.code)).toEqual(['alreadyOnList', 'notOnList']);
    // The include of a listed county fails; the exclusion applies; moving a county no longer listed fails.
    expect(ids(view.listed)).not.toContain('A01');
    expect(view.below[0]).toMatchObject({ applicationId: 'A01', manual: 'exclude' });
  });
});

describe('signedView', () => {
  it('is the signed entries with the hand-made changes marked and poverty from the current results', () => {
    const adjustments: ListAdjustment[] = [{ kind: 'move', applicationId: 'A06', toPosition: 1, reason }];
    const signed = adjustSuggestionList(list, adjustments);
    if (!signed.ok) throw new Error('the adjustment applies');
    const known = new Map([...list.entries, ...list.notListed].map((entry) => [entry.applicationId, entry]));
    const payload = {
      sessionId: 's', sessionName: 'n', version: 1, previousHash: null, dataFingerprint: 'a'.repeat(64), places: 8,
      computed: ids(list.entries), adjustments, entries: signed.entries, dissent: [], note: '',
      signedAt: '2026-12-09T02:30:00.000Z', signer: { name: '办公室', fingerprint: 'b'.repeat(64) },
    };
    const view = signedView(payload, known);
    expect(view.listed[0]).toMatchObject({ applicationId: 'A06', position: 1, manual: 'move', poverty: true });
    expect(view.below).toEqual([]);
    expect(signedView(payload, new Map()).listed[0]?.poverty).toBeNull();
  });
});
