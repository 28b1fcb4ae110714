// Manual adjustments to the computed suggestion list, on the demo's list (8 places: A01 A08 A03 A11 A06 A05 A04
// and A02, which the poverty rule moved in; A07 and A09 below the line; A10 vetoed and A12 without a plan are
// not eligible): applied in order, each checked where it stands, the quota a cap.
import { describe, expect, it } from 'vitest';
import { buildDemoReportSource } from '../../../shared/demo/demo-report-source';
import type { ListAdjustment } from '../../../shared/files/suggestion-list-file';
import { adjustSuggestionList } from '../../../shared/office/adjust-suggestion-list';
import { reportDataOf } from '../../../shared/reports/report-source';
import { listOf } from '../support/list-of';

const computed = listOf(reportDataOf(buildDemoReportSource()).results);
const reason = '经评审委员会复议决定';
const ids = (adjustments: ListAdjustment[]): string[] => {
  const adjusted = adjustSuggestionList(computed, adjustments);
  if (!adjusted.ok) throw new Error(JSON.stringify(adjusted.problems));
  return adjusted.entries.map((entry) => entry.applicationId);
};

describe('adjustSuggestionList', () => {
  it('keeps the computed list, positions and preference marks when nothing is adjusted', () => {
    const adjusted = adjustSuggestionList(computed, []);
    if (!adjusted.ok) throw new Error('refused');
    expect(adjusted.entries.map((e) => e.applicationId)).toEqual(['A01', 'A08', 'A03', 'A11', 'A06', 'A05', 'A04', 'A02']);
    expect(adjusted.entries.map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(adjusted.entries.map((e) => e.computedPosition)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(adjusted.entries.at(-1)?.movedBy).toBe('withinPoints');
  });

  it('applies exclude, include and move in order; an included county has no computed position', () => {
    const adjusted = adjustSuggestionList(computed, [
      { kind: 'exclude', applicationId: 'A05', reason },
      { kind: 'include', applicationId: 'A09', reason },
      { kind: 'move', applicationId: 'A09', toPosition: 2, reason },
    ]);
    if (!adjusted.ok) throw new Error('refused');
    expect(adjusted.entries.map((e) => e.applicationId)).toEqual(['A01', 'A09', 'A08', 'A03', 'A11', 'A06', 'A04', 'A02']);
    expect(adjusted.entries[1]).toMatchObject({ position: 2, computedPosition: null, countyCode: expect.any(String) });
    expect(adjusted.entries[1]?.movedBy).toBeUndefined();
    expect(adjusted.entries[2]).toMatchObject({ position: 3, computedPosition: 2 });
  });

  it('moves to the last position and back', () => {
    expect(ids([{ kind: 'move', applicationId: 'A01', toPosition: 8, reason }]).at(-1)).toBe('A01');
    expect(ids([{ kind: 'move', applicationId: 'A02', toPosition: 1, reason }])[0]).toBe('A02');
  });

  it('names every adjustment that does not apply where it stands, by its index', () => {
    const adjusted = adjustSuggestionList(computed, [
      { kind: 'include', applicationId: 'A10', reason },
      { kind: 'include', applicationId: 'A01', reason },
      { kind: 'exclude', applicationId: 'A07', reason },
      { kind: 'move', applicationId: 'A03', toPosition: 9, reason },
      { kind: 'exclude', applicationId: 'nobody', reason },
    ]);
    expect(adjusted).toEqual({
      ok: false,
      problems: [
        { code: 'notEligible', index: 0, applicationId: 'A10' },
        { code: 'alreadyOnList', index: 1, applicationId: 'A01' },
        { code: 'notOnList', index: 2, applicationId: 'A07' },
        { code: 'positionOutOfRange', index: 3, applicationId: 'A03' },
        { code: 'notOnList', index: 4, applicationId: 'nobody' },
      ],
    });
  });

  it('refuses a list over the quota: including over a full list needs an exclusion first', () => {
    expect(adjustSuggestionList(computed, [{ kind: 'include', applicationId: 'A07', reason }])).toEqual({
      ok: false,
      problems: [{ code: 'overQuota', places: 8, listed: 9 }],
    });
    expect(ids([{ kind: 'exclude', applicationId: 'A04', reason }, { kind: 'include', applicationId: 'A07', reason }])).toContain('A07');
  });

  it('allows a shorter list than the places (an exclusion without replacement)', () => {
    expect(ids([{ kind: 'exclude', applicationId: 'A04', reason }])).toHaveLength(7);
  });
});
