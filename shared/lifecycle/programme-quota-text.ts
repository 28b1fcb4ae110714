// The programme quota in words: how the cap was reached, the reading taken of freed places, the use per batch.
// Problems (exceeded, a county listed twice…) carry their own keys and read through describe-problem.
import { translate, type Locale, type MessageKey } from '../i18n/translate';
import type { QuotaRounding } from '../panel/quota';
import { PLACE_READING, type BatchUse, type ProgrammeQuota } from './programme-quota';

const ROUNDING_KEYS: Record<QuotaRounding, MessageKey> = {
  floor: 'lifecycleProgress.quota.rounding.floor',
  round: 'lifecycleProgress.quota.rounding.round',
  ceil: 'lifecycleProgress.quota.rounding.ceil',
};

/** 「全省县级行政区 167 个（截至 2023-12-31）× 40% = 66.8，向下取整后上限为 66 个」. */
export function quotaWorkingLine(locale: Locale, quota: ProgrammeQuota): string {
  const { working } = quota;
  return translate(locale, 'lifecycleProgress.quota.working', {
    divisions: working.countyLevelDivisions,
    asOf: working.divisionsAsOf,
    percent: working.capPercent,
    exact: working.exactCap,
    rounding: translate(locale, ROUNDING_KEYS[working.rounding]),
    cap: quota.cap,
  });
}

/** The reading taken: cancelled and de-listed counties free their place. */
export function placeReadingLine(locale: Locale): string {
  return translate(locale, PLACE_READING.text);
}

export function quotaSummaryLine(locale: Locale, quota: ProgrammeQuota): string {
  return translate(locale, 'lifecycleProgress.quota.summary', { used: quota.used, remaining: quota.remaining, freed: quota.freed });
}

export function batchLine(locale: Locale, batch: BatchUse): string {
  return translate(locale, 'lifecycleProgress.quota.batch', { batch: batch.batch, used: batch.used, freed: batch.freed });
}
