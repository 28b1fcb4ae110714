import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../shared/crypto/base64url';
import type { EnvelopeFailureCode, EnvelopeResult, SignedEnvelope } from '../../../shared/crypto/envelope-types';
import { publicKeyFingerprint } from '../../../shared/crypto/keys';
import { signEnvelope, verifyEnvelope } from '../../../shared/crypto/signed-envelope';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { copyOf, expert, fileBytes, flipBitIn, flipHex, otherExpert, readScores, samplePayload, SCORES, signScores } from './envelope-fixtures';

function expectRefused(result: EnvelopeResult, code: EnvelopeFailureCode, problemCode?: string): void {
  expect(result.ok ? 'ok' : result.code).toBe(code);
  if (!result.ok && problemCode !== undefined) expect(result.problem.code).toBe(problemCode);
}

/** Reads `signed` after `edit` changed a copy of it, as a canonical file. */
const readEdited = (signed: SignedEnvelope, edit: (copy: SignedEnvelope & Record<string, unknown>) => void): EnvelopeResult => {
  const copy = copyOf(signed) as SignedEnvelope & Record<string, unknown>;
  edit(copy);
  return readScores(fileBytes(copy));
};

describe('signed envelope: round trip', () => {
  it('verifies what it signed, with the signer, the payload and the export hash of README.md', () => {
    const signed = signScores();
    const bytes = fileBytes(signed);
    const result = readScores(bytes);
    if (!result.ok) throw new Error(result.code);
    expect(result.payload).toEqual(samplePayload());
    expect(result.signerFingerprint).toBe(expert.fingerprint);
    expect(result.signerFingerprint).toBe(bytesToHex(sha256(expert.publicKey)));
    expect(result.signerPublicKey).toBe(toBase64Url(expert.publicKey));
    expect(result.encrypted).toBe(false);
    // The canonical file is the signed object, so its export hash is the SHA-256 of its bytes.
    expect(result.exportHash).toBe(bytesToHex(sha256(bytes)));
    expect(result.exportHash).toBe(bytesToHex(sha256(utf8ToBytes(canonicalJson(signed)))));
  });

  it('signs the canonical JSON of {format, formatVersion, signer, payload} with plain Ed25519', () => {
    const signed = signScores();
    const { signature, ...unsigned } = signed;
    const message = utf8ToBytes(canonicalJson(unsigned));
    expect(ed25519.verify(Buffer.from(signature, 'base64url'), message, expert.publicKey)).toBe(true);
  });

  it('verifies a parsed value whatever its key order (only file text must be canonical)', () => {
    const signed = signScores();
    const reordered = { signature: signed.signature, payload: signed.payload, signer: signed.signer, formatVersion: 1, format: signed.format };
    expect(verifyEnvelope(reordered, SCORES).ok).toBe(true);
  });

  it('normalises the payload through JSON before signing (undefined fields dropped)', () => {
    const signed = signEnvelope('review-desk/test', 1, { kept: 1, dropped: undefined }, expert);
    expect(signed.payload).toEqual({ kept: 1 });
    expect(verifyEnvelope(signed, { format: 'review-desk/test', formatVersion: 1 }).ok).toBe(true);
  });

  it('accepts an older formatVersion and says which', () => {
    const signed = signEnvelope('review-desk/test', 1, {}, expert);
    const result = verifyEnvelope(signed, { format: 'review-desk/test', formatVersion: 3 });
    expect(result.ok && result.formatVersion).toBe(1);
  });
});

