import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeQuota, type QuotaRounding } from '../../../shared/panel/quota';

const hebei = { countyLevelDivisions: 167, divisionsAsOf: '2023-12-31' };

describe('computeQuota: rounding the cap', () => {
  it('167 × 40% = 66.8 floors to 66, rounds to 67, ceils to 67', () => {
    const floor = computeQuota({ ...hebei, rounding: 'floor' });
    expect(floor).toMatchObject({ capBasisPoints: 4000, exactCapTenThousandths: 668_000, exactCap: '66.8', roundedCap: 66, places: 66 });
    expect(computeQuota({ ...hebei, rounding: 'round' }).roundedCap).toBe(67);
    expect(computeQuota({ ...hebei, rounding: 'ceil' }).roundedCap).toBe(67);
  });

  it('defaults to 40% and floor', () => {
    const quota = computeQuota(hebei);
    expect(quota).toMatchObject({ capPercent: 40, rounding: 'floor', roundedCap: 66, alreadyGiven: 0, batchSize: null });
    expect(quota.divisionsAsOf).toBe('2023-12-31');
  });

  it('a fractional percent: 100 × 33.5% = 33.5 rounds half up to 34', () => {
    const settings = { countyLevelDivisions: 100, divisionsAsOf: '2024-01-01', capPercent: 33.5 };
    expect(computeQuota({ ...settings, rounding: 'round' })).toMatchObject({ capBasisPoints: 3350, exactCap: '33.5', roundedCap: 34 });
    expect(computeQuota({ ...settings, rounding: 'floor' }).roundedCap).toBe(33);
    expect(computeQuota({ ...settings, rounding: 'ceil' }).roundedCap).toBe(34);
  });

  it('a whole cap is the same under every rounding', () => {
    for (const rounding of ['floor', 'round', 'ceil'] as const) {
      const quota = computeQuota({ countyLevelDivisions: 100, divisionsAsOf: '2024-01-01', rounding });
      expect(quota).toMatchObject({ exactCap: '40', roundedCap: 40 });
    }
  });

  it('no floating-point surprises where naive arithmetic goes wrong', () => {
    // 100 × (29 / 100) is 28.999999999999996 in floating point.
    expect(computeQuota({ countyLevelDivisions: 100, divisionsAsOf: '2024-01-01', capPercent: 29 }).roundedCap).toBe(29);
    // 250 × 64.4 / 100 is 161.00000000000003 in floating point.
    expect(computeQuota({ countyLevelDivisions: 250, divisionsAsOf: '2024-01-01', capPercent: 64.4, rounding: 'ceil' }).roundedCap).toBe(161);
    // 29.15 × 100 is 2914.9999999999995 in floating point.
    expect(computeQuota({ countyLevelDivisions: 20, divisionsAsOf: '2024-01-01', capPercent: 29.15 })).toMatchObject({
      capBasisPoints: 2915,
      exactCap: '5.83',
      roundedCap: 5,
    });
  });

  it('prints a cap with four decimals exactly', () => {
    expect(computeQuota({ countyLevelDivisions: 7, divisionsAsOf: '2024-01-01', capPercent: 33.33 }).exactCap).toBe('2.3331');
    expect(computeQuota({ countyLevelDivisions: 3, divisionsAsOf: '2024-01-01', capPercent: 0.01 }).exactCap).toBe('0.0003');
  });
});

