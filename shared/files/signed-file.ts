// A payload in a signed (optionally encrypted) envelope, for any of our file formats: building validates
// the payload with its schema first, so we never write a file our own reader would refuse; reading refuses
// anything not verified and well-formed. scores-file.ts and session-file.ts are this with their schema.
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { z } from 'zod';
import { error, type Problem } from '../problems';
import { encryptEnvelope, type EncryptionRecipient } from '../crypto/encrypted-envelope';
import { readEnvelopeBytes } from '../crypto/envelope-text';
import type { EnvelopeFailureCode } from '../crypto/envelope-types';
import { exportHashOf, signEnvelope } from '../crypto/signed-envelope';
import type { CryptoPrimitives } from '../crypto/crypto-primitives';
import type { DecryptionKey, SigningKey } from '../crypto/signer';
import { zodIssuesToProblems } from '../standard/schema-problems';
import { canonicalJson } from '../util/canonical-json';

export interface SignedFileFormat<S extends z.ZodType> {
  format: string;
  formatVersion: number;
  schema: S;
  maxBytes: number;
}

export interface BuiltSignedFile {
  /** The file's content: canonical JSON, UTF-8. */
  bytes: Uint8Array;
  text: string;
  /** The export hash (SHA-256 of the signed object's canonical JSON), the same encrypted or not. */
  exportHash: string;
}

export function buildSignedFile<S extends z.ZodType>(
  spec: SignedFileFormat<S>,
  payload: z.input<S>,
  signingKey: SigningKey,
  options: { encryptTo?: EncryptionRecipient } = {},
): BuiltSignedFile {
  // Signing what the schema outputs (defaults filled in, unknown fields dropped) is signing what the reader reads.
  const checked = spec.schema.parse(payload);
  const signed = signEnvelope(spec.format, spec.formatVersion, checked, signingKey);
  const { encryptTo } = options;
  const envelope = encryptTo ? encryptEnvelope(signed, encryptTo.x25519PublicKey, encryptTo.fingerprint) : signed;
  const text = canonicalJson(envelope);
  return { bytes: utf8ToBytes(text), text, exportHash: exportHashOf(signed) };
}

export interface SignedFile<P> {
  exportHash: string;
  signerFingerprint: string;
  /** base64url, as in the file. */
  signerPublicKey: string;
  payload: P;
  /** Whether the file came encrypted (to the reader's key). */
  encrypted: boolean;
}

export type SignedFileResult<P> =
  | { ok: true; file: SignedFile<P> }
  /** `details`: for a payload that fails the schema, every finding (the `problem` names the first). */
  | { ok: false; code: EnvelopeFailureCode; problem: Problem; details?: Problem[] };

export interface SignedFileReadOptions {
  /** The reader's key, for files encrypted to it. */
  decryptWith?: DecryptionKey;
  /** Native hashing and signature checks from the host (electron/crypto/node-crypto.ts). */
  crypto?: CryptoPrimitives;
  /** Defaults to the format's maxBytes. */
  maxBytes?: number;
}

export function readSignedFile<S extends z.ZodType>(
  spec: SignedFileFormat<S>,
  bytes: Uint8Array,
  options: SignedFileReadOptions = {},
): SignedFileResult<z.output<S>> {
  const verified = readEnvelopeBytes(bytes, {
    format: spec.format,
    formatVersion: spec.formatVersion,
    decryptWith: options.decryptWith,
    crypto: options.crypto,
    maxBytes: options.maxBytes ?? spec.maxBytes,
  });
  if (!verified.ok) return { ok: false, code: verified.code, problem: verified.problem };
  const payload = spec.schema.safeParse(verified.payload);
  if (!payload.success) {
    const details = zodIssuesToProblems(payload.error.issues, verified.payload);
    const first = details[0]?.where;
    const where = first === undefined || first === '(root)' ? 'payload' : `payload.${first}`;
    return { ok: false, code: 'unreadable', problem: error('crypto.payloadInvalid', where, { count: details.length }), details };
  }
  const { exportHash, signerFingerprint, signerPublicKey, encrypted } = verified;
  return { ok: true, file: { exportHash, signerFingerprint, signerPublicKey, payload: payload.data, encrypted } };
}
