// Node's native (OpenSSL) SHA-256 and Ed25519 for reading large signed files at the office: the same
// answers as the portable ones in shared/crypto/crypto-primitives.ts (checked by a property test), about ten
// times faster on megabytes of scores.
import { createHash, createPublicKey, verify } from 'node:crypto';
import type { CryptoPrimitives } from '../../shared/crypto/crypto-primitives';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export const nodeCrypto: CryptoPrimitives = {
  // A plain Uint8Array, like the portable one (a Buffer would compare unequal in deep checks).
  sha256: (bytes) => new Uint8Array(createHash('sha256').update(bytes).digest()),
  verifyEd25519: (signature, message, publicKey) => {
    if (signature.length !== 64 || publicKey.length !== 32) return false;
    try {
      const key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
      return verify(null, message, key, signature);
    } catch {
      return false;
    }
  },
};
