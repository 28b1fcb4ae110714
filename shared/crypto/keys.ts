// The key material of a Review Desk identity. One 32-byte seed is the whole secret: it is the Ed25519
// signing key (RFC 8032), and the X25519 key used to decrypt files sent to its owner is derived from it
// (the birational map of RFC 7748 §4.1, as libsodium's crypto_sign_ed25519_sk_to_curve25519 and age's
// ssh-ed25519 recipients do). So a person has one key and one fingerprint to enrol and compare aloud, and
// anyone holding the office's signing public key (it is in every signed session file) can encrypt to it.
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';

export const SEED_LENGTH = 32;
export const PUBLIC_KEY_LENGTH = 32;
export const SIGNATURE_LENGTH = 64;

/**
 * A fresh random seed. @noble's randomBytes uses the platform's CSPRNG (crypto.getRandomValues), present
 * in Node, Electron and browsers alike, so the domain stays free of `node:*`.
 */
export function newSeed(): Uint8Array {
  return randomBytes(SEED_LENGTH);
}

function checkSeed(seed: Uint8Array): void {
  if (seed.length !== SEED_LENGTH) throw new Error(`key seed must be ${SEED_LENGTH} bytes, got ${seed.length}`);
}

/** The Ed25519 public key (32 raw bytes) of a seed. */
export function signingPublicKeyOf(seed: Uint8Array): Uint8Array {
  checkSeed(seed);
  return ed25519.getPublicKey(seed);
}

/** A key's fingerprint: SHA-256 of its 32 raw public-key bytes, lowercase hex (see shared/files/README.md). */
export function publicKeyFingerprint(publicKey: Uint8Array): string {
  return bytesToHex(sha256(publicKey));
}

/** The X25519 secret that goes with a seed (internal to the key holder; see signer.ts). */
export function encryptionSecretOf(seed: Uint8Array): Uint8Array {
  checkSeed(seed);
  return ed25519.utils.toMontgomerySecret(seed);
}

/**
 * The X25519 public key of someone whose Ed25519 public key we know: what an expert encrypts to, computed
 * from the office's signing key in the session file. Throws on bytes that are not a usable key.
 */
export function encryptionPublicKeyOf(signingPublicKey: Uint8Array): Uint8Array {
  if (!isUsableSigningPublicKey(signingPublicKey)) throw new Error('not a usable Ed25519 public key');
  return ed25519.utils.toMontgomery(signingPublicKey);
}

/** The X25519 public key of an X25519 secret. */
export function x25519PublicKeyOf(x25519Secret: Uint8Array): Uint8Array {
  return x25519.getPublicKey(x25519Secret);
}

/**
 * A public key we accept as a signer: 32 bytes, the canonical encoding of a curve point, and not of small
 * order. A small-order key (the identity point, for one) makes a trivial signature verify for every
 * message; it can only come from a forger, never from a seed.
 */
export function isUsableSigningPublicKey(publicKey: Uint8Array): boolean {
  if (publicKey.length !== PUBLIC_KEY_LENGTH) return false;
  try {
    return !ed25519.Point.fromBytes(publicKey, false).isSmallOrder();
  } catch {
    return false;
  }
}
