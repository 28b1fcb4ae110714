import { describe, expect, it } from 'vitest';
import type { LeafValue } from '../../../shared/scoring/score-sheet';
import { computeSheetTotal } from '../../../shared/scoring/sheet-total';
import { validateSheet } from '../../../shared/scoring/validate-sheet';
import { compiledTiny, recusedSheet, scoredSheet, validValues } from '../support/standards';
import { scoreSheetSchema } from '../../../shared/scoring/score-sheet';
import { zodIssuesToProblems } from '../../../shared/standard/schema-problems';

const compiled = compiledTiny();
const sheetWith = (overrides: Record<string, LeafValue>, comments: Record<string, string> = {}) =>
  scoredSheet('E1', 'A1', validValues(overrides), { comments });
const problemsWith = (overrides: Record<string, LeafValue>, comments: Record<string, string> = {}) =>
  validateSheet(compiled, sheetWith(overrides, comments));
const totalWith = (overrides: Record<string, LeafValue>) => computeSheetTotal(compiled, sheetWith(overrides));
const indexOf = (id: string): number => {
  const leaf = compiled.leafById.get(id);
  if (!leaf) throw new Error(`no leaf ${id}`);
  return leaf.index;
};

describe('validateSheet: values', () => {
  it('accepts a complete valid sheet', () => {
    expect(problemsWith({})).toEqual([]);
  });

  it('accepts the bounds 0 and max', () => {
    expect(problemsWith({ '1.1': 0, '2.1': 8 })).toEqual([]);
  });

  it('reports a value above the maximum', () => {
    const problems = problemsWith({ '1.1': 5.5 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'sheet.outOfRange',
      severity: 'error',
      where: 'E1/A1/1.1',
      params: { id: '1.1', name: '图书馆文化馆达标', value: '5.5', max: '5' },
    });
  });

  it('reports a negative value as out of range', () => {
    expect(problemsWith({ '2.1': -0.5 }).map((p) => [p.code, p.where])).toEqual([['sheet.outOfRange', 'E1/A1/2.1']]);
  });

  it('reports a value off the step (3.3 with step 0.5)', () => {
    const problems = problemsWith({ '1.1': 3.3 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'sheet.offStep',
      severity: 'error',
      where: 'E1/A1/1.1',
      params: { id: '1.1', name: '图书馆文化馆达标', value: '3.3', step: '0.5' },
    });
  });

  it('reports three decimals (as out of range: at most two decimals)', () => {
    expect(problemsWith({ '1.1': 3.125 }).map((p) => p.code)).toEqual(['sheet.outOfRange']);
  });

  it('checks bonus values against their own maximum and step', () => {
    expect(problemsWith({ B1: 3.5 }).map((p) => [p.code, p.params['max']])).toEqual([['sheet.outOfRange', '3']]);
    expect(problemsWith({ B1: 1.2 }).map((p) => [p.code, p.params['step']])).toEqual([['sheet.offStep', '0.5']]);
    expect(problemsWith({ B1: 3 })).toEqual([]);
  });

  it('reports an unknown tier and lists the tiers', () => {
    const problems = problemsWith({ '1.2': '良好' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'sheet.unknownTier',
      severity: 'error',
      where: 'E1/A1/1.2',
      params: { id: '1.2', name: '群众满意度', value: '良好', levels: '优秀、达标、未达标' },
    });
  });

  it('reports values of the wrong type for each kind', () => {
    const problems = problemsWith({ '1.1': '4', '1.2': 3, '1.3': 'yes', V1: 1, '2.2': '1' });
    // In the standard's leaf order.
    expect(problems.map((p) => [p.code, p.where])).toEqual([
      ['sheet.wrongType.boolean', 'E1/A1/V1'],
      ['sheet.wrongType.number', 'E1/A1/1.1'],
      ['sheet.wrongType.tier', 'E1/A1/1.2'],
      ['sheet.wrongType.boolean', 'E1/A1/1.3'],
      ['sheet.wrongType.number', 'E1/A1/2.2'],
    ]);
  });

  it('reports a deduction count that is not a whole non-negative number', () => {
    expect(problemsWith({ '2.2': 1.5 }).map((p) => [p.code, p.params['value']])).toEqual([['sheet.notWholeNumber', '1.5']]);
    expect(problemsWith({ '2.2': -1 }).map((p) => p.code)).toEqual(['sheet.notWholeNumber']);
    expect(problemsWith({ '2.2': 4 })).toEqual([]);
  });

  it('reports an indicator the standard does not have', () => {
    expect(problemsWith({ X9: 1 })).toEqual([
      { code: 'sheet.unknownIndicator', severity: 'error', where: 'E1/A1/X9', params: { id: 'X9' } },
    ]);
  });
});

