// The quota form's values as typed and their check, field by field, into the QuotaSettings the draft stores
// (quotaSettingsSchema, shared/panel/quota.ts, has the last word).
import { z } from 'zod';
import type { MessageKey } from '../../../../shared/i18n/translate';
import { quotaSettingsSchema, type QuotaRounding, type QuotaSettings } from '../../../../shared/panel/quota';
import { numberText, readDecimal, readWhole } from './number-text';

export interface QuotaValues {
  countyLevelDivisions: string;
  divisionsAsOf: string;
  capPercent: string;
  rounding: QuotaRounding;
  alreadyGiven: string;
  /** Empty: no limit on this batch. */
  batchSize: string;
}

export type QuotaField = Exclude<keyof QuotaValues, 'rounding'>;
export type QuotaErrors = Partial<Record<QuotaField, MessageKey>>;
export type QuotaCheck = { ok: true; settings: QuotaSettings } | { ok: false; errors: QuotaErrors };

/** The work plan's cap (40%), rounded down, nothing given yet: what a new draft starts from. */
export const EMPTY_QUOTA: QuotaValues = { countyLevelDivisions: '', divisionsAsOf: '', capPercent: '40', rounding: 'floor', alreadyGiven: '0', batchSize: '' };

export const quotaValuesOf = (settings: QuotaSettings | null): QuotaValues =>
  settings === null
    ? EMPTY_QUOTA
    : {
        countyLevelDivisions: numberText(settings.countyLevelDivisions),
        divisionsAsOf: settings.divisionsAsOf,
        capPercent: numberText(settings.capPercent),
        rounding: settings.rounding,
        alreadyGiven: numberText(settings.alreadyGiven),
        batchSize: numberText(settings.batchSize),
      };

export function checkQuota(values: QuotaValues): QuotaCheck {
  const errors: QuotaErrors = {};
  const divisions = readWhole(values.countyLevelDivisions);
  if (values.countyLevelDivisions.trim() === '') errors.countyLevelDivisions = 'officeWorkspace.quota.error.divisionsRequired';
  else if (!(divisions > 0)) errors.countyLevelDivisions = 'officeWorkspace.quota.error.positiveWhole';
  if (values.divisionsAsOf.trim() === '') errors.divisionsAsOf = 'officeWorkspace.quota.error.asOfRequired';
  else if (!z.iso.date().safeParse(values.divisionsAsOf.trim()).success) errors.divisionsAsOf = 'officeWorkspace.basics.error.dateInvalid';
  const cap = readDecimal(values.capPercent);
  if (!(cap > 0 && cap <= 100)) errors.capPercent = 'officeWorkspace.quota.error.capPercent';
  const given = values.alreadyGiven.trim() === '' ? 0 : readWhole(values.alreadyGiven);
  if (Number.isNaN(given)) errors.alreadyGiven = 'officeWorkspace.quota.error.wholeOrZero';
  const batchSize = values.batchSize.trim() === '' ? undefined : readWhole(values.batchSize);
  if (batchSize !== undefined && !(batchSize > 0)) errors.batchSize = 'officeWorkspace.quota.error.positiveWhole';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = quotaSettingsSchema.safeParse({
    countyLevelDivisions: divisions,
    divisionsAsOf: values.divisionsAsOf.trim(),
    capPercent: cap,
    rounding: values.rounding,
    alreadyGiven: given,
    ...(batchSize === undefined ? {} : { batchSize }),
  });
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, errors: { countyLevelDivisions: 'officeWorkspace.quota.error.invalid' } };
}
