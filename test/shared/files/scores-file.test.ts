import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { recipientFromSigningKey } from '../../../shared/crypto/encrypted-envelope';
import { signEnvelope } from '../../../shared/crypto/signed-envelope';
import {
  buildScoresFile,
  readScoresFile,
  SCORES_FILE_MAX_BYTES,
  type ScoresFileResult,
  type ScoresPayloadInput,
} from '../../../shared/files/scores-file';
import { SCORES_FORMAT, SCORES_FORMAT_VERSION } from '../../../shared/files/scores-payload';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { expert, office, otherOffice, samplePayload } from '../crypto/envelope-fixtures';

const toOffice = { encryptTo: recipientFromSigningKey(office.publicKey) };

function refusal(result: ScoresFileResult): string {
  return result.ok ? 'ok' : `${result.code} ${result.problem.code}`;
}

describe('scores file: round trip', () => {
  it('reads back the payload, signer and export hash it was built with', () => {
    const built = buildScoresFile(samplePayload(), expert);
    expect(built.text).toBe(new TextDecoder().decode(built.bytes));
    expect(built.exportHash).toBe(bytesToHex(sha256(built.bytes)));
    const result = readScoresFile(built.bytes);
    if (!result.ok) throw new Error(refusal(result));
    expect(result.file).toEqual({
      exportHash: built.exportHash,
      signerFingerprint: expert.fingerprint,
      signerPublicKey: Buffer.from(expert.publicKey).toString('base64url'),
      payload: samplePayload(),
      encrypted: false,
    });
  });

  it('encrypted to the office: the same export hash, opened only with the office key', () => {
    const plain = buildScoresFile(samplePayload(), expert);
    const sealed = buildScoresFile(samplePayload(), expert, toOffice);
    expect(sealed.exportHash).toBe(plain.exportHash);
    expect(sealed.text).not.toContain('expert-01');
    const result = readScoresFile(sealed.bytes, { decryptWith: office });
    expect(result.ok && result.file).toMatchObject({ exportHash: plain.exportHash, payload: samplePayload(), encrypted: true });
    expect(refusal(readScoresFile(sealed.bytes))).toBe('needsKey crypto.needsKey');
    expect(refusal(readScoresFile(sealed.bytes, { decryptWith: otherOffice }))).toBe('encryptedForSomeoneElse crypto.encryptedForSomeoneElse');
  });

  it('chains exports: the next export names the previous one\'s hash', () => {
    const first = buildScoresFile(samplePayload(), expert);
    const second = buildScoresFile(samplePayload({ sequence: 2, previousHash: first.exportHash }), expert, toOffice);
    const result = readScoresFile(second.bytes, { decryptWith: office });
    expect(result.ok && result.file.payload.previousHash).toBe(first.exportHash);
  });

  it('signs the payload as the schema reads it (defaults filled in, unknown fields dropped)', () => {
    const sparse: ScoresPayloadInput & { extra: string } = {
      ...samplePayload(),
      extra: 'dropped',
      sheets: [{ expertId: 'expert-01', applicationId: 'a', status: 'scored', values: { '1.1': 3 } }],
    };
    const built = buildScoresFile(sparse, expert);
    expect(built.text).not.toContain('dropped');
    const result = readScoresFile(built.bytes);
    expect(result.ok && result.file.payload.sheets[0]).toEqual({
      expertId: 'expert-01',
      applicationId: 'a',
      status: 'scored',
      values: { '1.1': 3 },
      comments: {},
      opinion: { strengths: '', problems: '', suggestions: '' },
      recommendation: 'undecided',
    });
  });

  it('refuses to build a file from a payload the office would refuse', () => {
    expect(() => buildScoresFile(samplePayload({ sequence: 0 }), expert)).toThrow();
  });
});

describe('scores file: refusals', () => {
  it('a correctly signed payload that fails the schema is unreadable, with every finding', () => {
    const bad = { ...samplePayload(), sequence: 0, standardFingerprint: 'not-a-hash' };
    const bytes = utf8ToBytes(canonicalJson(signEnvelope(SCORES_FORMAT, SCORES_FORMAT_VERSION, bad, expert)));
    const result = readScoresFile(bytes);
    expect(refusal(result)).toBe('unreadable crypto.payloadInvalid');
    if (result.ok) return;
    expect(result.problem.where).toMatch(/^payload\./);
    expect(result.details?.map((p) => p.where).sort()).toEqual(['sequence', 'standardFingerprint']);
    expect(describeProblem('zh-CN', result.problem)).toContain('签名有效');
  });

  it('a signed payload that is not an object at all', () => {
    const bytes = utf8ToBytes(canonicalJson(signEnvelope(SCORES_FORMAT, SCORES_FORMAT_VERSION, [1, 2], expert)));
    expect(refusal(readScoresFile(bytes))).toBe('unreadable crypto.payloadInvalid');
  });

  it('input above 200 MB, refused before it is decoded', () => {
    expect(SCORES_FILE_MAX_BYTES).toBe(200 * 1024 * 1024);
    const huge = new Uint8Array(SCORES_FILE_MAX_BYTES + 1).fill(0x20);
    const result = readScoresFile(huge);
    expect(refusal(result)).toBe('unreadable crypto.tooLarge');
    if (!result.ok) expect(describeProblem('zh-CN', result.problem)).toContain('200.0 MB');
  });

  it('a file of exactly the limit is read', () => {
    const built = buildScoresFile(samplePayload(), expert);
    expect(readScoresFile(built.bytes, { maxBytes: built.bytes.length }).ok).toBe(true);
    expect(refusal(readScoresFile(built.bytes, { maxBytes: built.bytes.length - 1 }))).toBe('unreadable crypto.tooLarge');
  });

  it('an empty file, bytes that are not JSON, a session file', () => {
    expect(refusal(readScoresFile(new Uint8Array(0)))).toBe('unreadable crypto.empty');
    expect(refusal(readScoresFile(utf8ToBytes('评分')))).toBe('unreadable crypto.notJson');
    const session = utf8ToBytes(canonicalJson(signEnvelope('review-desk/session', 1, {}, office)));
    expect(refusal(readScoresFile(session))).toBe('wrongFormat crypto.wrongFormat');
  });

  it('every refusal reads as a sentence in both languages', () => {
    const result = readScoresFile(buildScoresFile(samplePayload(), expert, toOffice).bytes, { decryptWith: otherOffice });
    if (result.ok) throw new Error('accepted');
    expect(describeProblem('zh-CN', result.problem)).toMatch(/不是本机的密钥/);
    expect(describeProblem('en-US', result.problem)).toMatch(/not to this computer's key/);
    expect(describeProblem('en-US', result.problem)).toContain(office.fingerprint.slice(0, 4).toUpperCase());
  });
});
