import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { gcm } from '@noble/ciphers/aes.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../shared/crypto/base64url';
import { encryptEnvelope, recipientFromSigningKey } from '../../../shared/crypto/encrypted-envelope';
import type { EncryptedEnvelope, EnvelopeFailureCode, EnvelopeResult } from '../../../shared/crypto/envelope-types';
import { ENCRYPTION_SCHEME, sealBox } from '../../../shared/crypto/sealed-box';
import { signEnvelope } from '../../../shared/crypto/signed-envelope';
import { canonicalJson } from '../../../shared/util/canonical-json';
import {
  copyOf,
  encryptToOffice,
  expert,
  fileBytes,
  flipBitIn,
  flipHex,
  office,
  otherOffice,
  readScores,
  samplePayload,
  SCORES,
  seedOf,
  signScores,
} from './envelope-fixtures';

function expectRefused(result: EnvelopeResult, code: EnvelopeFailureCode, problemCode?: string): void {
  expect(result.ok ? 'ok' : result.code).toBe(code);
  if (!result.ok && problemCode !== undefined) expect(result.problem.code).toBe(problemCode);
}

const signed = signScores();
const encrypted = encryptToOffice(signed) as EncryptedEnvelope;
const secondEncryption = encryptToOffice(signScores(samplePayload({ sequence: 2 }))) as EncryptedEnvelope;

const readEdited = (edit: (copy: EncryptedEnvelope & Record<string, unknown>) => void, key = office): EnvelopeResult => {
  const copy = copyOf(encrypted) as EncryptedEnvelope & Record<string, unknown>;
  edit(copy);
  return readScores(fileBytes(copy), key);
};

/** What only a forger would do: seal chosen plaintext to the office under a correct header (anyone can). */
function sealToOffice(plaintext: string): EncryptedEnvelope {
  const header = (eph: Uint8Array, nonce: Uint8Array) => ({
    ...SCORES,
    encrypted: { scheme: ENCRYPTION_SCHEME, recipient: office.fingerprint, ephemeralPublicKey: toBase64Url(eph), nonce: toBase64Url(nonce) },
  });
  const box = sealBox(office.x25519PublicKey, utf8ToBytes(plaintext), (eph, nonce) => utf8ToBytes(canonicalJson(header(eph, nonce))));
  const h = header(box.ephemeralPublicKey, box.nonce);
  return { ...h, encrypted: { ...h.encrypted, ciphertext: toBase64Url(box.ciphertext) } };
}

