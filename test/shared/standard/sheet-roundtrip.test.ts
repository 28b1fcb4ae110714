import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import sampleStandardJson from '../../../shared/data/sample-standard.json';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { readStandard } from '../../../shared/standard/read';
import { importStandardFromSheets } from '../../../shared/standard/sheet-import';
import { renderIndicatorTable } from '../../../shared/standard/sheet-import/render';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import { tinyStandard } from '../support/standards';
import { gridsOfStandard } from './sheet-grids';
import { standardArb } from './standard-arbitrary';

const errorsOf = (problems: ReturnType<typeof importStandardFromSheets>['problems']): string[] =>
  problems.filter((p) => p.severity === 'error').map((p) => describeProblem('zh-CN', p));

describe('the sheet layout reads back to the standard it was rendered from', () => {
  it('for the bundled sample standard, to the same fingerprint', () => {
    const sample = readStandard(sampleStandardJson).standard;
    if (!sample) throw new Error('sample standard does not read');
    const { standard, problems } = importStandardFromSheets(gridsOfStandard(sample));
    expect(errorsOf(problems)).toEqual([]);
    expect(standard).toEqual(sample);
    expect(standard && fingerprintOf(standard)).toBe(fingerprintOf(sample));
  });

  it('for a standard with every leaf kind, merged or not', () => {
    for (const merged of [true, false]) {
      const { standard, problems } = importStandardFromSheets(gridsOfStandard(tinyStandard(), { merged }));
      expect(errorsOf(problems)).toEqual([]);
      expect(standard).toEqual(tinyStandard());
    }
  });

  it('for random standards: any depth, items beside parents, every kind and policy', () => {
    fc.assert(
      fc.property(standardArb, fc.boolean(), (original, merged) => {
        const { standard, problems } = importStandardFromSheets(gridsOfStandard(original, { merged }));
        expect(errorsOf(problems)).toEqual([]);
        expect(standard).toEqual(original);
      }),
      { numRuns: 300 },
    );
  });

  it('marks missing parent levels with “/” and merges each parent over its items', () => {
    const standard = tinyStandard({
      totalPoints: 25,
      indicators: [
        ...tinyStandard().indicators,
        { id: 'X', name: '独立评分项', kind: 'points', max: 5, step: 1, guidance: '', evidence: [] },
      ],
    });
    const table = renderIndicatorTable(standard);
    expect(table.columns.map((c) => c.header).slice(0, 6)).toEqual(['一级指标编号', '一级指标', '一级指标分值', '二级指标编号', '二级指标', '计分方式']);
    expect(table.rows.at(-1)?.slice(0, 5)).toEqual(['/', null, null, 'X', '独立评分项']);
    expect(table.merges).toContainEqual({ firstRow: 2, lastRow: 4, column: 0 });
  });
});
