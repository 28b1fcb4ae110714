// The encryption primitive behind encrypted envelopes: ephemeral-static X25519, HKDF-SHA256, AES-256-GCM
// (the shape of age's X25519 recipients and of HPKE's base mode). Every box has a fresh ephemeral key, so
// a content key is used once; the random nonce is then belt and braces.
import { x25519 } from '@noble/curves/ed25519.js';
import { gcm } from '@noble/ciphers/aes.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';

export const ENCRYPTION_SCHEME = 'x25519-hkdf-sha256-aes-256-gcm';
/** Fixed HKDF info string: binds the derived key to this use, so it can never serve another protocol. */
export const HKDF_INFO = 'review-desk/encrypted-envelope/v1';
export const NONCE_LENGTH = 12;
export const X25519_KEY_LENGTH = 32;
const CONTENT_KEY_LENGTH = 32;

export interface SealedBox {
  ephemeralPublicKey: Uint8Array;
  nonce: Uint8Array;
  /** AES-GCM output: the encrypted bytes followed by the 16-byte tag. */
  ciphertext: Uint8Array;
  /** Additional authenticated data: not secret, but any change to it makes opening fail. */
  aad: Uint8Array;
}

/**
 * The content key. The salt is the ephemeral public key followed by the recipient's public key, so the key
 * depends on both ends of the exchange and not on the shared secret alone.
 */
function contentKey(sharedSecret: Uint8Array, ephemeralPublicKey: Uint8Array, recipientPublicKey: Uint8Array): Uint8Array {
  const salt = concatBytes(ephemeralPublicKey, recipientPublicKey);
  return hkdf(sha256, sharedSecret, salt, utf8ToBytes(HKDF_INFO), CONTENT_KEY_LENGTH);
}

/**
 * Encrypts `plaintext` to `recipientPublicKey`. `aadFor` builds the additional data from the box's public
 * parts, so the header written next to the ciphertext can include the ephemeral key and the nonce.
 */
export function sealBox(
  recipientPublicKey: Uint8Array,
  plaintext: Uint8Array,
  aadFor: (ephemeralPublicKey: Uint8Array, nonce: Uint8Array) => Uint8Array,
): SealedBox {
  const ephemeralSecret = x25519.utils.randomSecretKey();
  const ephemeralPublicKey = x25519.getPublicKey(ephemeralSecret);
  const nonce = randomBytes(NONCE_LENGTH);
  const aad = aadFor(ephemeralPublicKey, nonce);
  const key = contentKey(x25519.getSharedSecret(ephemeralSecret, recipientPublicKey), ephemeralPublicKey, recipientPublicKey);
  const ciphertext = gcm(key, nonce, aad).encrypt(plaintext);
  ephemeralSecret.fill(0);
  key.fill(0);
  return { ephemeralPublicKey, nonce, ciphertext, aad };
}

/** The plaintext of a box, or null when it was not sealed to this key or anything in it was changed. */
export function openBox(recipientSecret: Uint8Array, recipientPublicKey: Uint8Array, box: SealedBox): Uint8Array | null {
  if (box.ephemeralPublicKey.length !== X25519_KEY_LENGTH || box.nonce.length !== NONCE_LENGTH) return null;
  let key: Uint8Array | null = null;
  try {
    // Throws on a low-order ephemeral key (an all-zero shared secret), which only a forger sends.
    key = contentKey(x25519.getSharedSecret(recipientSecret, box.ephemeralPublicKey), box.ephemeralPublicKey, recipientPublicKey);
    return gcm(key, box.nonce, box.aad).decrypt(box.ciphertext);
  } catch {
    return null;
  } finally {
    key?.fill(0);
  }
}
