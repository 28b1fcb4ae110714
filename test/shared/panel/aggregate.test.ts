import fc from 'fast-check';
import sampleStandardJson from '../../../shared/data/sample-standard.json';
import { describe, expect, it } from 'vitest';
import { aggregateTotals, type ExpertScore } from '../../../shared/panel/aggregate';
import { computeSheetTotal } from '../../../shared/scoring/sheet-total';
import { validateSheet } from '../../../shared/scoring/validate-sheet';
import { compileStandard } from '../../../shared/standard/compile';
import { standardSchema, type AggregationPolicy } from '../../../shared/standard/schema';
import { compiledTiny, validSheetArb } from '../support/standards';

const MEAN: AggregationPolicy = { policy: 'mean', trimThreshold: 5 };
const TRIMMED: AggregationPolicy = { policy: 'trimmed', trimThreshold: 5 };
const MEDIAN: AggregationPolicy = { policy: 'median', trimThreshold: 5 };

/** Scores E1, E2, … with the given totals in points (two decimals at most). */
const scores = (...totals: number[]): ExpertScore[] =>
  totals.map((total, i) => ({ expertId: `E${i + 1}`, totalH: Math.round(total * 100) }));

describe('aggregateTotals: mean', () => {
  it('averages every total', () => {
    expect(aggregateTotals(scores(80, 90, 70), MEAN)).toEqual({
      aggregateH: 8000,
      method: 'mean',
      counted: 3,
      dropped: [],
      keptExpertIds: ['E1', 'E2', 'E3'],
    });
  });

  it('rounds to hundredths: 80.00, 80.00, 80.01 → 80.00', () => {
    expect(aggregateTotals(scores(80, 80, 80.01), MEAN).aggregateH).toBe(8000);
  });

  it('rounds half up: the mean of 80.00 and 80.01 is 80.005 → 80.01', () => {
    expect(aggregateTotals([
      { expertId: 'E1', totalH: 8000 },
      { expertId: 'E2', totalH: 8001 },
    ], MEAN).aggregateH).toBe(8001);
  });

  it('rounds two thirds of a hundredth up: 80.00, 80.00, 80.02 → 80.01', () => {
    expect(aggregateTotals(scores(80, 80, 80.02), MEAN).aggregateH).toBe(8001);
  });

  it('gives null with no experts', () => {
    expect(aggregateTotals([], MEAN)).toEqual({ aggregateH: null, method: 'none', counted: 0, dropped: [], keptExpertIds: [] });
    expect(aggregateTotals([], TRIMMED).aggregateH).toBeNull();
    expect(aggregateTotals([], MEDIAN).aggregateH).toBeNull();
  });
});

describe('aggregateTotals: trimmed (去掉一个最高分和一个最低分)', () => {
  it('with five experts drops exactly one highest and one lowest', () => {
    const result = aggregateTotals(scores(80, 90, 70, 85, 75), TRIMMED);
    expect(result).toEqual({
      aggregateH: 8000,
      method: 'trimmed',
      counted: 5,
      dropped: [
        { expertId: 'E2', totalH: 9000, why: 'highest' },
        { expertId: 'E3', totalH: 7000, why: 'lowest' },
      ],
      keptExpertIds: ['E1', 'E4', 'E5'],
    });
  });

  it('drops only one of several equal highest and lowest totals', () => {
    // 70, 70, 80, 90, 90: one 90 and one 70 go, the mean of 70, 80, 90 stays.
    const result = aggregateTotals(scores(90, 90, 80, 70, 70), TRIMMED);
    expect(result.aggregateH).toBe(8000);
    expect(result.dropped).toHaveLength(2);
    expect(result.keptExpertIds).toHaveLength(3);
  });

  it('among equal totals marks the expert whose id sorts first, at both ends', () => {
    const result = aggregateTotals(scores(90, 90, 80, 70, 70), TRIMMED);
    expect(result.dropped).toEqual([
      { expertId: 'E1', totalH: 9000, why: 'highest' },
      { expertId: 'E4', totalH: 7000, why: 'lowest' },
    ]);
    expect(result.keptExpertIds).toEqual(['E2', 'E3', 'E5']);
  });

  it('with all totals equal drops the first two ids, one as lowest and one as highest', () => {
    const result = aggregateTotals(scores(85, 85, 85, 85, 85), TRIMMED);
    expect(result.aggregateH).toBe(8500);
    expect(result.dropped.map((d) => [d.expertId, d.why])).toEqual([
      ['E2', 'highest'],
      ['E1', 'lowest'],
    ]);
  });

  it('with two experts falls back to the plain mean', () => {
    expect(aggregateTotals(scores(80, 91), TRIMMED)).toEqual({
      aggregateH: 8550,
      method: 'meanBelowThreshold',
      counted: 2,
      dropped: [],
      keptExpertIds: ['E1', 'E2'],
    });
  });

  it('with threshold − 1 experts (4 of 5) is a plain mean', () => {
    const result = aggregateTotals(scores(60, 80, 90, 100), TRIMMED);
    expect(result).toMatchObject({ aggregateH: 8250, method: 'meanBelowThreshold', dropped: [] });
  });

  it('with exactly the threshold (5 of 5) trims', () => {
    const result = aggregateTotals(scores(60, 80, 90, 100, 85), TRIMMED);
    expect(result).toMatchObject({ aggregateH: 8500, method: 'trimmed' });
  });

  it('honours a custom threshold of 3', () => {
    const policy: AggregationPolicy = { policy: 'trimmed', trimThreshold: 3 };
    expect(aggregateTotals(scores(60, 80), policy).method).toBe('meanBelowThreshold');
    expect(aggregateTotals(scores(60, 80, 100), policy)).toMatchObject({ aggregateH: 8000, method: 'trimmed', keptExpertIds: ['E2'] });
  });

  it('rounds the trimmed mean once, at the end: kept 80.00, 80.00, 80.01 → 80.00', () => {
    expect(aggregateTotals(scores(99, 80, 80, 80.01, 10), TRIMMED).aggregateH).toBe(8000);
  });
});

