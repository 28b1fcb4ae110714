// Keys, rosters, scores files and temp folders for the expert/office/sync tests. Keys come from fixed seeds
// (fast, repeatable); the two-devices test uses real key stores instead.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { recipientFromSigningKey } from '../../../shared/crypto/encrypted-envelope';
import { signerFromSeed, type Signer } from '../../../shared/crypto/signer';
import { buildScoresFile, type BuiltScoresFile } from '../../../shared/files/scores-file';
import type { Roster } from '../../../shared/office/roster';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import { scoredSheet } from '../../shared/office/scores-files';

export const SESSION_ID = 'S-2026-02';
export const STANDARD_FINGERPRINT = fingerprintOf('sample standard');
/** The audit log's clock, fixed so two runs of the same import write the same bytes. */
export const FIXED_NOW = (): Date => new Date('2026-11-27T02:00:00.000Z');

const seeded = (n: number): Signer => signerFromSeed(new Uint8Array(32).fill(n));
export const OFFICE = seeded(1);
export const OTHER_OFFICE = seeded(2);
export const E1 = seeded(11);
export const E2 = seeded(12);
export const STRANGER = seeded(99);
export const TO_OFFICE = recipientFromSigningKey(OFFICE.publicKey);
export const TO_OTHER_OFFICE = recipientFromSigningKey(OTHER_OFFICE.publicKey);

/** E1 and E2 enrolled; E3 on the roster without a key yet. */
export const ROSTER: Roster = {
  sessionId: SESSION_ID,
  standardFingerprint: STANDARD_FINGERPRINT,
  experts: [
    { id: 'E1', name: '张明华', keyFingerprint: E1.fingerprint },
    { id: 'E2', name: '李秀英', keyFingerprint: E2.fingerprint },
    { id: 'E3', name: '王建国', keyFingerprint: null },
  ],
};

/** One scored sheet for indicator 1.1, as the office tests build them. */
export const sheet = scoredSheet;

export interface ScoresSpec {
  expertId: string;
  sequence: number;
  previousHash?: string | null;
  points?: number;
  signer?: Signer;
  sessionId?: string;
  standardFingerprint?: string;
  encrypt?: boolean;
  encryptToOther?: boolean;
}

export function scoresFile(spec: ScoresSpec): BuiltScoresFile {
  const signer = spec.signer ?? (spec.expertId === 'E2' ? E2 : E1);
  const payload = {
    sessionId: spec.sessionId ?? SESSION_ID,
    standardFingerprint: spec.standardFingerprint ?? STANDARD_FINGERPRINT,
    expertId: spec.expertId,
    sequence: spec.sequence,
    previousHash: spec.previousHash ?? null,
    createdAt: '2026-11-27T10:00:00+08:00',
    sheets: [sheet(spec.expertId, 'A01', spec.points ?? spec.sequence), sheet(spec.expertId, 'A02', 5)],
  };
  const encryptTo = spec.encryptToOther ? TO_OTHER_OFFICE : spec.encrypt ? TO_OFFICE : undefined;
  return buildScoresFile(payload, signer, encryptTo ? { encryptTo } : {});
}

/**
 * Flips one bit inside the value of a base64url field (the signature, or the ciphertext): the case bit of
 * the first letter from the 10th character on, so the text stays JSON and the field stays base64url (the
 * file reads, and fails only at the signature or the decryption), whatever random bytes encryption chose.
 */
export function flipInField(file: BuiltScoresFile, field: 'signature' | 'ciphertext'): Uint8Array {
  const start = file.text.indexOf(`"${field}":"`);
  if (start < 0) throw new Error(`no ${field} in the file`);
  let at = start + field.length + 4 + 10;
  while (!/[A-Za-z]/.test(file.text[at] ?? '')) at += 1;
  const copy = Uint8Array.from(file.bytes);
  copy[at] = (copy[at] ?? 0) ^ 0x20;
  return copy;
}

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

export async function tempDir(prefix = 'review-desk-exchange-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Writes each file into a fresh folder and returns the paths, in order. */
export async function filesOnDisk(files: ReadonlyArray<readonly [string, Uint8Array]>): Promise<string[]> {
  const dir = await tempDir('review-desk-incoming-');
  const paths: string[] = [];
  for (const [name, bytes] of files) {
    const path = join(dir, name);
    await writeFile(path, bytes);
    paths.push(path);
  }
  return paths;
}
