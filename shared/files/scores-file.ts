// An expert's `.rdscores` file (shared/files/README.md): the scores payload in a signed envelope, optionally
// encrypted to the office.
import type { z } from 'zod';
import type { EncryptionRecipient } from '../crypto/encrypted-envelope';
import { DEFAULT_MAX_ENVELOPE_BYTES } from '../crypto/envelope-text';
import type { SigningKey } from '../crypto/signer';
import { SCORES_FORMAT, SCORES_FORMAT_VERSION, scoresPayloadSchema, type ScoresPayload } from './scores-payload';
import {
  buildSignedFile,
  readSignedFile,
  type BuiltSignedFile,
  type SignedFile,
  type SignedFileReadOptions,
  type SignedFileResult,
} from './signed-file';

/** A scores file this size holds tens of thousands of sheets; anything bigger is not one. */
export const SCORES_FILE_MAX_BYTES = DEFAULT_MAX_ENVELOPE_BYTES;

const SCORES_FILE = {
  format: SCORES_FORMAT,
  formatVersion: SCORES_FORMAT_VERSION,
  schema: scoresPayloadSchema,
  maxBytes: SCORES_FILE_MAX_BYTES,
};

export type BuiltScoresFile = BuiltSignedFile;
/** What buildScoresFile takes: a payload as the schema accepts it (sheet defaults may be left out). */
export type ScoresPayloadInput = z.input<typeof scoresPayloadSchema>;
export type ScoresFile = SignedFile<ScoresPayload>;
export type ScoresFileResult = SignedFileResult<ScoresPayload>;
export type ScoresFileReadOptions = SignedFileReadOptions;

export function buildScoresFile(
  payload: ScoresPayloadInput,
  signingKey: SigningKey,
  options: { encryptTo?: EncryptionRecipient } = {},
): BuiltScoresFile {
  return buildSignedFile(SCORES_FILE, payload, signingKey, options);
}

export function readScoresFile(bytes: Uint8Array, options: ScoresFileReadOptions = {}): ScoresFileResult {
  return readSignedFile(SCORES_FILE, bytes, options);
}
