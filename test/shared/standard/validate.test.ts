import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import sampleStandardJson from '../../../shared/data/sample-standard.json';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import type { Problem } from '../../../shared/problems';
import { readStandard, readStandardJson } from '../../../shared/standard/read';
import { standardSchema } from '../../../shared/standard/schema';
import { validateStandard } from '../../../shared/standard/validate';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import {
  bonusLeaf,
  deductionLeaf,
  group,
  oneGroupStandard,
  passFailLeaf,
  pointsLeaf,
  tiersLeaf,
  tinyIndicators,
  tinyStandard,
} from '../support/standards';

/** A deep copy of a JSON value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reverseKeys(inner)]));
  }
  return value;
}

/** A deep copy of a JSON value with every object's keys rotated by `shift` places. */
function rotateKeys(value: unknown, shift: number): unknown {
  if (Array.isArray(value)) return value.map((inner) => rotateKeys(inner, shift));
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    const k = entries.length === 0 ? 0 : shift % entries.length;
    const rotated = [...entries.slice(k), ...entries.slice(0, k)];
    return Object.fromEntries(rotated.map(([key, inner]) => [key, rotateKeys(inner, shift)]));
  }
  return value;
}

const sampleCopy = (): Record<string, unknown> => structuredClone(sampleStandardJson) as Record<string, unknown>;

