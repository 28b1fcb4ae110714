// An expert's details as the office types them into the roster form, checked field by field so each message
// can stand under the field it is about. The key fingerprint is optional (it is often read out only at the
// meeting) but, when typed, must be a whole SHA-256 fingerprint, and not one another expert already has: a
// key shared by two experts would let either sign as the other (see roster.ts).
import type { MessageKey, MessageParams } from '../i18n/translate';
import type { RosterEntry } from '../files/session-payload';
import { groupedFingerprint } from '../util/fingerprint';
import { parseTypedFingerprint } from '../util/typed-fingerprint';

export interface ExpertInput {
  name: string;
  organisation: string;
  title: string;
  city: string;
  /** As typed: grouped or not, any case, spaces, `:` or `-`; empty when not known yet. */
  keyFingerprint: string;
}
export type ExpertField = keyof ExpertInput;

export const EMPTY_EXPERT_INPUT: ExpertInput = { name: '', organisation: '', title: '', city: '', keyFingerprint: '' };

export type ExpertDetails = Omit<RosterEntry, 'expertId'>;

export interface FieldMessage {
  key: MessageKey;
  params?: MessageParams;
}

export type CheckedExpert = { ok: true; details: ExpertDetails } | { ok: false; errors: Partial<Record<ExpertField, FieldMessage>> };

/** Longest text per field: generous for real names and units, short enough that a paste accident is caught. */
const MAX_LENGTH: Record<Exclude<ExpertField, 'keyFingerprint'>, number> = { name: 100, organisation: 200, title: 100, city: 100 };

/** The form's text of an existing entry, for editing it: the key in groups of four, as it is read out and compared. */
export function expertInputOf(entry: RosterEntry): ExpertInput {
  const keyFingerprint = entry.keyFingerprint === null ? '' : groupedFingerprint(entry.keyFingerprint);
  return { name: entry.name, organisation: entry.organisation, title: entry.title, city: entry.city, keyFingerprint };
}

/**
 * Checks the typed details against the roster; `editing` is the id of the entry being edited (its own key is
 * not a clash). Text is trimmed: a trailing space in a city would otherwise hide a same-city recusal.
 */
export function checkExpertInput(input: ExpertInput, roster: readonly RosterEntry[], editing?: string): CheckedExpert {
  const errors: Partial<Record<ExpertField, FieldMessage>> = {};
  const text = {
    name: input.name.trim(),
    organisation: input.organisation.trim(),
    title: input.title.trim(),
    city: input.city.trim(),
  };
  if (text.name === '') errors.name = { key: 'officePanel.expert.error.nameRequired' };
  for (const field of ['name', 'organisation', 'title', 'city'] as const) {
    if (text[field].length > MAX_LENGTH[field]) errors[field] = { key: 'officePanel.expert.error.tooLong', params: { max: MAX_LENGTH[field] } };
  }
  let keyFingerprint: string | null = null;
  if (input.keyFingerprint.trim() !== '') {
    keyFingerprint = parseTypedFingerprint(input.keyFingerprint);
    if (keyFingerprint === null) {
      errors.keyFingerprint = { key: 'officePanel.expert.error.fingerprintNotHex' };
    } else {
      const holder = roster.find((entry) => entry.expertId !== editing && entry.keyFingerprint === keyFingerprint);
      if (holder) errors.keyFingerprint = { key: 'officePanel.expert.error.fingerprintTaken', params: { name: holder.name, expertId: holder.expertId } };
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, details: { ...text, keyFingerprint } };
}
