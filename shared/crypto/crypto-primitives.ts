// The two primitives that dominate reading a large signed file: SHA-256 of the whole text and the Ed25519
// check (SHA-512 inside). The pure-JS defaults run everywhere; a host may pass native ones (Node's OpenSSL
// is ~10× faster on megabytes), since shared/ itself cannot reach node:crypto.
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';

export interface CryptoPrimitives {
  sha256(bytes: Uint8Array): Uint8Array;
  /** Strict RFC 8032 verification (no ZIP-215 leniency); false on any malformed input, never throws. */
  verifyEd25519(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
}

export const portableCrypto: CryptoPrimitives = {
  sha256: (bytes) => sha256(bytes),
  verifyEd25519: (signature, message, publicKey) => {
    try {
      return ed25519.verify(signature, message, publicKey, { zip215: false });
    } catch {
      return false;
    }
  },
};