describe('encrypted envelope: round trip', () => {
  it('decrypts with the office key to the same signed object and export hash', () => {
    const plain = readScores(fileBytes(signed));
    const result = readScores(fileBytes(encrypted), office);
    if (!result.ok || !plain.ok) throw new Error('refused');
    expect(result.encrypted).toBe(true);
    expect(result.payload).toEqual(samplePayload());
    expect(result.signed).toEqual(signed);
    expect(result.exportHash).toBe(plain.exportHash);
    expect(result.signerFingerprint).toBe(expert.fingerprint);
  });

  it('has the shape of README.md and hides the payload', () => {
    expect(Object.keys(encrypted).sort()).toEqual(['encrypted', 'format', 'formatVersion']);
    expect(encrypted.encrypted.scheme).toBe('x25519-hkdf-sha256-aes-256-gcm');
    expect(encrypted.encrypted.recipient).toBe(office.fingerprint);
    expect(Buffer.from(encrypted.encrypted.nonce, 'base64url')).toHaveLength(12);
    expect(canonicalJson(encrypted)).not.toContain('410102');
  });

  it('encrypts to the X25519 key derived from the recipient\'s Ed25519 key, known from its public key alone', () => {
    const recipient = recipientFromSigningKey(office.publicKey);
    expect(recipient.x25519PublicKey).toEqual(office.x25519PublicKey);
    expect(recipient.x25519PublicKey).toEqual(ed25519.utils.toMontgomery(office.publicKey));
    const result = readScores(fileBytes(encryptEnvelope(signed, recipient.x25519PublicKey, recipient.fingerprint)), office);
    expect(result.ok).toBe(true);
  });

  it('opens by the recipe of README.md with independent primitives (X25519, HKDF-SHA256, AES-256-GCM)', () => {
    const officeSecret = ed25519.utils.toMontgomerySecret(seedOf(3));
    const eph = Buffer.from(encrypted.encrypted.ephemeralPublicKey, 'base64url');
    const shared = x25519.getSharedSecret(officeSecret, eph);
    const salt = new Uint8Array([...eph, ...office.x25519PublicKey]);
    const key = hkdf(sha256, shared, salt, utf8ToBytes('review-desk/encrypted-envelope/v1'), 32);
    const { ciphertext, ...header } = encrypted.encrypted;
    const aad = utf8ToBytes(canonicalJson({ format: encrypted.format, formatVersion: encrypted.formatVersion, encrypted: header }));
    const plaintext = gcm(key, Buffer.from(encrypted.encrypted.nonce, 'base64url'), aad).decrypt(Buffer.from(ciphertext, 'base64url'));
    expect(new TextDecoder().decode(plaintext)).toBe(canonicalJson(signed));
  });

  it('uses a fresh ephemeral key and nonce each time', () => {
    const again = encryptToOffice(signed) as EncryptedEnvelope;
    expect(again.encrypted.ephemeralPublicKey).not.toBe(encrypted.encrypted.ephemeralPublicKey);
    expect(again.encrypted.nonce).not.toBe(encrypted.encrypted.nonce);
  });

  it('reads an unencrypted file even when a key is given', () => {
    expect(readScores(fileBytes(signed), office).ok).toBe(true);
  });
});

