// The native primitives answer exactly as the portable ones, on valid signatures and on every kind of damage.
import { ed25519 } from '@noble/curves/ed25519.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeCrypto } from '../../../electron/crypto/node-crypto';
import { portableCrypto } from '../../../shared/crypto/crypto-primitives';

const flip = (bytes: Uint8Array, bit: number): Uint8Array => {
  const copy = Uint8Array.from(bytes);
  const index = Math.floor(bit / 8) % copy.length;
  copy[index] = (copy[index] ?? 0) ^ (1 << bit % 8);
  return copy;
};

describe('native crypto primitives', () => {
  it('hash like the portable SHA-256', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        expect(nodeCrypto.sha256(bytes)).toEqual(portableCrypto.sha256(bytes));
      }),
      { numRuns: 1000 },
    );
  });

  it('accept and refuse Ed25519 signatures exactly like the portable check', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ maxLength: 512 }),
        fc.constantFrom('none', 'signature', 'message', 'key'),
        fc.nat(),
        (seed, message, damage, bit) => {
          const publicKey = ed25519.getPublicKey(seed);
          let signature: Uint8Array = ed25519.sign(message, seed);
          let signed: Uint8Array = message;
          let key: Uint8Array = publicKey;
          if (damage === 'signature') signature = flip(signature, bit);
          if (damage === 'message' && message.length > 0) signed = flip(message, bit);
          if (damage === 'key') key = flip(publicKey, bit);
          const portable = portableCrypto.verifyEd25519(signature, signed, key);
          expect(nodeCrypto.verifyEd25519(signature, signed, key)).toBe(portable);
          if (damage === 'none') expect(portable).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuse a signature whose S is not reduced (S + L), as strict RFC 8032 requires', () => {
    const seed = new Uint8Array(32).fill(7);
    const message = new TextEncoder().encode('评审台');
    const signature = ed25519.sign(message, seed);
    const order = ed25519.Point.Fn.ORDER;
    let s = 0n;
    for (let i = 63; i >= 32; i -= 1) s = (s << 8n) + BigInt(signature[i] ?? 0);
    let unreduced = s + order;
    const malleated = Uint8Array.from(signature);
    for (let i = 32; i < 64; i += 1) {
      malleated[i] = Number(unreduced & 0xffn);
      unreduced >>= 8n;
    }
    const publicKey = ed25519.getPublicKey(seed);
    expect(portableCrypto.verifyEd25519(malleated, message, publicKey)).toBe(false);
    expect(nodeCrypto.verifyEd25519(malleated, message, publicKey)).toBe(false);
  });

  it('refuse wrong lengths without throwing', () => {
    expect(nodeCrypto.verifyEd25519(new Uint8Array(63), new Uint8Array(1), new Uint8Array(32))).toBe(false);
    expect(nodeCrypto.verifyEd25519(new Uint8Array(64), new Uint8Array(1), new Uint8Array(31))).toBe(false);
  });
});
