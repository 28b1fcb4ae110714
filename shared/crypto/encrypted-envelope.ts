// Sign, then encrypt (shared/files/README.md): the ciphertext is the canonical JSON of the signed object,
// sealed to one recipient. The additional data is the canonical JSON of the outer object without the
// ciphertext, so no header field (kind, version, recipient, ephemeral key, nonce) can be swapped.
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../util/canonical-json';
import { groupedFingerprint } from '../util/fingerprint';
import { fromBase64Url, toBase64Url } from './base64url';
import { canonicalStatus, parseJsonBytes } from './canonical-text';
import { checkEnvelopeHeader } from './envelope-header';
import {
  encryptedEnvelopeSchema,
  envelopeFailure,
  firstIssuePath,
  type EncryptedEnvelope,
  type EnvelopeExpectation,
  type EnvelopeFailure,
  type SignedEnvelope,
} from './envelope-types';
import { encryptionPublicKeyOf, publicKeyFingerprint } from './keys';
import { ENCRYPTION_SCHEME, NONCE_LENGTH, sealBox, X25519_KEY_LENGTH } from './sealed-box';

/** Whom a file is encrypted to: their X25519 key, and the fingerprint of their Ed25519 key to name them. */
export interface EncryptionRecipient {
  x25519PublicKey: Uint8Array;
  fingerprint: string;
}

/** The recipient for someone whose Ed25519 public key we know (e.g. the office's, from the session file). */
export function recipientFromSigningKey(signingPublicKey: Uint8Array): EncryptionRecipient {
  return { x25519PublicKey: encryptionPublicKeyOf(signingPublicKey), fingerprint: publicKeyFingerprint(signingPublicKey) };
}

type Header = Omit<EncryptedEnvelope, 'encrypted'> & { encrypted: Omit<EncryptedEnvelope['encrypted'], 'ciphertext'> };

function additionalData(header: Header): Uint8Array {
  return utf8ToBytes(canonicalJson(header));
}

export function encryptEnvelope(
  signed: SignedEnvelope,
  recipientX25519PublicKey: Uint8Array,
  recipientFingerprint: string,
): EncryptedEnvelope {
  if (recipientX25519PublicKey.length !== X25519_KEY_LENGTH) throw new Error('recipient X25519 key must be 32 bytes');
  if (!/^[0-9a-f]{64}$/.test(recipientFingerprint)) throw new Error('recipient fingerprint must be 64 lowercase hex digits');
  const { format, formatVersion } = signed;
  const headerFor = (ephemeralPublicKey: Uint8Array, nonce: Uint8Array): Header => ({
    format,
    formatVersion,
    encrypted: {
      scheme: ENCRYPTION_SCHEME,
      recipient: recipientFingerprint,
      ephemeralPublicKey: toBase64Url(ephemeralPublicKey),
      nonce: toBase64Url(nonce),
    },
  });
  const box = sealBox(recipientX25519PublicKey, utf8ToBytes(canonicalJson(signed)), (ephemeral, nonce) =>
    additionalData(headerFor(ephemeral, nonce)),
  );
  const header = headerFor(box.ephemeralPublicKey, box.nonce);
  return { ...header, encrypted: { ...header.encrypted, ciphertext: toBase64Url(box.ciphertext) } };
}

export type OpenedEnvelope = { ok: true; inner: unknown } | EnvelopeFailure;

/**
 * Decrypts an encrypted envelope with `expected.decryptWith` and returns the signed object inside, not yet
 * verified (verifyEnvelope does that). The outer header must already have passed checkEnvelopeHeader.
 */
export function openEncryptedEnvelope(value: unknown, expected: EnvelopeExpectation): OpenedEnvelope {
  const parsed = encryptedEnvelopeSchema.safeParse(value);
  if (!parsed.success) return envelopeFailure('unreadable', 'crypto.malformed', firstIssuePath(parsed.error.issues));
  const { format, formatVersion, encrypted } = parsed.data;
  if (encrypted.scheme !== ENCRYPTION_SCHEME) {
    return envelopeFailure('unreadable', 'crypto.unknownScheme', 'encrypted.scheme', { scheme: encrypted.scheme });
  }
  const key = expected.decryptWith;
  if (!key) return envelopeFailure('needsKey', 'crypto.needsKey', 'encrypted.recipient', {
      recipient: groupedFingerprint(encrypted.recipient),
    });
  if (encrypted.recipient !== key.fingerprint) {
    return envelopeFailure('encryptedForSomeoneElse', 'crypto.encryptedForSomeoneElse', 'encrypted.recipient', {
      recipient: groupedFingerprint(encrypted.recipient),
      own: groupedFingerprint(key.fingerprint),
    });
  }
  const ephemeralPublicKey = fromBase64Url(encrypted.ephemeralPublicKey, X25519_KEY_LENGTH);
  if (ephemeralPublicKey === null) return envelopeFailure('tampered', 'crypto.badEncoding', 'encrypted.ephemeralPublicKey');
  const nonce = fromBase64Url(encrypted.nonce, NONCE_LENGTH);
  if (nonce === null) return envelopeFailure('tampered', 'crypto.badEncoding', 'encrypted.nonce');
  const ciphertext = fromBase64Url(encrypted.ciphertext);
  if (ciphertext === null) return envelopeFailure('tampered', 'crypto.badEncoding', 'encrypted.ciphertext');
  const { ciphertext: _omitted, ...headerFields } = encrypted;
  const aad = additionalData({ format, formatVersion, encrypted: headerFields });
  const plaintext = key.decrypt({ ephemeralPublicKey, nonce, ciphertext, aad });
  if (plaintext === null) return envelopeFailure('tampered', 'crypto.decryptionFailed', 'encrypted.ciphertext');
  // Authentic ciphertext can still hold anything its sender chose; what is inside gets the same checks.
  const inner = parseJsonBytes(plaintext);
  if (!inner.ok || canonicalStatus(inner.value, inner.text) !== 'canonical') {
    return envelopeFailure('tampered', 'crypto.innerMismatch', 'encrypted.ciphertext');
  }
  const innerHeader = checkEnvelopeHeader(inner.value, { format, formatVersion });
  if (!innerHeader.ok || innerHeader.formatVersion !== formatVersion || 'encrypted' in innerHeader.record) {
    return envelopeFailure('tampered', 'crypto.innerMismatch', 'encrypted.ciphertext');
  }
  return { ok: true, inner: inner.value };
}
