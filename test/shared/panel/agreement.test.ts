// Panel-agreement statistics checked against R (psych::ICC and friedman.test): the reference values in
// test/fixtures/stats/expected.json come from test/fixtures/stats/make-stats-fixtures.R.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { intraclassCorrelation, kendallW, type ScoreMatrix } from '../../../shared/panel/agreement';
import inputs from '../../fixtures/stats/inputs.json';
import expected from '../../fixtures/stats/expected.json';

const TOLERANCE = 1e-6;

function expectClose(actual: number | undefined, reference: number): void {
  expect(actual).toBeDefined();
  expect(Math.abs((actual ?? Number.NaN) - reference)).toBeLessThanOrEqual(TOLERANCE);
}

describe('panel agreement matches R', () => {
  it('has a reference result for every input matrix', () => {
    expect(expected.results.map((r) => r.name)).toEqual(inputs.matrices.map((m) => m.name));
  });

  for (const input of inputs.matrices) {
    const reference = expected.results.find((r) => r.name === input.name);

    describe(input.name, () => {
      it('ICC(2,1) and ICC(2,k) equal psych::ICC ICC2 and ICC2k', () => {
        const icc = intraclassCorrelation(input.matrix);
        expect(icc).not.toBeNull();
        expect(reference).toBeDefined();
        if (icc === null || reference === undefined) return;
        expectClose(icc.single, reference.icc2);
        expectClose(icc.average, reference.icc2k);
        expectClose(icc.msRows, reference.msRows);
        expectClose(icc.msColumns, reference.msColumns);
        expectClose(icc.msError, reference.msError);
        expect(icc.targets).toBe(reference.targets);
        expect(icc.raters).toBe(reference.raters);
      });

      it("Kendall's W and chi-squared equal friedman.test", () => {
        const concordance = kendallW(input.matrix);
        expect(concordance).not.toBeNull();
        expect(reference).toBeDefined();
        if (concordance === null || reference === undefined) return;
        expectClose(concordance.w, reference.kendallW);
        expectClose(concordance.chiSquared, reference.chiSquared);
        expect(concordance.degreesOfFreedom).toBe(reference.degreesOfFreedom);
        expect(concordance.targets).toBe(reference.targets);
        expect(concordance.raters).toBe(reference.raters);
      });
    });
  }
});

describe('panel agreement cannot be computed', () => {
  const cases: Record<string, ScoreMatrix> = {
    'no rows': [],
    'one row': [[80, 85, 90]],
    'one column': [[80], [85], [90]],
    'empty rows': [[], []],
    'ragged rows': [
      [80, 85, 90],
      [70, 75],
      [60, 65, 70],
    ],
    'a NaN score': [
      [80, 85],
      [70, Number.NaN],
    ],
    'an infinite score': [
      [80, 85],
      [70, Number.POSITIVE_INFINITY],
    ],
    'all scores equal': [
      [0.1, 0.1, 0.1],
      [0.1, 0.1, 0.1],
      [0.1, 0.1, 0.1],
    ],
  };

  for (const [name, matrix] of Object.entries(cases)) {
    it(`returns null for ${name}`, () => {
      expect(intraclassCorrelation(matrix)).toBeNull();
      expect(kendallW(matrix)).toBeNull();
    });
  }

  it('returns null for W when every expert ties all applications, though the ICC exists', () => {
    const matrix = [
      [70, 80, 90],
      [70, 80, 90],
      [70, 80, 90],
    ];
    expect(kendallW(matrix)).toBeNull();
    expect(intraclassCorrelation(matrix)?.single).toBe(0);
  });
});

describe('panel agreement properties', () => {
  // Scores in 0.5 steps on a short scale, so ties within an expert are common.
  const score = fc.integer({ min: 0, max: 40 }).map((halves) => halves / 2);
  const matrixWithColumnOrder = fc
    .tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 8 }))
    .chain(([targets, raters]) =>
      fc.tuple(
        fc.array(fc.array(score, { minLength: raters, maxLength: raters }), {
          minLength: targets,
          maxLength: targets,
        }),
        fc.shuffledSubarray(
          Array.from({ length: raters }, (_, j) => j),
          { minLength: raters, maxLength: raters },
        ),
      ),
    );

  it('W is in [0, 1] and ICC(2,k) ≥ ICC(2,1) whenever ICC(2,1) > 0', () => {
    fc.assert(
      fc.property(matrixWithColumnOrder, ([matrix]) => {
        const concordance = kendallW(matrix);
        if (concordance !== null) {
          expect(concordance.w).toBeGreaterThanOrEqual(0);
          expect(concordance.w).toBeLessThanOrEqual(1);
        }
        const icc = intraclassCorrelation(matrix);
        if (icc !== null && icc.single > 0) {
          expect(icc.average).toBeGreaterThanOrEqual(icc.single);
        }
      }),
    );
  });

  it('treats the near-zero denominator of a 2 × 7 matrix the same in every expert order', () => {
    // Found by the property below (fast-check, 43 072nd run): ICC(2,k) ≈ 4032 here, where the summation
    // order changes the ninth significant digit.
    const matrix = [
      [16, 7.5, 6.5, 2, 1.5, 19.5, 10],
      [2, 10, 2.5, 19, 15.5, 11.5, 19],
    ];
    const permuted = matrix.map((row) => [5, 2, 6, 4, 1, 0, 3].map((j) => row[j] ?? Number.NaN));
    const icc = intraclassCorrelation(matrix);
    const again = intraclassCorrelation(permuted);
    expect(icc?.average).toBeGreaterThan(4000);
    expect(Math.abs((again?.average ?? 0) - (icc?.average ?? 0))).toBeLessThanOrEqual(1e-9 * 4032);
  });

  it('permuting the experts (columns) changes neither statistic', () => {
    fc.assert(
      fc.property(matrixWithColumnOrder, ([matrix, columnOrder]) => {
        const permuted = matrix.map((row) => columnOrder.map((j) => row[j] ?? Number.NaN));

        const icc = intraclassCorrelation(matrix);
        const iccPermuted = intraclassCorrelation(permuted);
        expect(iccPermuted === null).toBe(icc === null);
        if (icc !== null && iccPermuted !== null) {
          // Relative: with a near-zero denominator the coefficients can be large, and only their leading
          // digits survive a change of summation order.
          expect(Math.abs(iccPermuted.single - icc.single)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(icc.single)));
          expect(Math.abs(iccPermuted.average - icc.average)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(icc.average)));
        }

        const concordance = kendallW(matrix);
        const concordancePermuted = kendallW(permuted);
        expect(concordancePermuted === null).toBe(concordance === null);
        if (concordance !== null && concordancePermuted !== null) {
          expect(concordancePermuted.w).toBeCloseTo(concordance.w, 9);
          expect(concordancePermuted.chiSquared).toBeCloseTo(concordance.chiSquared, 9);
        }
      }),
    );
  });
});
