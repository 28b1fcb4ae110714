// The quota (名额): the work plan caps all demonstration counties together at 40% of the province's
// county-level divisions, built in batches. The base count drifts as counties become districts, so the count,
// its reference date, the percentage and the rounding rule are settings, and the computation keeps every
// intermediate so the review report can print how the number of places was reached.
import { z } from 'zod';
import { divideRounded, hasAtMostTwoDecimals } from '../util/hundredths';

export const QUOTA_ROUNDINGS = ['floor', 'round', 'ceil'] as const;
export type QuotaRounding = (typeof QUOTA_ROUNDINGS)[number];

export const quotaSettingsSchema = z.object({
  /** 全省县级行政区总数 on `divisionsAsOf`. */
  countyLevelDivisions: z.number().int().positive(),
  /** The date the division count refers to (ISO yyyy-mm-dd), printed next to it in the report. */
  divisionsAsOf: z.iso.date(),
  /** 创建总数不超过县级行政区总数的 N%; two decimals at most so it is an exact number of basis points. */
  capPercent: z
    .number()
    .positive()
    .max(100)
    .refine(hasAtMostTwoDecimals, '比例最多保留两位小数，如 33.5')
    .default(40),
  /** How a fractional cap becomes whole places; 'round' is 四舍五入 (half up). */
  rounding: z.enum(QUOTA_ROUNDINGS).default('floor'),
  /** Places already granted in earlier batches (the first batch had 10). */
  alreadyGiven: z.number().int().nonnegative().default(0),
  /** An optional limit on how many places this batch may give. */
  batchSize: z.number().int().positive().optional(),
});
export type QuotaSettings = z.output<typeof quotaSettingsSchema>;
export type QuotaSettingsInput = z.input<typeof quotaSettingsSchema>;

export interface QuotaComputation {
  countyLevelDivisions: number;
  divisionsAsOf: string;
  capPercent: number;
  /** capPercent × 100, the exact integer the computation uses (40% → 4000). */
  capBasisPoints: number;
  rounding: QuotaRounding;
  /** divisions × basis points: the cap before rounding in ten-thousandths of a place (167 × 4000 = 668000). */
  exactCapTenThousandths: number;
  /** The same cap as an exact decimal string without trailing zeros ("66.8"). */
  exactCap: string;
  /** The cap in whole places after rounding. */
  roundedCap: number;
  alreadyGiven: number;
  /** roundedCap − alreadyGiven, never below 0. */
  remainingAfterEarlierBatches: number;
  /** How far earlier batches already exceed the cap (after a re-zoning shrank the base count); 0 normally. */
  earlierBatchesOverCapBy: number;
  /** Nothing is left under the cap: this batch can give no places whatever its size. */
  capExhausted: boolean;
  batchSize: number | null;
  /** The batch size, not the cap, decided the number of places. */
  limitedByBatchSize: boolean;
  /** Places this batch may give. */
  places: number;
}

const BASIS_POINTS_PER_WHOLE = 10_000;

/**
 * places = rounding(divisions × cap%) − alreadyGiven, at most the batch size, never below 0.
 * Computed in integers (the percent as basis points) so 167 × 40% is exactly 66.8 and 100 × 33.5% is exactly
 * 33.5 — floating point would make 33.5 come out as 33.499… on some inputs and round the wrong way.
 * Accepts unparsed settings (defaults filled in) and throws the schema's error on invalid ones.
 */
export function computeQuota(input: QuotaSettingsInput): QuotaComputation {
  const settings = quotaSettingsSchema.parse(input);
  const capBasisPoints = Math.round(settings.capPercent * 100);
  const exactCapTenThousandths = settings.countyLevelDivisions * capBasisPoints;
  const roundedCap = roundCap(exactCapTenThousandths, settings.rounding);
  const remainingSigned = roundedCap - settings.alreadyGiven;
  const remainingAfterEarlierBatches = Math.max(0, remainingSigned);
  const batchSize = settings.batchSize ?? null;
  const limitedByBatchSize = batchSize !== null && batchSize < remainingAfterEarlierBatches;
  return {
    countyLevelDivisions: settings.countyLevelDivisions,
    divisionsAsOf: settings.divisionsAsOf,
    capPercent: settings.capPercent,
    capBasisPoints,
    rounding: settings.rounding,
    exactCapTenThousandths,
    exactCap: decimalString(exactCapTenThousandths),
    roundedCap,
    alreadyGiven: settings.alreadyGiven,
    remainingAfterEarlierBatches,
    earlierBatchesOverCapBy: Math.max(0, -remainingSigned),
    capExhausted: remainingSigned <= 0,
    batchSize,
    limitedByBatchSize,
    places: limitedByBatchSize ? batchSize : remainingAfterEarlierBatches,
  };
}

/** Whole places from ten-thousandths of a place (a non-negative integer). */
function roundCap(tenThousandths: number, rounding: QuotaRounding): number {
  const fraction = tenThousandths % BASIS_POINTS_PER_WHOLE;
  const whole = (tenThousandths - fraction) / BASIS_POINTS_PER_WHOLE;
  switch (rounding) {
    case 'floor':
      return whole;
    case 'ceil':
      return fraction > 0 ? whole + 1 : whole;
    case 'round':
      return divideRounded(tenThousandths, BASIS_POINTS_PER_WHOLE);
  }
}

/** 668000 → "66.8", 670000 → "67", 23331 → "2.3331". */
function decimalString(tenThousandths: number): string {
  const fraction = tenThousandths % BASIS_POINTS_PER_WHOLE;
  const whole = (tenThousandths - fraction) / BASIS_POINTS_PER_WHOLE;
  if (fraction === 0) return String(whole);
  const digits = String(fraction).padStart(4, '0').replace(/0+$/, '');
  return `${whole}.${digits}`;
}
