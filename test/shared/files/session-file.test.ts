import { describe, expect, it } from 'vitest';
import { newSeed } from '../../../shared/crypto/keys';
import { signerFromSeed } from '../../../shared/crypto/signer';
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { buildScoresFile } from '../../../shared/files/scores-file';
import { readSessionFile, buildSessionFile, type SessionPayloadInput } from '../../../shared/files/session-file';
import { suggestRecusals } from '../../../shared/files/recusal-suggestions';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import { toBase64Url } from '../../../shared/crypto/base64url';

const office = signerFromSeed(newSeed());

function demoSessionPayload(): SessionPayloadInput {
  const demo = buildDemoSession();
  const roster = demo.experts.map((e) => ({ expertId: e.id, name: e.name, organisation: e.organisation, title: e.title, city: e.city, keyFingerprint: null }));
  return {
    sessionId: 'S-2026-2',
    name: demo.session.name,
    stage: demo.session.stage,
    batch: 2,
    standard: demo.standard,
    standardFingerprint: fingerprintOf(demo.standard),
    office: { name: '示例省文化和旅游厅示范县创建办公室', fingerprint: office.fingerprint, encryptionKey: toBase64Url(office.x25519PublicKey) },
    roster,
    assignments: Object.fromEntries(demo.applications.map((a) => [a.id, demo.experts.map((e) => e.id)])),
    recusalSuggestions: suggestRecusals(roster, demo.applications),
    applications: demo.applications.map((a) => ({ ...a, documents: [] })),
    createdAt: '2026-11-27T10:00:00Z',
  };
}

describe('session file (the signed session.json)', () => {
  it('round trips the demo session and names the office key', () => {
    const built = buildSessionFile(demoSessionPayload(), office);
    const read = readSessionFile(built.bytes);
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.file.signerFingerprint).toBe(office.fingerprint);
    expect(read.file.exportHash).toBe(built.exportHash);
    expect(read.file.payload.roster).toHaveLength(7);
    expect(read.file.payload.recusalSuggestions).toEqual([{ expertId: 'E3', applicationId: 'A08', reason: 'sameCity' }]);
    expect(fingerprintOf(read.file.payload.standard)).toBe(read.file.payload.standardFingerprint);
  });

  it('refuses a changed byte as tampered', () => {
    const { text } = buildSessionFile(demoSessionPayload(), office);
    const changed = new TextEncoder().encode(text.replace('示例省第二批', '示例省第三批'));
    const read = readSessionFile(changed);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.code).toBe('tampered');
  });

  it('refuses a scores file offered as a session file', () => {
    const scores = buildScoresFile(
      { sessionId: 'S', standardFingerprint: '0'.repeat(64), expertId: 'E1', sequence: 1, previousHash: null, createdAt: '', sheets: [] },
      office,
    );
    const read = readSessionFile(scores.bytes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.code).toBe('wrongFormat');
  });
});
