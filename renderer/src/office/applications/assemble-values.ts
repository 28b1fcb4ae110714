// The assemble form's values as typed and their check: each field's first problem as a message, or the
// metadata assembleFromUploads takes. The rules are packMetadataSchema's (shared/package/pack-metadata.ts);
// checking field by field here gives each field its own plain message, and the host parses it again.
import { countyCodeSchema } from '../../../../shared/model/application';
import type { DocumentRole } from '../../../../shared/model/document-role';
import type { PackMetadata } from '../../../../shared/package/pack-metadata';
import type { MessageKey, MessageParams } from '../../../../shared/i18n/translate';

export interface AssembleValues {
  countyName: string;
  countyCode: string;
  city: string;
  poverty: boolean;
  batch: string;
}

/** A loose file the office chose, with the role guessed from its name or the one the office picked. */
export interface LooseFile {
  file: File;
  role: DocumentRole;
}

export type AssembleField = 'countyName' | 'countyCode' | 'city' | 'batch' | 'files';
export interface FieldMessage {
  key: MessageKey;
  params?: MessageParams;
}
export type AssembleErrors = Partial<Record<AssembleField, FieldMessage>>;
export type AssembleCheck = { ok: true; metadata: Omit<PackMetadata, 'documents'> } | { ok: false; errors: AssembleErrors };

/** As the session's basics allow (draftBasicsSchema). */
export const MAX_BATCH = 20;

export const emptyValues = (batch: number | undefined): AssembleValues => ({
  countyName: '',
  countyCode: '',
  city: '',
  poverty: false,
  batch: batch === undefined ? '' : String(batch),
});

const required = (field: string): FieldMessage => ({ key: 'officeApplications.field.required', params: { field } });

/** `label` gives a field's label: a message names the field as the form shows it, in the same language. */
export function checkAssemble(values: AssembleValues, files: readonly LooseFile[], label: (key: MessageKey) => string): AssembleCheck {
  const errors: AssembleErrors = {};
  const countyName = values.countyName.trim();
  const city = values.city.trim();
  const countyCode = values.countyCode.trim();
  if (countyName === '') errors.countyName = required(label('officeApplications.assemble.countyName'));
  if (countyCode === '') errors.countyCode = required(label('officeApplications.assemble.countyCode'));
  else if (!countyCodeSchema.safeParse(countyCode).success) errors.countyCode = { key: 'officeApplications.field.code' };
  if (city === '') errors.city = required(label('officeApplications.assemble.city'));
  const batchText = values.batch.trim();
  const batch = /^\d+$/.test(batchText) ? Number(batchText) : Number.NaN;
  if (batchText === '') errors.batch = required(label('officeApplications.assemble.batch'));
  else if (!(batch >= 1 && batch <= MAX_BATCH)) errors.batch = { key: 'officeApplications.field.batch' };
  if (files.length === 0) errors.files = { key: 'officeApplications.assemble.noFiles' };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, metadata: { countyName, countyCode, city, poverty: values.poverty, batch } };
}
