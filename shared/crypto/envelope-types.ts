// The two shapes of a file that travels (shared/files/README.md): a signed envelope, and the same signed
// envelope encrypted to one recipient. Plus what reading one gives back: the verified contents, or why not.
import { z } from 'zod';
import { error, type MessageParams, type Problem } from '../problems';
import type { MessageKey } from '../i18n/translate';
import type { CryptoPrimitives } from './crypto-primitives';
import type { DecryptionKey } from './signer';

/** Objects are strict: a field the signature does not cover, or that a newer formatVersion would bring, is refused. */
export const signedEnvelopeSchema = z.strictObject({
  format: z.string(),
  formatVersion: z.number(),
  signer: z.strictObject({ publicKey: z.string(), fingerprint: z.string() }),
  payload: z.unknown().refine((value): boolean => value !== undefined, { message: 'payload is missing' }),
  signature: z.string(),
});
export type SignedEnvelope = z.infer<typeof signedEnvelopeSchema>;

export const encryptedEnvelopeSchema = z.strictObject({
  format: z.string(),
  formatVersion: z.number(),
  encrypted: z.strictObject({
    scheme: z.string(),
    recipient: z.string(),
    ephemeralPublicKey: z.string(),
    nonce: z.string(),
    ciphertext: z.string(),
  }),
});
export type EncryptedEnvelope = z.infer<typeof encryptedEnvelopeSchema>;

/** What the reader expects: which kind of file, and the newest version of it this build understands. */
export interface EnvelopeExpectation {
  format: string;
  formatVersion: number;
  /** The reader's own key, for files encrypted to it. */
  decryptWith?: DecryptionKey;
  /** Native hashing and signature checks from the host; the portable ones otherwise. */
  crypto?: CryptoPrimitives;
}

export interface VerifiedEnvelope {
  ok: true;
  /** The file's version (1…expected): the caller upgrades older payloads. */
  formatVersion: number;
  signerFingerprint: string;
  /** The signer's Ed25519 public key as written in the file (base64url, 32 bytes). */
  signerPublicKey: string;
  payload: unknown;
  /** SHA-256 (hex) of the canonical JSON of the whole signed object; the same whether or not it came encrypted. */
  exportHash: string;
  /** True when the file was encrypted (and so was opened with `decryptWith`). */
  encrypted: boolean;
  /** The signed object itself, e.g. to archive it decrypted and still verifiable. */
  signed: SignedEnvelope;
}

export type EnvelopeFailureCode = 'unreadable' | 'tampered' | 'wrongFormat' | 'newerFormat' | 'encryptedForSomeoneElse' | 'needsKey';

export interface EnvelopeFailure {
  ok: false;
  code: EnvelopeFailureCode;
  problem: Problem;
}

export type EnvelopeResult = VerifiedEnvelope | EnvelopeFailure;

export function envelopeFailure(code: EnvelopeFailureCode, key: MessageKey, where: string, params: MessageParams = {}): EnvelopeFailure {
  return { ok: false, code, problem: error(key, where, params) };
}

/** The first zod issue's path, for a problem's `where`. */
export function firstIssuePath(issues: readonly z.core.$ZodIssue[]): string {
  return issues[0]?.path.map(String).join('.') || '(root)';
}