describe('encrypted envelope: refusals', () => {
  it('1. no key to open it', () => expectRefused(readScores(fileBytes(encrypted)), 'needsKey', 'crypto.needsKey'));
  it('2. opened with another office\'s key', () => expectRefused(readScores(fileBytes(encrypted), otherOffice), 'encryptedForSomeoneElse'));
  it('3. opened with the expert\'s own key', () => expectRefused(readScores(fileBytes(encrypted), expert), 'encryptedForSomeoneElse'));
  it('4. a digit of the recipient changed', () =>
    expectRefused(readEdited((f) => (f.encrypted.recipient = flipHex(f.encrypted.recipient, 63))), 'encryptedForSomeoneElse'));
  it('5. encrypted to another office, recipient rewritten to ours', () => {
    const forOther = copyOf(encryptToOffice(signed, otherOffice) as EncryptedEnvelope);
    forOther.encrypted.recipient = office.fingerprint;
    expectRefused(readScores(fileBytes(forOther), office), 'tampered', 'crypto.decryptionFailed');
  });
  it('6. a bit flipped in the ciphertext', () =>
    expectRefused(readEdited((f) => (f.encrypted.ciphertext = flipBitIn(f.encrypted.ciphertext, 100))), 'tampered', 'crypto.decryptionFailed'));
  it('7. a bit flipped in the authentication tag', () => {
    const bits = Buffer.from(encrypted.encrypted.ciphertext, 'base64url').length * 8;
    expectRefused(readEdited((f) => (f.encrypted.ciphertext = flipBitIn(f.encrypted.ciphertext, bits - 1))), 'tampered', 'crypto.decryptionFailed');
  });
  it('8. the ciphertext cut short', () =>
    expectRefused(readEdited((f) => (f.encrypted.ciphertext = toBase64Url(Buffer.from(f.encrypted.ciphertext, 'base64url').subarray(0, 40)))), 'tampered'));
  it('9. a bit flipped in the nonce', () =>
    expectRefused(readEdited((f) => (f.encrypted.nonce = flipBitIn(f.encrypted.nonce, 5))), 'tampered', 'crypto.decryptionFailed'));
  it('10. a nonce of the wrong length', () =>
    expectRefused(readEdited((f) => (f.encrypted.nonce = toBase64Url(new Uint8Array(16)))), 'tampered', 'crypto.badEncoding'));
  it('11. a bit flipped in the ephemeral key', () =>
    expectRefused(readEdited((f) => (f.encrypted.ephemeralPublicKey = flipBitIn(f.encrypted.ephemeralPublicKey, 9))), 'tampered', 'crypto.decryptionFailed'));
  it('12. an all-zero (low-order) ephemeral key', () =>
    expectRefused(readEdited((f) => (f.encrypted.ephemeralPublicKey = toBase64Url(new Uint8Array(32)))), 'tampered', 'crypto.decryptionFailed'));
  it('13. the ciphertext of one file under the header of another', () =>
    expectRefused(readEdited((f) => (f.encrypted.ciphertext = secondEncryption.encrypted.ciphertext)), 'tampered', 'crypto.decryptionFailed'));
  it('14. the ephemeral key and nonce of another file', () => {
    const { ephemeralPublicKey, nonce } = secondEncryption.encrypted;
    expectRefused(readEdited((f) => (f.encrypted = { ...f.encrypted, ephemeralPublicKey, nonce })), 'tampered');
  });
  it('15. the outer format changed', () => expectRefused(readEdited((f) => (f.format = 'review-desk/session')), 'wrongFormat'));
  it('16. the outer formatVersion raised', () => expectRefused(readEdited((f) => (f.formatVersion = 2)), 'newerFormat'));
  it('17. an unknown scheme', () =>
    expectRefused(readEdited((f) => (f.encrypted.scheme = 'x25519-chacha20poly1305')), 'unreadable', 'crypto.unknownScheme'));
  it('18. the nonce missing', () =>
    expectRefused(readEdited((f) => delete (f.encrypted as Partial<EncryptedEnvelope['encrypted']>).nonce), 'unreadable', 'crypto.malformed'));
  it('19. an extra field next to the encrypted block', () =>
    expectRefused(readEdited((f) => (f.signer = signed.signer)), 'unreadable', 'crypto.malformed'));
  it('20. a forged signed object sealed to the office (anyone can encrypt to it)', () => {
    const forged = { ...copyOf(signed), payload: samplePayload({ sequence: 7 }) };
    expectRefused(readScores(fileBytes(sealToOffice(canonicalJson(forged))), office), 'tampered', 'crypto.badSignature');
  });
  it('21. a validly signed file of another kind sealed inside a scores envelope', () => {
    const session = signEnvelope('review-desk/session', 1, {}, expert);
    expectRefused(readScores(fileBytes(sealToOffice(canonicalJson(session))), office), 'tampered', 'crypto.innerMismatch');
  });
  it('22. a valid signed file sealed as non-canonical text', () =>
    expectRefused(readScores(fileBytes(sealToOffice(JSON.stringify(signed, null, 1))), office), 'tampered', 'crypto.innerMismatch'));
  it('23. an encrypted file sealed inside another', () =>
    expectRefused(readScores(fileBytes(sealToOffice(canonicalJson(encrypted))), office), 'tampered', 'crypto.innerMismatch'));
  it('24. sealed garbage', () =>
    expectRefused(readScores(fileBytes(sealToOffice('not json')), office), 'tampered', 'crypto.innerMismatch'));
  it('25. the ciphertext not base64url', () =>
    expectRefused(readEdited((f) => (f.encrypted.ciphertext = `${f.encrypted.ciphertext}=`)), 'tampered', 'crypto.badEncoding'));
  it('26. the ephemeral key of the wrong length', () =>
    expectRefused(readEdited((f) => (f.encrypted.ephemeralPublicKey = toBase64Url(new Uint8Array(31)))), 'tampered', 'crypto.badEncoding'));
});
