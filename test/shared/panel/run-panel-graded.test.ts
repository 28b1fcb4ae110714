// A stage session without a quota (mid-term here): the panel grades each county by the standard's bands and
// makes no quota working and no suggestion list, while ranking, deviations and agreement are as ever.
import { describe, expect, it } from 'vitest';
import { runPanel, type PanelInput } from '../../../shared/panel/run-panel';
import { panelResultsSchema } from '../../../shared/contract/panel-results-schema';
import { application, experts, panelInput, scoredSheet, tinyStandard, valuesTotalling } from '../support/standards';

const MIDTERM_BANDS = [
  { name: '优秀', min: 18 },
  { name: '合格', min: 12 },
  { name: '不合格', min: 0 },
];

/** Three counties scored 19, 15 and 8 by three experts each, at a mid-term inspection without a quota. */
function midtermInput(): PanelInput {
  const applications = [application('A1', '990101'), application('A2', '990102'), application('A3', '990103')];
  const totals: Record<string, number> = { A1: 19, A2: 15, A3: 8 };
  // The tiny standard's prerequisite P1 is for qualification only: a mid-term sheet has no value for it.
  const midtermValues = (total: number) => {
    const { P1: _p1, ...values } = valuesTotalling(total);
    return values;
  };
  const sheets = applications.flatMap((app) => ['E1', 'E2', 'E3'].map((expertId) => scoredSheet(expertId, app.id, midtermValues(totals[app.id] ?? 0))));
  const { quota: _quota, ...withoutQuota } = panelInput({
    session: { name: '中期检查', stage: 'midterm' },
    standard: tinyStandard({ stages: ['midterm'], grades: MIDTERM_BANDS }),
    applications,
    experts: experts(3),
    sheets,
  });
  return withoutQuota;
}

describe('runPanel: a mid-term session without a quota', () => {
  it('grades each county by the bands and has no quota working and no suggestion list', () => {
    const results = runPanel(midtermInput());
    expect(results.quota).toBeNull();
    expect(results.suggestionList).toBeNull();
    expect(results.applications.map((app) => [app.applicationId, app.aggregate, app.grade])).toEqual([
      ['A1', 19, '优秀'],
      ['A2', 15, '合格'],
      ['A3', 8, '不合格'],
    ]);
    expect(results.ranking.map((entry) => entry.applicationId)).toEqual(['A1', 'A2', 'A3']);
    expect(results.rules.grades).toEqual(MIDTERM_BANDS);
    expect(results.complete).toBe(true);
  });

  it('passes the host boundary’s schema with the null quota and list', () => {
    expect(panelResultsSchema.safeParse(runPanel(midtermInput())).success).toBe(true);
  });

  it('still makes the list when the session has a quota', () => {
    const results = runPanel({ ...midtermInput(), quota: { countyLevelDivisions: 10, divisionsAsOf: '2026-01-01', capPercent: 20 } });
    expect(results.quota?.places).toBe(2);
    expect(results.suggestionList?.entries.map((entry) => entry.applicationId)).toEqual(['A1', 'A2']);
  });
});

describe('runPanel: a disqualified county at a graded stage', () => {
  it('earns no grade from its score when the panel finds a veto failed (一票否决)', () => {
    const input = midtermInput();
    // Every expert finds A1's veto item failed, though its points still total 19 (优秀 by the bands).
    const sheets = input.sheets.map((sheet) => (sheet.applicationId === 'A1' && sheet.status === 'scored' ? { ...sheet, values: { ...sheet.values, V1: false }, comments: { V1: '申报材料与实际不符' } } : sheet));
    const results = runPanel({ ...input, sheets });
    const a1 = results.applications.find((app) => app.applicationId === 'A1');
    expect(a1?.status).toBe('ineligible');
    expect(a1?.aggregate).toBe(19);
    expect(a1?.grade).toBeNull();
    expect(results.applications.find((app) => app.applicationId === 'A2')?.grade).toBe('合格');
  });
});
