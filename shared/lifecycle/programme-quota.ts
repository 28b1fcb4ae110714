// The programme's cap across all batches (work plan §五: 示范县创建总数以不超过全省县级行政区总数的40%控制，计划分三批
// 创建). The cap itself is the per-session quota's computation (panel/quota.ts: divisions × percent in basis
// points, one rounding), so the review report and this overview can never disagree on the number of places.
//
// The reading taken: the plan caps the number of demonstration counties, so a place is held by a county that has
// creation qualification or the title (STATES_HOLDING_A_PLACE). A county whose qualification was cancelled
// (取消创建资格) or that was de-listed (摘牌) is no longer a demonstration county and frees its place; the returned
// working says so, next to the number, for the reader who counts differently.
//
// Going over the cap is a fact about the data (a re-zoning shrank the base, or a list was entered wrongly): it is
// reported as exceeded with the excess, never clipped to the cap.
import { computeQuota, quotaSettingsSchema, type QuotaRounding } from '../panel/quota';
import type { MessageKey } from '../i18n/translate';
import { error, type Problem } from '../problems';
import { STATES_HOLDING_A_PLACE, type CountyState } from './county-states';
import { z } from 'zod';

export const programmeQuotaSettingsSchema = quotaSettingsSchema
  .pick({ countyLevelDivisions: true, divisionsAsOf: true, capPercent: true, rounding: true })
  .extend({
    /** 计划分三批创建. */
    batches: z.number().int().positive().default(3),
  });
export type ProgrammeQuotaSettingsInput = z.input<typeof programmeQuotaSettingsSchema>;

export interface ProgrammeCounty {
  code: string;
  name: string;
  /** The batch the county was qualified in (1, 2, 3). */
  batch: number;
  state: CountyState;
}

/** Counties that left the programme and so gave their place back (see the reading taken above). */
export const STATES_FREEING_A_PLACE: ReadonlySet<CountyState> = new Set(['cancelled', 'delisted']);

/** The reading this overview takes of who holds a place, returned with every number so a report can print it. */
export const PLACE_READING = {
  rule: 'cancelledAndDelistedFreeTheirPlace',
  statesFreeingAPlace: ['cancelled', 'delisted'],
  text: 'lifecycleProgress.quota.placeReading',
} as const satisfies { rule: string; statesFreeingAPlace: readonly CountyState[]; text: MessageKey };

export interface ProgrammeQuotaWorking {
  countyLevelDivisions: number;
  divisionsAsOf: string;
  capPercent: number;
  capBasisPoints: number;
  rounding: QuotaRounding;
  /** divisions × percent before rounding, exactly ("66.8"). */
  exactCap: string;
  /** Which counties hold a place: cancelled and de-listed counties free theirs. */
  placeReading: typeof PLACE_READING;
}

export interface BatchUse {
  batch: number;
  /** Counties of this batch holding a place. */
  used: number;
  /** Counties of this batch that held one and freed it (cancelled, de-listed). */
  freed: number;
}

export interface ProgrammeQuota {
  working: ProgrammeQuotaWorking;
  /** The cap in whole places. */
  cap: number;
  /** Counties holding a place, all batches. */
  used: number;
  /** Batches 1…N in order, then any other batch number the data uses. */
  byBatch: BatchUse[];
  /** Places cancelled and de-listed counties gave back. */
  freed: number;
  /** cap − used, never below 0. */
  remaining: number;
  exceeded: boolean;
  /** used − cap when exceeded, else 0. */
  exceededBy: number;
  /** What the office should look at: the cap exceeded, a county counted twice, a batch outside 1…N. */
  problems: Problem[];
}

/** The cap, who holds a place per batch, what is left — and whether the data goes over the cap. */
export function programmeQuota(input: ProgrammeQuotaSettingsInput, counties: readonly ProgrammeCounty[]): ProgrammeQuota {
  const settings = programmeQuotaSettingsSchema.parse(input);
  const quota = computeQuota({ ...settings, alreadyGiven: 0 });
  const holding = counties.filter((county) => STATES_HOLDING_A_PLACE.has(county.state));
  const used = holding.length;
  const cap = quota.roundedCap;
  const exceededBy = Math.max(0, used - cap);
  const problems: Problem[] = [...duplicateCodes(counties), ...batchesOutOfRange(holding, settings.batches)];
  if (exceededBy > 0) problems.unshift(error('lifecycleProgress.quota.exceeded', 'quota', { used, cap, over: exceededBy }));
  const byBatch = batchUse(counties, settings.batches);
  return {
    working: {
      countyLevelDivisions: quota.countyLevelDivisions,
      divisionsAsOf: quota.divisionsAsOf,
      capPercent: quota.capPercent,
      capBasisPoints: quota.capBasisPoints,
      rounding: quota.rounding,
      exactCap: quota.exactCap,
      placeReading: PLACE_READING,
    },
    cap,
    used,
    byBatch,
    freed: byBatch.reduce((sum, batch) => sum + batch.freed, 0),
    remaining: Math.max(0, cap - used),
    exceeded: exceededBy > 0,
    exceededBy,
    problems,
  };
}

function batchUse(counties: readonly ProgrammeCounty[], batches: number): BatchUse[] {
  const numbers = new Set<number>(Array.from({ length: batches }, (_, index) => index + 1));
  for (const county of counties) if (STATES_HOLDING_A_PLACE.has(county.state) || STATES_FREEING_A_PLACE.has(county.state)) numbers.add(county.batch);
  return [...numbers]
    .sort((a, b) => a - b)
    .map((batch) => {
      const ofBatch = counties.filter((county) => county.batch === batch);
      return {
        batch,
        used: ofBatch.filter((county) => STATES_HOLDING_A_PLACE.has(county.state)).length,
        freed: ofBatch.filter((county) => STATES_FREEING_A_PLACE.has(county.state)).length,
      };
    });
}

/** A county listed twice would take two places: the list is wrong, and the office must see where. */
function duplicateCodes(counties: readonly ProgrammeCounty[]): Problem[] {
  const counts = new Map<string, number>();
  for (const county of counties) counts.set(county.code, (counts.get(county.code) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count > 1)
    .map(([code, count]) => error('lifecycleProgress.quota.duplicateCounty', code, { code, count }));
}

function batchesOutOfRange(holding: readonly ProgrammeCounty[], batches: number): Problem[] {
  return holding
    .filter((county) => !Number.isInteger(county.batch) || county.batch < 1 || county.batch > batches)
    .map((county) => error('lifecycleProgress.quota.batchOutOfRange', county.code, { county: county.name, code: county.code, batch: county.batch, batches }));
}