describe('aggregateTotals: median', () => {
  it('takes the middle total of an odd count', () => {
    expect(aggregateTotals(scores(70, 95, 80), MEDIAN)).toMatchObject({ aggregateH: 8000, method: 'median', dropped: [] });
  });

  it('averages the two middle totals of an even count', () => {
    expect(aggregateTotals(scores(100, 70, 90, 80), MEDIAN).aggregateH).toBe(8500);
  });

  it('rounds the even-count median half up: 80.00 and 80.01 → 80.01', () => {
    expect(aggregateTotals(scores(80, 80.01), MEDIAN).aggregateH).toBe(8001);
  });
});

describe('aggregateTotals: properties', () => {
  const policyArb = fc.oneof(
    fc.constant(MEAN),
    fc.constant(MEDIAN),
    fc.integer({ min: 3, max: 9 }).map((trimThreshold): AggregationPolicy => ({ policy: 'trimmed', trimThreshold })),
  );
  // Few distinct totals so that ties (and thus the id rule) come up often.
  const scoresArb = fc.uniqueArray(
    fc.record({ expertId: fc.constantFrom('E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9'), totalH: fc.integer({ min: 6000, max: 6010 }) }),
    { selector: (s) => s.expertId, minLength: 0, maxLength: 9 },
  );

  it('does not depend on the order of the experts', () => {
    fc.assert(
      fc.property(
        policyArb,
        scoresArb.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))),
        (policy, [list, shuffled]) => {
          expect(aggregateTotals(shuffled, policy)).toEqual(aggregateTotals(list, policy));
        },
      ),
    );
  });

  it('the trimmed aggregate lies within [min, max] of the totals', () => {
    const wide = fc.uniqueArray(fc.record({ expertId: fc.string({ minLength: 1, maxLength: 3 }), totalH: fc.integer({ min: 0, max: 12000 }) }), {
      selector: (s) => s.expertId,
      minLength: 1,
      maxLength: 15,
    });
    fc.assert(
      fc.property(wide, fc.integer({ min: 3, max: 9 }), (list, trimThreshold) => {
        const { aggregateH } = aggregateTotals(list, { policy: 'trimmed', trimThreshold });
        const totals = list.map((s) => s.totalH);
        expect(aggregateH).not.toBeNull();
        expect(aggregateH ?? -1).toBeGreaterThanOrEqual(Math.min(...totals));
        expect(aggregateH ?? Infinity).toBeLessThanOrEqual(Math.max(...totals));
      }),
    );
  });

  it('keeps counted − 2 experts when trimming, all of them otherwise', () => {
    fc.assert(
      fc.property(policyArb, scoresArb, (policy, list) => {
        const result = aggregateTotals(list, policy);
        const trims = policy.policy === 'trimmed' && list.length >= policy.trimThreshold;
        expect(result.counted).toBe(list.length);
        expect(result.keptExpertIds.length).toBe(trims ? list.length - 2 : list.length);
        expect(result.dropped.length).toBe(trims ? 2 : 0);
      }),
    );
  });
});

describe('sheet totals stay within [0, totalPoints + bonusCap]', () => {
  const cases = [
    { name: 'the tiny standard', compiled: compiledTiny() },
    { name: 'the sample standard', compiled: compileStandard(standardSchema.parse(sampleStandardJson), 'qualification') },
  ];
  for (const { name, compiled } of cases) {
    it(`for any valid sheet of ${name}`, () => {
      const ceilingH = compiled.totalH + compiled.bonusCapH;
      fc.assert(
        fc.property(validSheetArb(compiled), (sheet) => {
          expect(validateSheet(compiled, sheet)).toEqual([]);
          const total = computeSheetTotal(compiled, sheet);
          expect(total.totalH).toBeGreaterThanOrEqual(0);
          expect(total.totalH).toBeLessThanOrEqual(ceilingH);
          expect(total.bonusH).toBeLessThanOrEqual(compiled.bonusCapH);
        }),
      );
    });
  }

  it('full marks plus a capped bonus reach exactly the 22-point ceiling of the tiny standard', () => {
    const compiled = compiledTiny();
    const full = computeSheetTotal(compiled, {
      expertId: 'E1',
      applicationId: 'A1',
      status: 'scored',
      values: { P1: true, V1: true, '1.1': 5, '1.2': '优秀', '1.3': true, '2.1': 8, B1: 3 },
      comments: {},
      opinion: { strengths: '', problems: '', suggestions: '' },
      recommendation: 'recommend',
    });
    expect(full.totalH).toBe(2200);
  });
});
