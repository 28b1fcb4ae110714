// Signing and verifying the envelope of shared/files/README.md. The signature covers the canonical JSON of
// {format, formatVersion, signer, payload}, so neither the kind of file, its version, who signed it nor what
// it says can change without breaking it. An encrypted envelope is opened first (encrypted-envelope.ts).
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../util/canonical-json';
import { fingerprintOf } from '../util/fingerprint';
import { fromBase64Url, toBase64Url } from './base64url';
import { openEncryptedEnvelope } from './encrypted-envelope';
import { portableCrypto, type CryptoPrimitives } from './crypto-primitives';
import { checkEnvelopeHeader } from './envelope-header';
import {
  envelopeFailure,
  firstIssuePath,
  signedEnvelopeSchema,
  type EnvelopeExpectation,
  type EnvelopeResult,
  type SignedEnvelope,
} from './envelope-types';
import { isUsableSigningPublicKey, PUBLIC_KEY_LENGTH, publicKeyFingerprint, SIGNATURE_LENGTH } from './keys';
import type { SigningKey } from './signer';

/** The bytes a signature covers. Throws on values with no canonical JSON form (NaN, a lone surrogate…). */
function signedBytes(envelope: Omit<SignedEnvelope, 'signature'>): Uint8Array {
  const { format, formatVersion, signer, payload } = envelope;
  return utf8ToBytes(canonicalJson({ format, formatVersion, signer, payload }));
}

/** The export hash: SHA-256 (hex) of the canonical JSON of the whole signed object. */
export function exportHashOf(signed: SignedEnvelope): string {
  return fingerprintOf(signed);
}

/**
 * Signs `payload` as a file of kind `format`. The payload is first normalised through its canonical JSON
 * (undefined fields dropped, -0 written as 0…), so the returned object is exactly what a reader will see.
 */
export function signEnvelope(format: string, formatVersion: number, payload: unknown, signingKey: SigningKey): SignedEnvelope {
  const normalised: unknown = JSON.parse(canonicalJson(payload));
  const signer = { publicKey: toBase64Url(signingKey.publicKey), fingerprint: publicKeyFingerprint(signingKey.publicKey) };
  const unsigned = { format, formatVersion, signer, payload: normalised };
  const signature = signingKey.sign(signedBytes(unsigned));
  return { ...unsigned, signature: toBase64Url(signature) };
}

/** A file's text and its UTF-8 bytes, as read (envelope-text.ts). */
export interface FileText {
  text: string;
  bytes: Uint8Array;
}

/**
 * The signed bytes and the export hash straight from the file: if the file is the canonical JSON of the
 * envelope, its keys sort as format, formatVersion, payload, signature, signer, so the signed bytes are the
 * file without its `"signature"` member, and the export hash is the hash of the file itself. If the file is
 * anything else, these bytes are not what the signer signed and the signature check fails (we only ever
 * sign canonical JSON). Saves serialising a many-megabyte payload twice more.
 */
function fromFileText(file: FileText, signed: SignedEnvelope, crypto: CryptoPrimitives): { message: Uint8Array; exportHash: string } | null {
  const signerJson = canonicalJson(signed.signer);
  // Every character here is ASCII (base64url, hex, punctuation), so its length in bytes is its length.
  const suffix = `,"signature":${JSON.stringify(signed.signature)},"signer":${signerJson}}`;
  if (!file.text.endsWith(suffix)) return null;
  const head = file.bytes.subarray(0, file.bytes.length - suffix.length);
  const tail = utf8ToBytes(`,"signer":${signerJson}}`);
  const message = new Uint8Array(head.length + tail.length);
  message.set(head, 0);
  message.set(tail, head.length);
  return { message, exportHash: bytesToHex(crypto.sha256(file.bytes)) };
}

function verifySigned(value: unknown, encrypted: boolean, crypto: CryptoPrimitives, file?: FileText): EnvelopeResult {
  const parsed = signedEnvelopeSchema.safeParse(value);
  if (!parsed.success) return envelopeFailure('unreadable', 'crypto.malformed', firstIssuePath(parsed.error.issues));
  const signed = parsed.data;
  const publicKey = fromBase64Url(signed.signer.publicKey, PUBLIC_KEY_LENGTH);
  if (publicKey === null) return envelopeFailure('tampered', 'crypto.badEncoding', 'signer.publicKey');
  const signature = fromBase64Url(signed.signature, SIGNATURE_LENGTH);
  if (signature === null) return envelopeFailure('tampered', 'crypto.badEncoding', 'signature');
  if (signed.signer.fingerprint !== publicKeyFingerprint(publicKey)) {
    return envelopeFailure('tampered', 'crypto.fingerprintMismatch', 'signer.fingerprint');
  }
  if (!isUsableSigningPublicKey(publicKey)) return envelopeFailure('tampered', 'crypto.weakKey', 'signer.publicKey');
  const fast = file === undefined ? null : fromFileText(file, signed, crypto);
  if (file !== undefined && fast === null) return envelopeFailure('tampered', 'crypto.notCanonical', '(file)');
  let message: Uint8Array;
  try {
    message = fast?.message ?? signedBytes(signed);
  } catch {
    return envelopeFailure('unreadable', 'crypto.noCanonicalForm', 'payload');
  }
  // Strict RFC 8032 decoding (not ZIP-215): one valid encoding per signature, so a signed export has one hash.
  const valid = crypto.verifyEd25519(signature, message, publicKey);
  if (!valid) return envelopeFailure('tampered', 'crypto.badSignature', 'signature');
  return {
    ok: true,
    formatVersion: signed.formatVersion,
    signerFingerprint: signed.signer.fingerprint,
    signerPublicKey: signed.signer.publicKey,
    payload: signed.payload,
    exportHash: fast?.exportHash ?? exportHashOf(signed),
    encrypted,
    signed,
  };
}

/**
 * Verifies a parsed envelope, signed or encrypted. Never throws on bad input. For file bytes use
 * readEnvelopeBytes (envelope-text.ts), which also refuses text that was re-serialised after signing.
 * `file`, for an unencrypted envelope read from bytes: check the signature over the file itself.
 */
export function verifyEnvelope(value: unknown, expected: EnvelopeExpectation, file?: FileText): EnvelopeResult {
  const crypto = expected.crypto ?? portableCrypto;
  const header = checkEnvelopeHeader(value, expected);
  if (!header.ok) return header;
  if (!('encrypted' in header.record)) return verifySigned(value, false, crypto, file);
  const opened = openEncryptedEnvelope(value, expected);
  if (!opened.ok) return opened;
  return verifySigned(opened.inner, true, crypto);
}
