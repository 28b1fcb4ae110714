import { describe, expect, it } from 'vitest';
import { newSeed } from '../../../shared/crypto/keys';
import { signerFromSeed } from '../../../shared/crypto/signer';
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { buildScoresFile } from '../../../shared/files/scores-file';
import { readSessionFile, buildSessionFile, type SessionPayloadInput } from '../../../shared/files/session-file';
import { demoSessionPayload } from '../../../shared/demo/demo-session-payload';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import { toBase64Url } from '../../../shared/crypto/base64url';

const officeKey = signerFromSeed(newSeed());

function sessionPayload(): SessionPayloadInput {
  const office = { name: '示例省文化和旅游厅示范县创建办公室', fingerprint: officeKey.fingerprint, encryptionKey: toBase64Url(officeKey.x25519PublicKey) };
  return demoSessionPayload(buildDemoSession(), { office, enrolled: new Map(), createdAt: '2026-11-27T10:00:00Z' });
}

describe('session file (the signed session.json)', () => {
  it('round trips the demo session and names the office key', () => {
    const built = buildSessionFile(sessionPayload(), officeKey);
    const read = readSessionFile(built.bytes);
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.file.signerFingerprint).toBe(officeKey.fingerprint);
    expect(read.file.exportHash).toBe(built.exportHash);
    expect(read.file.payload.roster).toHaveLength(7);
    expect(read.file.payload.recusalSuggestions).toEqual([{ expertId: 'E3', applicationId: 'A08', reason: 'sameCity' }]);
    expect(fingerprintOf(read.file.payload.standard)).toBe(read.file.payload.standardFingerprint);
  });

  it('refuses a changed byte as tampered', () => {
    const { text } = buildSessionFile(sessionPayload(), officeKey);
    const changed = new TextEncoder().encode(text.replace('示例省第二批', '示例省第三批'));
    const read = readSessionFile(changed);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.code).toBe('tampered');
  });

  it('refuses a scores file offered as a session file', () => {
    const scores = buildScoresFile(
      { sessionId: 'S', standardFingerprint: '0'.repeat(64), expertId: 'E1', sequence: 1, previousHash: null, createdAt: '', sheets: [] },
      officeKey,
    );
    const read = readSessionFile(scores.bytes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.code).toBe('wrongFormat');
  });
});