describe('the bundled sample standard', () => {
  it('reads without any problem', () => {
    const read = readStandard(sampleStandardJson);
    expect(read.problems).toEqual([]);
    expect(read.standard?.totalPoints).toBe(100);
    expect(read.standard?.bonusCap).toBe(5);
  });

  it('has a fingerprint that does not depend on key order', () => {
    const reversed = reverseKeys(sampleStandardJson);
    expect(JSON.stringify(reversed)).not.toBe(JSON.stringify(sampleStandardJson));
    expect(fingerprintOf(reversed)).toBe(fingerprintOf(sampleStandardJson));
  });

  it('has the same fingerprint for any rotation of every object’s keys', () => {
    const expected = fingerprintOf(sampleStandardJson);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (shift) => {
        expect(fingerprintOf(rotateKeys(sampleStandardJson, shift))).toBe(expected);
      }),
    );
  });

  it('has the same fingerprint once parsed, whatever the key order of the file', () => {
    const parsedOriginal = standardSchema.parse(sampleStandardJson);
    const parsedReversed = standardSchema.parse(reverseKeys(sampleStandardJson));
    expect(fingerprintOf(parsedReversed)).toBe(fingerprintOf(parsedOriginal));
  });

  it('changes its fingerprint when one point value changes', () => {
    const changed = sampleCopy();
    const indicators = changed['indicators'] as Array<{ id: string; children: Array<Record<string, unknown>> }>;
    const first = indicators.find((node) => node.id === '1')?.children.find((leaf) => leaf['id'] === '1.1');
    if (!first) throw new Error('sample standard has no 1.1');
    expect(first['max']).toBe(4);
    first['max'] = 4.5;
    expect(fingerprintOf(changed)).not.toBe(fingerprintOf(sampleStandardJson));
  });

  it('fingerprints as 64 lowercase hex digits', () => {
    expect(fingerprintOf(sampleStandardJson)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the tiny test standard', () => {
  it('is valid', () => {
    expect(validateStandard(tinyStandard())).toEqual([]);
  });
});

describe('validateStandard: sums', () => {
  it('reports a group whose points differ from the sum of its children', () => {
    // Group 1 says 11 but its children are worth 5 + 5 + 2 = 12; the total matches the first-level sum 11 + 8.
    const [p, v, g1, g2, b] = tinyIndicators();
    if (!p || !v || !g1 || !g2 || !b || !('children' in g1)) throw new Error('tiny standard changed');
    const standard = tinyStandard({ totalPoints: 19, indicators: [p, v, { ...g1, points: 11 }, g2, b] });
    expect(validateStandard(standard)).toEqual([
      {
        code: 'standard.groupSumMismatch',
        severity: 'error',
        where: '1',
        params: { id: '1', name: '设施网络', points: '11', sum: '12' },
      },
    ]);
  });

  it('reports a total that differs from the sum of the first-level indicators', () => {
    expect(validateStandard(tinyStandard({ totalPoints: 21 }))).toEqual([
      { code: 'standard.totalMismatch', severity: 'error', where: 'totalPoints', params: { total: '21', sum: '20' } },
    ]);
  });

  it('checks nested groups against their own declared points', () => {
    const nested = group('1', '设施网络', 10, [group('1.1', '图书馆', 6, [pointsLeaf('1.1.1', 5, 0.5)]), pointsLeaf('1.2', 4, 1)]);
    const problems = validateStandard(oneGroupStandard([], 10, { indicators: [nested] }));
    expect(problems.map((p) => [p.code, p.where])).toEqual([['standard.groupSumMismatch', '1.1']]);
  });
});

describe('validateStandard: ids and numbers', () => {
  it('reports a duplicate id with both names', () => {
    const standard = oneGroupStandard([pointsLeaf('1.1', 5, 0.5, '图书馆'), pointsLeaf('1.1', 5, 0.5, '文化馆')], 10);
    expect(validateStandard(standard)).toEqual([
      {
        code: 'standard.duplicateId',
        severity: 'error',
        where: '1.1',
        params: { id: '1.1', name: '文化馆', other: '图书馆' },
      },
    ]);
  });

  it('reports a step that does not divide the maximum (max 5, step 2)', () => {
    expect(validateStandard(oneGroupStandard([pointsLeaf('1.1', 5, 2)], 5))).toEqual([
      { code: 'standard.stepNotDividing', severity: 'error', where: '1.1', params: { id: '1.1', step: '2', max: '5' } },
    ]);
  });

  it('accepts a step of 0.25 on a maximum of 5', () => {
    expect(validateStandard(oneGroupStandard([pointsLeaf('1.1', 5, 0.25)], 5))).toEqual([]);
  });

  it('reports a step above the maximum, and only that', () => {
    expect(validateStandard(oneGroupStandard([pointsLeaf('1.1', 2, 3)], 2))).toEqual([
      { code: 'standard.stepAboveMax', severity: 'error', where: '1.1', params: { id: '1.1', step: '3', max: '2' } },
    ]);
  });

  it('checks the step of bonus items too', () => {
    const standard = oneGroupStandard([pointsLeaf('1.1', 5, 0.5), bonusLeaf('B1', 3, 2)], 5, { bonusCap: 2 });
    expect(validateStandard(standard)).toEqual([
      { code: 'standard.stepNotDividing', severity: 'error', where: 'B1', params: { id: 'B1', step: '2', max: '3' } },
    ]);
  });

  it('reports a number with more than two decimals, naming the field', () => {
    const standard = oneGroupStandard([pointsLeaf('1.1', 5, 0.5), deductionLeaf('1.9', 0.125, 1)], 5);
    expect(validateStandard(standard)).toEqual([
      {
        code: 'standard.tooManyDecimals',
        severity: 'error',
        where: '1.9',
        params: { id: '1.9', field: 'perOccurrence', value: 0.125 },
      },
    ]);
  });

  it('names the tier whose points have more than two decimals', () => {
    const standard = oneGroupStandard([tiersLeaf('1.1', [['优秀', 5], ['达标', 2.125]])], 5);
    expect(validateStandard(standard)).toEqual([
      { code: 'standard.tooManyDecimals', severity: 'error', where: '1.1', params: { id: '1.1', field: '达标', value: 2.125 } },
    ]);
  });

  it('does not mistake binary floating-point noise for a third decimal (0.1 + 0.2)', () => {
    expect(validateStandard(oneGroupStandard([passFailLeaf('1.1', 0.1 + 0.2)], 0.3))).toEqual([]);
  });
});

describe('validateStandard: tiers', () => {
  it('reports a tier name used twice', () => {
    const standard = oneGroupStandard([tiersLeaf('1.1', [['优秀', 5], ['优秀', 3], ['未达标', 0]])], 5);
    expect(validateStandard(standard)).toEqual([
      { code: 'standard.duplicateTier', severity: 'error', where: '1.1', params: { id: '1.1', tier: '优秀' } },
    ]);
  });

  it('reports tiers that are all worth zero', () => {
    const standard = oneGroupStandard([pointsLeaf('1.1', 5, 0.5), tiersLeaf('1.2', [['达标', 0], ['未达标', 0]])], 5);
    expect(validateStandard(standard)).toEqual([
      { code: 'standard.tiersAllZero', severity: 'error', where: '1.2', params: { id: '1.2' } },
    ]);
  });
});

describe('validateStandard: bonus, grades, tie-break', () => {
  it('reports bonus items without a cap', () => {
    expect(validateStandard(tinyStandard({ bonusCap: 0 }))).toEqual([
      { code: 'standard.bonusItemsWithoutCap', severity: 'error', where: 'bonusCap', params: {} },
    ]);
  });

  it('warns (not errs) when the cap cannot be reached by the bonus items', () => {
    expect(validateStandard(tinyStandard({ bonusCap: 4 }))).toEqual([
      { code: 'standard.bonusCapUnreachable', severity: 'warning', where: 'bonusCap', params: { cap: '4', sum: '3' } },
    ]);
  });

  it('reports an unknown tie-break indicator', () => {
    expect(validateStandard(tinyStandard({ tieBreak: ['2.1', '9.9'] }))).toEqual([
      { code: 'standard.tieBreakUnknown', severity: 'error', where: 'tieBreak', params: { id: '9.9' } },
    ]);
  });

  it('reports tie-break indicators that are not scored: a veto, a deduction, a group worth 0', () => {
    const problems = validateStandard(tinyStandard({ tieBreak: ['V1', '2.2', 'V'] }));
    expect(problems).toEqual(
      ['V1', '2.2', 'V'].map((id) => ({ code: 'standard.tieBreakNotScored', severity: 'error', where: 'tieBreak', params: { id } })),
    );
  });

  it('reports a grade name used twice', () => {
    const grades = [
      { name: '合格', min: 12 },
      { name: '合格', min: 15 },
    ];
    expect(validateStandard(tinyStandard({ grades }))).toEqual([
      { code: 'standard.duplicateGrade', severity: 'error', where: 'grades', params: { grade: '合格' } },
    ]);
  });

  it('reports two grades with the same minimum', () => {
    const grades = [
      { name: '优秀', min: 12 },
      { name: '合格', min: 12 },
    ];
    expect(validateStandard(tinyStandard({ grades }))).toEqual([
      { code: 'standard.duplicateGradeMin', severity: 'error', where: 'grades', params: { grade: '合格', min: '12' } },
    ]);
  });

  it('allows a grade minimum up to total + bonus cap, not above', () => {
    expect(validateStandard(tinyStandard({ grades: [{ name: '优秀', min: 22 }] }))).toEqual([]);
    expect(validateStandard(tinyStandard({ grades: [{ name: '优秀', min: 22.5 }] }))).toEqual([
      { code: 'standard.gradeAboveMax', severity: 'error', where: 'grades', params: { grade: '优秀', min: '22.5', max: '22' } },
    ]);
  });
});

describe('readStandardJson: one clear problem for a file that is not a standard, never an exception', () => {
  it('bad JSON', () => {
    const read = readStandardJson('{"format": "review-desk/standard",');
    expect(read.standard).toBeNull();
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ code: 'standard.notJson', severity: 'error', where: '(file)' });
    expect(String(read.problems[0]?.params['detail'])).not.toBe('');
  });

  it('a JSON file with another format tag', () => {
    const read = readStandardJson(JSON.stringify({ ...sampleCopy(), format: 'review-desk/results' }));
    expect(read).toEqual({ standard: null, problems: [{ code: 'standard.wrongFormat', severity: 'error', where: 'format', params: {} }] });
  });

  it('a JSON value that is not an object', () => {
    expect(readStandardJson('42').problems).toEqual([{ code: 'standard.wrongFormat', severity: 'error', where: '(root)', params: {} }]);
    expect(readStandardJson('null').problems).toEqual([{ code: 'standard.wrongFormat', severity: 'error', where: '(root)', params: {} }]);
  });

  it('a newer format version', () => {
    const read = readStandardJson(JSON.stringify({ ...sampleCopy(), formatVersion: 2 }));
    expect(read).toEqual({
      standard: null,
      problems: [{ code: 'standard.newerFormat', severity: 'error', where: 'formatVersion', params: { version: 2, supported: 1 } }],
    });
  });

  it('the sample standard file reads as a standard', () => {
    const read = readStandardJson(JSON.stringify(sampleStandardJson));
    expect(read.problems).toEqual([]);
    expect(read.standard?.title).toBe(sampleStandardJson.title);
  });

  it('a schema error names the path', () => {
    const broken = sampleCopy();
    delete broken['title'];
    const read = readStandardJson(JSON.stringify(broken));
    expect(read.standard).toBeNull();
    expect(read.problems.map((p) => [p.code, p.where])).toEqual([['standard.schema.missing', 'title']]);
    expect(describeProblem('zh-CN', read.problems[0] as Problem)).toBe('title：缺少此项。');
    expect(describeProblem('en-US', read.problems[0] as Problem)).toBe('title: missing.');
  });

  it('refuses a total, cap, grade or preference setting with more than two decimals', () => {
    const standard = tinyStandard({ totalPoints: 20.005, bonusCap: 2.001, grades: [{ name: '优秀', min: 18.125 }], preference: { kind: 'withinPoints', points: 1.999 } });
    const problems = validateStandard(standard).filter((p) => p.code === 'standard.settingTooManyDecimals');
    expect(problems.map((p) => p.where)).toEqual(['totalPoints', 'bonusCap', 'grades.优秀', 'preference.points']);
  });

  it('schema errors read in the reader’s language with their numbers, not in zod’s English', () => {
    const broken = sampleCopy() as { totalPoints: unknown; stages: unknown; indicators: Array<{ id: unknown; children: Array<Record<string, unknown>> }> };
    broken.totalPoints = -5;
    broken.stages = ['资格评审'];
    const group = broken.indicators[2];
    if (!group?.children[0]) throw new Error('sample standard changed shape');
    group.id = '3 ';
    group.children[0]['step'] = 'half';
    const leaf = broken.indicators[3]?.children[1];
    if (!leaf) throw new Error('sample standard changed shape');
    leaf['kind'] = 'pointz';
    const read = readStandardJson(JSON.stringify(broken));
    const zh = read.problems.map((p) => describeProblem('zh-CN', p));
    expect(zh).toContain('totalPoints：必须大于 0。');
    expect(zh).toContain('stages.0：应为以下之一：qualification, midterm, acceptance, reinspection。');
    expect(zh).toContain('indicators.2.id：指标编号只能由字母、数字和点组成，如 3.2。');
    expect(zh).toContain('indicators.2.children.0.step：应为数字。');
    expect(zh).toContain('indicators.3.children.1.kind：计分方式不认识，应为以下之一：points, tiers, passFail, veto, prerequisite, bonus, deduction（一个指标组则需要 children）。');
    expect(zh.join('')).not.toMatch(/Invalid|expected/);
  });

  it('a semantic error leaves the standard out but keeps the problem', () => {
    const read = readStandard(JSON.parse(JSON.stringify(tinyStandard({ totalPoints: 21 }))));
    expect(read.standard).toBeNull();
    expect(read.problems.map((p) => p.code)).toEqual(['standard.totalMismatch']);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const read = readStandardJson(text);
        expect(read.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('never throws when any top-level field of the sample is replaced by arbitrary JSON', () => {
    const keys = Object.keys(sampleStandardJson).filter((key) => key !== 'format' && key !== 'formatVersion');
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const read = readStandardJson(JSON.stringify({ ...sampleCopy(), [key]: value }));
        // Either accepted as a whole standard or refused with at least one error.
        if (read.standard === null) expect(read.problems.some((p) => p.severity === 'error')).toBe(true);
      }),
    );
  });
});

