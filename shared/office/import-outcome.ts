// What can become of one imported scores file. Only `accepted` changes the office state; every other outcome
// leaves it exactly as it was (the same object), so a refused file can be imported again later, after the
// roster or the file has been put right, with nothing to undo.
import type { MessageKey, MessageParams } from '../i18n/translate';
import type { Problem } from '../problems';

export const IMPORT_OUTCOMES = [
  'accepted',
  'duplicate',
  'replay',
  'fork',
  'unknownKey',
  'wrongSession',
  'wrongStandard',
  'wrongExpert',
] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];
export type RefusalOutcome = Exclude<ImportOutcome, 'accepted'>;

/** A sentence for the clerk, by key, whatever the outcome (accepted files get one too). */
export interface OfficeMessage {
  readonly code: MessageKey;
  readonly params: MessageParams;
}

export interface Refusal {
  readonly outcome: RefusalOutcome;
  readonly problem: Problem;
}
