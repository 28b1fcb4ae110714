// The basics form's values as typed (text, so a half-typed batch or date can be shown back as it is) and their
// check: each field's first problem as a message key, or the DraftBasics the draft stores. The rules are
// draftBasicsSchema's (shared/office/session-draft.ts); checking field by field here gives each field its own
// plain message, and the schema still has the last word.
import { z } from 'zod';
import { draftBasicsSchema, type DraftBasics } from '../../../../shared/office/session-draft';
import type { MessageKey } from '../../../../shared/i18n/translate';
import type { Stage } from '../../../../shared/standard/schema';

export interface BasicsValues {
  stage: Stage;
  batch: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

export type BasicsField = 'batch' | 'name' | 'startsOn' | 'endsOn';
export type BasicsErrors = Partial<Record<BasicsField, MessageKey>>;
export type BasicsCheck = { ok: true; basics: DraftBasics } | { ok: false; errors: BasicsErrors };

export const MAX_BATCH = 20;
const MAX_NAME = 200;
const isDate = (text: string): boolean => z.iso.date().safeParse(text).success;

export const valuesOf = (basics: DraftBasics): BasicsValues => ({
  stage: basics.stage,
  batch: basics.batch === undefined ? '' : String(basics.batch),
  name: basics.name,
  startsOn: basics.startsOn,
  endsOn: basics.endsOn,
});

export const EMPTY_BASICS: BasicsValues = { stage: 'qualification', batch: '', name: '', startsOn: '', endsOn: '' };

/** The batch as a number, undefined when left empty, NaN when it is not a whole number from 1 to MAX_BATCH. */
export function batchOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const batch = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  return batch >= 1 && batch <= MAX_BATCH ? batch : Number.NaN;
}

function dateError(text: string, required: MessageKey): MessageKey | undefined {
  if (text.trim() === '') return required;
  return isDate(text.trim()) ? undefined : 'officeWorkspace.basics.error.dateInvalid';
}

export function checkBasics(values: BasicsValues): BasicsCheck {
  const errors: BasicsErrors = {};
  const name = values.name.trim();
  if (name === '') errors.name = 'officeWorkspace.basics.error.nameRequired';
  else if (name.length > MAX_NAME) errors.name = 'officeWorkspace.basics.error.nameTooLong';
  const batch = batchOf(values.batch);
  if (Number.isNaN(batch)) errors.batch = 'officeWorkspace.basics.error.batchRange';
  const startError = dateError(values.startsOn, 'officeWorkspace.basics.error.startRequired');
  if (startError) errors.startsOn = startError;
  const endError = dateError(values.endsOn, 'officeWorkspace.basics.error.endRequired');
  if (endError) errors.endsOn = endError;
  else if (!startError && values.endsOn.trim() < values.startsOn.trim()) errors.endsOn = 'officeWorkspace.basics.error.endBeforeStart';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = draftBasicsSchema.safeParse({
    stage: values.stage,
    ...(batch === undefined ? {} : { batch }),
    name,
    startsOn: values.startsOn.trim(),
    endsOn: values.endsOn.trim(),
  });
  return parsed.success ? { ok: true, basics: parsed.data } : { ok: false, errors: { name: 'officeWorkspace.basics.error.invalid' } };
}