describe('problems read well in Chinese', () => {
  const only = (problems: Problem[]): Problem => {
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    if (!problem) throw new Error('no problem');
    return problem;
  };

  it('group sum mismatch names the indicator and both numbers', () => {
    const [p, v, g1, g2, b] = tinyIndicators();
    if (!p || !v || !g1 || !g2 || !b || !('children' in g1)) throw new Error('tiny standard changed');
    const problem = only(validateStandard(tinyStandard({ totalPoints: 19, indicators: [p, v, { ...g1, points: 11 }, g2, b] })));
    expect(describeProblem('zh-CN', problem)).toBe('指标 1「设施网络」的分值为 11，但其下级指标合计 12。');
  });

  it('step not dividing names the indicator, the maximum and the step', () => {
    const problem = only(validateStandard(oneGroupStandard([pointsLeaf('3.2', 5, 2)], 5)));
    expect(describeProblem('zh-CN', problem)).toBe('指标 3.2 的满分 5 不能被计分步长 2 整除。');
  });

  it('duplicate id names both indicators', () => {
    const problem = only(validateStandard(oneGroupStandard([pointsLeaf('1.1', 5, 0.5, '图书馆'), pointsLeaf('1.1', 5, 0.5, '文化馆')], 10)));
    expect(describeProblem('zh-CN', problem)).toBe('指标编号 1.1 重复：「文化馆」与「图书馆」使用了同一编号。');
  });

  it('total mismatch gives both totals', () => {
    const problem = only(validateStandard(tinyStandard({ totalPoints: 21 })));
    expect(describeProblem('zh-CN', problem)).toBe('标准总分为 21，但各一级指标合计 20。');
  });

  it('a newer format names both versions', () => {
    const problem = only(readStandardJson(JSON.stringify({ ...sampleCopy(), formatVersion: 3 })).problems);
    expect(describeProblem('zh-CN', problem)).toBe('该创建标准文件版本为 3，高于本软件支持的版本 1，请升级评审台。');
  });
});