describe('validateSheet: completeness', () => {
  it('reports each missing required value, but not missing bonus or deduction', () => {
    const values = validValues();
    delete values['1.1'];
    delete values['V1'];
    const problems = validateSheet(compiled, scoredSheet('E1', 'A1', values));
    expect(problems).toEqual([
      { code: 'sheet.missingValue', severity: 'error', where: 'E1/A1/V1', params: { id: 'V1', name: '申报材料弄虚作假' } },
      { code: 'sheet.missingValue', severity: 'error', where: 'E1/A1/1.1', params: { id: '1.1', name: '图书馆文化馆达标' } },
    ]);
  });

  it('an empty sheet misses every required leaf', () => {
    const problems = validateSheet(compiled, scoredSheet('E1', 'A1', {}));
    expect(problems.map((p) => p.params['id'])).toEqual(['P1', 'V1', '1.1', '1.2', '1.3', '2.1']);
  });

  it('an unmet prerequisite makes the other values not required', () => {
    expect(validateSheet(compiled, scoredSheet('E1', 'A1', { P1: false }))).toEqual([]);
  });

  it('the prerequisite itself stays required', () => {
    const values = validValues();
    delete values['P1'];
    expect(validateSheet(compiled, scoredSheet('E1', 'A1', values)).map((p) => p.where)).toEqual(['E1/A1/P1']);
  });

  it('a prerequisite of another stage is not required, and is unknown if given', () => {
    const acceptance = compiledTiny({}, 'acceptance');
    const values = validValues();
    delete values['P1'];
    expect(validateSheet(acceptance, scoredSheet('E1', 'A1', values))).toEqual([]);
    expect(validateSheet(acceptance, scoredSheet('E1', 'A1', validValues())).map((p) => p.code)).toEqual(['sheet.unknownIndicator']);
  });
});

describe('validateSheet: veto reasons and recusals', () => {
  it('a failed veto without a reason is a problem', () => {
    expect(problemsWith({ V1: false })).toEqual([
      { code: 'sheet.vetoReasonMissing', severity: 'error', where: 'E1/A1/V1', params: { id: 'V1', name: '申报材料弄虚作假' } },
    ]);
  });

  it('a reason of only blanks does not count', () => {
    expect(problemsWith({ V1: false }, { V1: '  \n ' }).map((p) => p.code)).toEqual(['sheet.vetoReasonMissing']);
  });

  it('a failed veto with a reason is fine', () => {
    expect(problemsWith({ V1: false }, { V1: '服务人次数据造假。' })).toEqual([]);
  });

  it('a recused sheet never has problems', () => {
    expect(validateSheet(compiled, recusedSheet('E1', 'A1'))).toEqual([]);
  });
});

