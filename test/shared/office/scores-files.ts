// Hand-built verified scores files for the office tests. The export hash is a stand-in for the real one
// (SHA-256 of the canonical signed object): the fingerprint of the payload and the signer, which has the
// property that matters here — same content, same hash; different content, different hash.
import type { ScoresPayload } from '../../../shared/files/scores-payload';
import type { Roster } from '../../../shared/office/roster';
import type { VerifiedScoresFile } from '../../../shared/office/verified-scores-file';
import type { ScoreSheet } from '../../../shared/scoring/score-sheet';
import { fingerprintOf } from '../../../shared/util/fingerprint';

export const SESSION_ID = 'S-2026-02';
export const STANDARD_FINGERPRINT = fingerprintOf('sample standard');

/** The fingerprint of a made-up key called `name`. */
export const keyOf = (name: string): string => fingerprintOf(`key:${name}`);

/** E1–E3 enrolled with keys `E1`…`E3`; E4 on the roster but not enrolled yet. */
export const ROSTER: Roster = {
  sessionId: SESSION_ID,
  standardFingerprint: STANDARD_FINGERPRINT,
  experts: [
    { id: 'E1', name: '张明华', keyFingerprint: keyOf('E1') },
    { id: 'E2', name: '李秀英', keyFingerprint: keyOf('E2') },
    { id: 'E3', name: '王建国', keyFingerprint: keyOf('E3') },
    { id: 'E4', name: '陈丽', keyFingerprint: null },
  ],
};

export const scoredSheet = (expertId: string, applicationId: string, points: number): ScoreSheet => ({
  expertId,
  applicationId,
  status: 'scored',
  values: { '1.1': points },
  comments: {},
  opinion: { strengths: '', problems: '', suggestions: '' },
  recommendation: 'undecided',
});

export interface FileSpec {
  expertId: string;
  sequence: number;
  previousHash?: string | null;
  /** Makes two exports at one sequence differ. */
  points?: number;
  sheets?: ScoreSheet[];
  signer?: string;
  sessionId?: string;
  standardFingerprint?: string;
}

export function verifiedFile(spec: FileSpec): VerifiedScoresFile {
  const payload: ScoresPayload = {
    sessionId: spec.sessionId ?? SESSION_ID,
    standardFingerprint: spec.standardFingerprint ?? STANDARD_FINGERPRINT,
    expertId: spec.expertId,
    sequence: spec.sequence,
    previousHash: spec.previousHash ?? null,
    createdAt: `2026-11-27T0${spec.sequence % 10}:00:00+08:00`,
    sheets: spec.sheets ?? [scoredSheet(spec.expertId, 'A01', spec.points ?? spec.sequence)],
  };
  const signerFingerprint = keyOf(spec.signer ?? spec.expertId);
  return { exportHash: fingerprintOf({ payload, signerFingerprint }), signerFingerprint, payload };
}

/** An honest expert's exports 1..length, each naming the one before. */
export function chainOf(expertId: string, length: number, points = 0): VerifiedScoresFile[] {
  const chain: VerifiedScoresFile[] = [];
  for (let sequence = 1; sequence <= length; sequence += 1) {
    chain.push(verifiedFile({ expertId, sequence, previousHash: chain[sequence - 2]?.exportHash ?? null, points: points + sequence }));
  }
  return chain;
}

/** The n-th element, or a failed test: keeps noUncheckedIndexedAccess honest without `!`. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no element at ${index} (length ${items.length})`);
  return item;
}