describe('signed envelope: refusals', () => {
  const signed = signScores();
  const other = signScores(samplePayload({ expertId: 'expert-02', sequence: 2 }), otherExpert);

  it('1. a bit flipped in the signature', () =>
    expectRefused(readEdited(signed, (f) => (f.signature = flipBitIn(f.signature, 77))), 'tampered', 'crypto.badSignature'));
  it('2. a bit flipped in the signature\'s last byte', () =>
    expectRefused(readEdited(signed, (f) => (f.signature = flipBitIn(f.signature, 511))), 'tampered'));
  it('3. a score changed in the payload', () =>
    expectRefused(readEdited(signed, (f) => (f.payload = { ...samplePayload(), sequence: 9 })), 'tampered', 'crypto.badSignature'));
  it('4. a character of the payload\'s Chinese text changed', () =>
    expectRefused(readEdited(signed, (f) => (f.payload = JSON.parse(JSON.stringify(f.payload).replace('挂职', '任职')) as unknown)), 'tampered'));
  it('5. a bit flipped in the signer\'s public key', () =>
    expectRefused(readEdited(signed, (f) => (f.signer.publicKey = flipBitIn(f.signer.publicKey, 3))), 'tampered', 'crypto.fingerprintMismatch'));
  it('6. the signer\'s key replaced, fingerprint recomputed to match', () =>
    expectRefused(
      readEdited(signed, (f) => (f.signer = { publicKey: toBase64Url(otherExpert.publicKey), fingerprint: otherExpert.fingerprint })),
      'tampered',
      'crypto.badSignature',
    ));
  it('7. a digit of the fingerprint changed', () =>
    expectRefused(readEdited(signed, (f) => (f.signer.fingerprint = flipHex(f.signer.fingerprint, 10))), 'tampered', 'crypto.fingerprintMismatch'));
  it('8. the fingerprint in upper case', () =>
    expectRefused(readEdited(signed, (f) => (f.signer.fingerprint = f.signer.fingerprint.toUpperCase())), 'tampered', 'crypto.fingerprintMismatch'));
  it('9. the payload of one file with the signature of another', () =>
    expectRefused(readEdited(signed, (f) => (f.signature = other.signature)), 'tampered', 'crypto.badSignature'));
  it('10. the signer of one file with the payload and signature of another', () =>
    expectRefused(readEdited(other, (f) => (f.signer = copyOf(signed.signer))), 'tampered', 'crypto.badSignature'));
  it('11. the signer\'s key of one file with the fingerprint of another', () =>
    expectRefused(readEdited(signed, (f) => (f.signer.fingerprint = other.signer.fingerprint)), 'tampered', 'crypto.fingerprintMismatch'));
  it('12. the signature is not base64url', () =>
    expectRefused(readEdited(signed, (f) => (f.signature = f.signature.replace(/^./, '+'))), 'tampered', 'crypto.badEncoding'));
  it('13. the signature is one byte short', () =>
    expectRefused(readEdited(signed, (f) => (f.signature = toBase64Url(Buffer.from(f.signature, 'base64url').subarray(1)))), 'tampered', 'crypto.badEncoding'));
  it('14. the signature in a second spelling of the same bytes (non-zero padding bits)', () => {
    const last = signed.signature.at(-1) ?? 'A';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(last) ^ 1] ?? 'A'; // 64 bytes end in 4 spare bits: flip the lowest
    expectRefused(readEdited(signed, (f) => (f.signature = f.signature.slice(0, -1) + sibling)), 'tampered', 'crypto.badEncoding');
  });
  it('15. a signer key of small order with the trivial signature that fits every message', () => {
    const identity = ed25519.Point.ZERO.toBytes();
    const forged: SignedEnvelope = {
      ...signed,
      signer: { publicKey: toBase64Url(identity), fingerprint: publicKeyFingerprint(identity) },
      signature: toBase64Url(new Uint8Array([...identity, ...new Uint8Array(32)])),
    };
    expectRefused(readScores(fileBytes(forged)), 'tampered', 'crypto.weakKey');
  });
  it('16. the signature missing', () =>
    expectRefused(readEdited(signed, (f) => delete (f as Partial<SignedEnvelope>).signature), 'unreadable', 'crypto.malformed'));
  it('17. the payload missing', () =>
    expectRefused(readEdited(signed, (f) => delete (f as Partial<SignedEnvelope>).payload), 'unreadable', 'crypto.malformed'));
  it('18. the signer missing', () =>
    expectRefused(readEdited(signed, (f) => delete (f as Partial<SignedEnvelope>).signer), 'unreadable', 'crypto.malformed'));
  it('19. an extra field the signature does not cover', () =>
    expectRefused(readEdited(signed, (f) => (f.note = 'hi')), 'unreadable', 'crypto.malformed'));
  it('20. an extra field in the signer', () =>
    expectRefused(readEdited(signed, (f) => ((f.signer as Record<string, unknown>).name = '张三')), 'unreadable', 'crypto.malformed'));
  it('21. another kind of file', () =>
    expectRefused(readEdited(signed, (f) => (f.format = 'review-desk/session')), 'wrongFormat', 'crypto.wrongFormat'));
  it('22. a file signed as another kind, read as scores', () =>
    expectRefused(readScores(fileBytes(signEnvelope('review-desk/session', 1, samplePayload(), expert))), 'wrongFormat'));
  it('23. no format tag at all', () =>
    expectRefused(readEdited(signed, (f) => delete (f as Partial<SignedEnvelope>).format), 'unreadable', 'crypto.notOurFile'));
  it('24. a newer formatVersion (even correctly signed)', () =>
    expectRefused(readScores(fileBytes(signEnvelope(SCORES.format, 2, samplePayload(), expert))), 'newerFormat', 'crypto.newerFormat'));
  it('25. formatVersion 0', () => expectRefused(readEdited(signed, (f) => (f.formatVersion = 0)), 'unreadable', 'crypto.badFormatVersion'));
  it('26. formatVersion as text', () =>
    expectRefused(readEdited(signed, (f) => ((f as Record<string, unknown>).formatVersion = '1')), 'unreadable', 'crypto.badFormatVersion'));
  it('27. formatVersion 1.5', () =>
    expectRefused(readEdited(signed, (f) => (f.formatVersion = 1.5)), 'unreadable', 'crypto.badFormatVersion'));
  it('28. formatVersion lowered on a file signed as version 2', () => {
    const v2 = signEnvelope(SCORES.format, 2, samplePayload(), expert);
    expectRefused(readEdited(v2, (f) => (f.formatVersion = 1)), 'tampered', 'crypto.badSignature');
  });
});