describe('computeSheetTotal', () => {
  it('adds the scored leaves: 4 + 达标 3 + 2 + 6.5 = 15.5', () => {
    const total = totalWith({});
    expect(total).toMatchObject({ totalH: 1550, baseH: 1550, bonusRawH: 0, bonusH: 0, bonusCappedH: 0, deductionH: 0, flooredAtZero: false });
    expect(total.deductions).toEqual([]);
    expect(total.vetoFailed).toEqual([]);
    expect(total.prerequisitesUnmet).toEqual([]);
  });

  it('scores each tier at its points', () => {
    expect(totalWith({ '1.2': '优秀' }).leafH[indexOf('1.2')]).toBe(500);
    expect(totalWith({ '1.2': '优秀' }).totalH).toBe(1750);
    expect(totalWith({ '1.2': '未达标' }).totalH).toBe(1250);
  });

  it('gives pass/fail its points on pass and 0 on fail', () => {
    expect(totalWith({ '1.3': true }).leafH[indexOf('1.3')]).toBe(200);
    expect(totalWith({ '1.3': false }).leafH[indexOf('1.3')]).toBe(0);
    expect(totalWith({ '1.3': false }).totalH).toBe(1350);
  });

  it('adds bonus below the cap in full', () => {
    expect(totalWith({ B1: 1.5 })).toMatchObject({ totalH: 1700, bonusRawH: 150, bonusH: 150, bonusCappedH: 0 });
  });

  it('caps bonus at the standard’s bonusCap and reports what was cut', () => {
    expect(totalWith({ B1: 3 })).toMatchObject({ totalH: 1750, baseH: 1550, bonusRawH: 300, bonusH: 200, bonusCappedH: 100 });
  });

  it('takes off per occurrence', () => {
    const total = totalWith({ '2.2': 2 });
    expect(total.totalH).toBe(1450);
    expect(total.deductions).toEqual([{ id: '2.2', occurrences: 2, deductedH: 100, capped: false }]);
    expect(total.leafH[indexOf('2.2')]).toBe(-100);
  });

  it('takes off at most the item’s maximum (5 × 0.5 = 2.5, capped at 1.5)', () => {
    const total = totalWith({ '2.2': 5 });
    expect(total.totalH).toBe(1400);
    expect(total.deductionH).toBe(150);
    expect(total.deductions).toEqual([{ id: '2.2', occurrences: 5, deductedH: 150, capped: true }]);
  });

  it('exactly reaching the maximum is not "capped"', () => {
    expect(totalWith({ '2.2': 3 }).deductions).toEqual([{ id: '2.2', occurrences: 3, deductedH: 150, capped: false }]);
  });

  it('never goes below 0 and says so', () => {
    const total = computeSheetTotal(
      compiled,
      scoredSheet('E1', 'A1', { P1: true, V1: true, '1.1': 0.5, '1.2': '未达标', '1.3': false, '2.1': 0, '2.2': 3 }),
    );
    expect(total).toMatchObject({ totalH: 0, baseH: 50, deductionH: 150, flooredAtZero: true });
  });

  it('a zero total without deductions is not "floored"', () => {
    const total = computeSheetTotal(compiled, scoredSheet('E1', 'A1', { P1: true, V1: true, '1.1': 0, '1.2': '未达标', '1.3': false, '2.1': 0 }));
    expect(total).toMatchObject({ totalH: 0, flooredAtZero: false });
  });

  it('lists failed vetoes and unmet prerequisites, points still counted', () => {
    const total = totalWith({ V1: false, P1: false });
    expect(total.vetoFailed).toEqual(['V1']);
    expect(total.prerequisitesUnmet).toEqual(['P1']);
    expect(total.totalH).toBe(1550);
  });
});

describe('scoreSheetSchema: the values record', () => {
  const sheet = (values: unknown) => ({ expertId: 'E1', applicationId: 'A1', status: 'scored', values });

  it('accepts ids to numbers, tier names and yes/no, and keeps the record as it is', () => {
    const values = { '1.1': 3.5, '1.2': '优秀', V1: true };
    const parsed = scoreSheetSchema.safeParse(sheet(values));
    expect(parsed.success && parsed.data.status === 'scored' && parsed.data.values).toBe(values);
  });

  it.each([
    ['an id with a space', { '1 1': 3 }],
    ['an object as a value', { '1.1': { points: 3 } }],
    ['a null value', { '1.1': null }],
    ['an array instead of a record', [3, 4]],
    ['a value that is not finite', { '1.1': Number.POSITIVE_INFINITY }],
  ])('refuses %s with the sheet.badValues message', (_, values) => {
    const parsed = scoreSheetSchema.safeParse(sheet(values));
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(zodIssuesToProblems(parsed.error.issues, sheet(values)).map((p) => [p.code, p.where])).toEqual([['sheet.badValues', 'values']]);
  });
});
