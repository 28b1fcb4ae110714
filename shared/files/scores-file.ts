// An expert's `.rdscores` file (shared/files/README.md): the scores payload in a signed envelope, optionally
// encrypted to the office. Building validates the payload first, so an expert can never export a file the
// office would refuse as unreadable; reading refuses anything not verified and well-formed.
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { z } from 'zod';
import { error, type Problem } from '../problems';
import { encryptEnvelope, type EncryptionRecipient } from '../crypto/encrypted-envelope';
import { DEFAULT_MAX_ENVELOPE_BYTES, readEnvelopeBytes } from '../crypto/envelope-text';
import type { EnvelopeFailureCode } from '../crypto/envelope-types';
import { exportHashOf, signEnvelope } from '../crypto/signed-envelope';
import type { DecryptionKey, SigningKey } from '../crypto/signer';
import { zodIssuesToProblems } from '../standard/schema-problems';
import { canonicalJson } from '../util/canonical-json';
import { SCORES_FORMAT, SCORES_FORMAT_VERSION, scoresPayloadSchema, type ScoresPayload } from './scores-payload';

/** A scores file this size holds tens of thousands of sheets; anything bigger is not one. */
export const SCORES_FILE_MAX_BYTES = DEFAULT_MAX_ENVELOPE_BYTES;

export interface BuiltScoresFile {
  /** The file's content: canonical JSON, UTF-8. */
  bytes: Uint8Array;
  text: string;
  /** The export hash, for the next export's `previousHash`. */
  exportHash: string;
}

/** What buildScoresFile takes: a payload as the schema accepts it (sheet defaults may be left out). */
export type ScoresPayloadInput = z.input<typeof scoresPayloadSchema>;

export function buildScoresFile(
  payload: ScoresPayloadInput,
  signingKey: SigningKey,
  options: { encryptTo?: EncryptionRecipient } = {},
): BuiltScoresFile {
  // Signing what the schema outputs (defaults filled in, unknown fields dropped) is signing what the office reads.
  const checked = scoresPayloadSchema.parse(payload);
  const signed = signEnvelope(SCORES_FORMAT, SCORES_FORMAT_VERSION, checked, signingKey);
  const { encryptTo } = options;
  const envelope = encryptTo ? encryptEnvelope(signed, encryptTo.x25519PublicKey, encryptTo.fingerprint) : signed;
  const text = canonicalJson(envelope);
  return { bytes: utf8ToBytes(text), text, exportHash: exportHashOf(signed) };
}

export interface ScoresFile {
  exportHash: string;
  signerFingerprint: string;
  /** base64url, as in the file. */
  signerPublicKey: string;
  payload: ScoresPayload;
  /** Whether the file came encrypted (to the reader's key). */
  encrypted: boolean;
}

export type ScoresFileResult =
  | { ok: true; file: ScoresFile }
  /** `details`: for a payload that fails the schema, every finding (the `problem` names the first). */
  | { ok: false; code: EnvelopeFailureCode; problem: Problem; details?: Problem[] };

export interface ScoresFileReadOptions {
  /** The office's key, for files encrypted to it. */
  decryptWith?: DecryptionKey;
  /** Defaults to SCORES_FILE_MAX_BYTES. */
  maxBytes?: number;
}

export function readScoresFile(bytes: Uint8Array, options: ScoresFileReadOptions = {}): ScoresFileResult {
  const verified = readEnvelopeBytes(bytes, {
    format: SCORES_FORMAT,
    formatVersion: SCORES_FORMAT_VERSION,
    decryptWith: options.decryptWith,
    maxBytes: options.maxBytes ?? SCORES_FILE_MAX_BYTES,
  });
  if (!verified.ok) return { ok: false, code: verified.code, problem: verified.problem };
  const payload = scoresPayloadSchema.safeParse(verified.payload);
  if (!payload.success) {
    const details = zodIssuesToProblems(payload.error.issues);
    const first = details[0]?.where;
    const where = first === undefined || first === '(root)' ? 'payload' : `payload.${first}`;
    return { ok: false, code: 'unreadable', problem: error('crypto.payloadInvalid', where, { count: details.length }), details };
  }
  const { exportHash, signerFingerprint, signerPublicKey, encrypted } = verified;
  return { ok: true, file: { exportHash, signerFingerprint, signerPublicKey, payload: payload.data, encrypted } };
}