describe('computeQuota: earlier batches and the batch size', () => {
  it('subtracts the places given in earlier batches', () => {
    expect(computeQuota({ ...hebei, alreadyGiven: 10 })).toMatchObject({
      roundedCap: 66,
      remainingAfterEarlierBatches: 56,
      capExhausted: false,
      earlierBatchesOverCapBy: 0,
      limitedByBatchSize: false,
      places: 56,
    });
  });

  it('a batch size below what remains limits the places', () => {
    expect(computeQuota({ ...hebei, alreadyGiven: 10, batchSize: 20 })).toMatchObject({
      remainingAfterEarlierBatches: 56,
      batchSize: 20,
      limitedByBatchSize: true,
      places: 20,
    });
  });

  it('a batch size at or above what remains does not', () => {
    expect(computeQuota({ ...hebei, alreadyGiven: 10, batchSize: 56 })).toMatchObject({ limitedByBatchSize: false, places: 56 });
    expect(computeQuota({ ...hebei, alreadyGiven: 10, batchSize: 80 })).toMatchObject({ limitedByBatchSize: false, places: 56 });
  });

  it('a cap used up exactly gives no places', () => {
    expect(computeQuota({ ...hebei, alreadyGiven: 66, batchSize: 5 })).toMatchObject({
      remainingAfterEarlierBatches: 0,
      capExhausted: true,
      earlierBatchesOverCapBy: 0,
      limitedByBatchSize: false,
      places: 0,
    });
  });

  it('earlier batches beyond a shrunken cap give no places, never negative ones', () => {
    const quota = computeQuota({ countyLevelDivisions: 20, divisionsAsOf: '2025-06-30', alreadyGiven: 10 });
    expect(quota).toMatchObject({ roundedCap: 8, remainingAfterEarlierBatches: 0, capExhausted: true, earlierBatchesOverCapBy: 2, places: 0 });
  });
});

describe('computeQuota: invalid settings', () => {
  it.each([
    ['no divisions', { countyLevelDivisions: 0, divisionsAsOf: '2024-01-01' }],
    ['fractional divisions', { countyLevelDivisions: 16.5, divisionsAsOf: '2024-01-01' }],
    ['a bad date', { countyLevelDivisions: 167, divisionsAsOf: '2024-02-30' }],
    ['three decimals in the percent', { countyLevelDivisions: 167, divisionsAsOf: '2024-01-01', capPercent: 33.333 }],
    ['a percent above 100', { countyLevelDivisions: 167, divisionsAsOf: '2024-01-01', capPercent: 101 }],
    ['negative places given', { countyLevelDivisions: 167, divisionsAsOf: '2024-01-01', alreadyGiven: -1 }],
    ['a zero batch size', { countyLevelDivisions: 167, divisionsAsOf: '2024-01-01', batchSize: 0 }],
  ])('rejects %s', (_label, settings) => {
    expect(() => computeQuota(settings)).toThrow();
  });
});

describe('computeQuota: properties', () => {
  const settingsArb = fc.record({
    countyLevelDivisions: fc.integer({ min: 1, max: 5000 }),
    capBasisPoints: fc.integer({ min: 1, max: 10_000 }),
    rounding: fc.constantFrom<QuotaRounding>('floor', 'round', 'ceil'),
    alreadyGiven: fc.integer({ min: 0, max: 3000 }),
    batchSize: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: undefined }),
  });

  /** The same computation in BigInt, independent of the implementation's integer tricks. */
  const referenceCap = (divisions: number, basisPoints: number, rounding: QuotaRounding): number => {
    const product = BigInt(divisions) * BigInt(basisPoints);
    const whole = product / 10_000n;
    const fraction = product % 10_000n;
    if (rounding === 'floor') return Number(whole);
    if (rounding === 'ceil') return Number(fraction > 0n ? whole + 1n : whole);
    return Number(fraction >= 5_000n ? whole + 1n : whole);
  };

  it('matches an exact BigInt reference and never goes below 0 or above the batch size', () => {
    fc.assert(
      fc.property(settingsArb, ({ capBasisPoints, ...rest }) => {
        const quota = computeQuota({ ...rest, divisionsAsOf: '2024-01-01', capPercent: capBasisPoints / 100 });
        const cap = referenceCap(rest.countyLevelDivisions, capBasisPoints, rest.rounding);
        expect(quota.capBasisPoints).toBe(capBasisPoints);
        expect(quota.roundedCap).toBe(cap);
        const expected = Math.min(Math.max(0, cap - rest.alreadyGiven), rest.batchSize ?? Number.POSITIVE_INFINITY);
        expect(quota.places).toBe(expected);
        expect(quota.places).toBeGreaterThanOrEqual(0);
        expect(Number(quota.exactCap)).toBeCloseTo((rest.countyLevelDivisions * capBasisPoints) / 10_000, 6);
      }),
    );
  });
});
