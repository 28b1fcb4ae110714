// The holder of a secret key. Code that signs or decrypts gets one of these, never the key bytes: the
// secret lives in private class fields, which JSON.stringify, Object.keys, structuredClone and Node's
// inspector do not reveal, so a signer passed to a log line or across a process boundary leaks nothing.
import { ed25519 } from '@noble/curves/ed25519.js';
import { encryptionSecretOf, publicKeyFingerprint, signingPublicKeyOf, x25519PublicKeyOf } from './keys';
import { openBox, type SealedBox } from './sealed-box';

/** What signing needs: the public half, to put in the file, and a way to sign. */
export interface SigningKey {
  /** The Ed25519 public key, 32 raw bytes. */
  readonly publicKey: Uint8Array;
  /** Fingerprint of `publicKey` (SHA-256, lowercase hex). */
  readonly fingerprint: string;
  sign(message: Uint8Array): Uint8Array;
}

/** What opening a file encrypted to us needs. */
export interface DecryptionKey {
  /** Fingerprint of the owner's Ed25519 key: what an encrypted file names as its recipient. */
  readonly fingerprint: string;
  readonly x25519PublicKey: Uint8Array;
  /** The plaintext, or null when the box was not sealed to this key or was changed. */
  decrypt(box: SealedBox): Uint8Array | null;
}

export interface Signer extends SigningKey, DecryptionKey {}

class SeedSigner implements Signer {
  readonly publicKey: Uint8Array;
  readonly fingerprint: string;
  readonly x25519PublicKey: Uint8Array;
  readonly #seed: Uint8Array;
  readonly #x25519Secret: Uint8Array;

  constructor(seed: Uint8Array) {
    this.#seed = Uint8Array.from(seed);
    this.#x25519Secret = encryptionSecretOf(this.#seed);
    this.publicKey = signingPublicKeyOf(this.#seed);
    this.fingerprint = publicKeyFingerprint(this.publicKey);
    this.x25519PublicKey = x25519PublicKeyOf(this.#x25519Secret);
  }

  sign(message: Uint8Array): Uint8Array {
    return ed25519.sign(message, this.#seed);
  }

  decrypt(box: SealedBox): Uint8Array | null {
    return openBox(this.#x25519Secret, this.x25519PublicKey, box);
  }
}

/** A signer for a 32-byte seed. The seed is copied; the caller may wipe its own copy afterwards. */
export function signerFromSeed(seed: Uint8Array): Signer {
  return new SeedSigner(seed);
}
