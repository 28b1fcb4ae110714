import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../shared/crypto/base64url';
import { encryptionPublicKeyOf, isUsableSigningPublicKey, newSeed, publicKeyFingerprint, signingPublicKeyOf } from '../../../shared/crypto/keys';
import { signerFromSeed } from '../../../shared/crypto/signer';

// RFC 8032 §7.1, test 1.
const RFC_SECRET = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const RFC_PUBLIC = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const RFC_SIGNATURE_OF_EMPTY =
  'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';

describe('keys', () => {
  it('derives the RFC 8032 public key and signature from its seed', () => {
    const signer = signerFromSeed(hexToBytes(RFC_SECRET));
    expect(bytesToHex(signingPublicKeyOf(hexToBytes(RFC_SECRET)))).toBe(RFC_PUBLIC);
    expect(bytesToHex(signer.publicKey)).toBe(RFC_PUBLIC);
    expect(bytesToHex(signer.sign(new Uint8Array(0)))).toBe(RFC_SIGNATURE_OF_EMPTY);
  });

  it('fingerprints a key as the SHA-256 of its 32 raw bytes, lowercase hex', () => {
    // sha256 of the RFC public key bytes, computed with coreutils: `xxd -r -p | sha256sum`.
    expect(publicKeyFingerprint(hexToBytes(RFC_PUBLIC))).toBe('21fe31dfa154a261626bf854046fd2271b7bed4b6abe45aa58877ef47f9721b9');
    expect(signerFromSeed(hexToBytes(RFC_SECRET)).fingerprint).toBe(publicKeyFingerprint(hexToBytes(RFC_PUBLIC)));
  });

  it('derives one X25519 key pair from the seed that matches the one derived from the public key', () => {
    const seed = newSeed();
    const signer = signerFromSeed(seed);
    expect(signer.x25519PublicKey).toEqual(encryptionPublicKeyOf(signer.publicKey));
    expect(signer.x25519PublicKey).toEqual(x25519.getPublicKey(ed25519.utils.toMontgomerySecret(seed)));
  });

  it('makes fresh 32-byte seeds', () => {
    const [a, b] = [newSeed(), newSeed()];
    expect(a).toHaveLength(32);
    expect(bytesToHex(a)).not.toBe(bytesToHex(b));
  });

  it('refuses a seed of the wrong length, and public keys that are no usable point', () => {
    expect(() => signerFromSeed(new Uint8Array(31))).toThrow(/32 bytes/);
    expect(isUsableSigningPublicKey(hexToBytes(RFC_PUBLIC))).toBe(true);
    expect(isUsableSigningPublicKey(ed25519.Point.ZERO.toBytes())).toBe(false);
    expect(isUsableSigningPublicKey(new Uint8Array(32).fill(0xff))).toBe(false); // y ≥ p: not canonical
    expect(isUsableSigningPublicKey(new Uint8Array(31))).toBe(false);
    expect(() => encryptionPublicKeyOf(ed25519.Point.ZERO.toBytes())).toThrow();
  });
});

describe('signer: the secret stays inside', () => {
  const seed = hexToBytes(RFC_SECRET);
  const signer = signerFromSeed(seed);
  const secretForms = [RFC_SECRET, toBase64Url(seed), Buffer.from(seed).toString('base64'), bytesToHex(ed25519.utils.toMontgomerySecret(seed))];
  const revealsSecret = (text: string): boolean => secretForms.some((form) => text.includes(form)) || text.includes(String([...seed]));

  it('is not in JSON.stringify, Object.keys, structuredClone or the inspector', () => {
    expect(revealsSecret(JSON.stringify(signer))).toBe(false);
    expect(Object.keys(signer).sort()).toEqual(['fingerprint', 'publicKey', 'x25519PublicKey']);
    expect(Object.getOwnPropertyNames(signer).sort()).toEqual(['fingerprint', 'publicKey', 'x25519PublicKey']);
    const clone = structuredClone(signer) as unknown as Record<string, unknown>;
    expect(Object.keys(clone).sort()).toEqual(['fingerprint', 'publicKey', 'x25519PublicKey']);
    expect(revealsSecret(inspect(signer, { showHidden: true, depth: 5 }))).toBe(false);
  });

  it('does not keep the caller\'s seed buffer, so the caller can wipe it', () => {
    const own = Uint8Array.from(seed);
    const holder = signerFromSeed(own);
    own.fill(0);
    expect(bytesToHex(holder.sign(new Uint8Array(0)))).toBe(RFC_SIGNATURE_OF_EMPTY);
  });
});

describe('base64url', () => {
  it('round-trips any bytes and matches Node\'s encoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts only the one canonical spelling', () => {
    expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
    expect(fromBase64Url('AB')).toBeNull(); // non-zero spare bits
    expect(fromBase64Url('AA==')).toBeNull(); // padding
    expect(fromBase64Url('A')).toBeNull(); // impossible length
    expect(fromBase64Url('+/8')).toBeNull(); // standard alphabet
    expect(fromBase64Url('AA A')).toBeNull();
    expect(fromBase64Url('AAAA', 2)).toBeNull(); // wrong length asked for
    expect(fromBase64Url('', 0)).toEqual(new Uint8Array(0));
  });
});
