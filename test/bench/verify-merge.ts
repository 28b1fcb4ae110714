// V2 "verify + merge" on W2's data: 25 experts' signed scores files (each that expert's 500 sheets × 120
// leaves, one export, signed with a key from a fixed seed) and a roster enrolling the 25 keys. Timed: read
// and verify every file (readScoresFile: UTF-8, JSON, canonical form, signature, schema), classifyBatch
// against the roster, and mergedSheets of the resulting state — what the office does when the files come
// in. Peer: decoding the same bytes as UTF-8 and JSON.parse, all 25 files. Target ≤ 3.0×.
import { createHash } from 'node:crypto';
import { nodeCrypto } from '../../electron/crypto/node-crypto';
import { signerFromSeed } from '../../shared/crypto/signer';
import { buildScoresFile, readScoresFile } from '../../shared/files/scores-file';
import { classifyBatch } from '../../shared/office/classify-import';
import { mergedSheets } from '../../shared/office/merge';
import { EMPTY_OFFICE_STATE } from '../../shared/office/office-state';
import type { Roster } from '../../shared/office/roster';
import type { VerifiedScoresFile } from '../../shared/office/verified-scores-file';
import type { ScoreSheet } from '../../shared/scoring/score-sheet';
import { fingerprintOf } from '../../shared/util/fingerprint';
import { w2Session } from './aggregate-rank';
import { median, passes, say, timeMs, verdict, type BenchWorkload } from './timing';

const TARGET = 3.0;
const RUNS = 5;
const SESSION_ID = 'bench-w2';

interface Prepared {
  files: Uint8Array[];
  roster: Roster;
  sheets: number;
}

function prepare(): Prepared {
  const session = w2Session();
  const standardFingerprint = fingerprintOf(session.standard);
  const roster: Roster = { sessionId: SESSION_ID, standardFingerprint, experts: [] };
  const files = session.experts.map((expert) => {
    // A fixed seed per expert: the same files, byte for byte, every run.
    const signer = signerFromSeed(createHash('sha256').update(`review-desk bench expert ${expert.id}`).digest());
    roster.experts.push({ id: expert.id, name: expert.name, keyFingerprint: signer.fingerprint });
    const sheets = session.sheets.filter((sheet) => sheet.expertId === expert.id);
    const payload = { sessionId: SESSION_ID, standardFingerprint, expertId: expert.id, sequence: 1, previousHash: null, createdAt: '2026-11-27T09:00:00+08:00', sheets };
    return buildScoresFile(payload, signer).bytes;
  });
  return { files, roster, sheets: session.sheets.length };
}

interface Stages {
  verify: number;
  classify: number;
  merge: number;
}

/** The office's path, stage by stage; throws if any file is not verified and accepted. */
function verifyAndMerge({ files, roster }: Prepared, stages?: Stages): ScoreSheet[] {
  let start = performance.now();
  const verified: VerifiedScoresFile[] = files.map((bytes, index) => {
    // As the office reads them (electron/office/verify-scores-bytes.ts): with Node's native primitives.
    const read = readScoresFile(bytes, { crypto: nodeCrypto });
    if (!read.ok) throw new Error(`scores file ${index} refused: ${read.code} ${read.problem.code}`);
    const { exportHash, signerFingerprint, payload } = read.file;
    return { exportHash, signerFingerprint, payload };
  });
  let now = performance.now();
  if (stages) stages.verify = now - start;
  start = now;
  const batch = classifyBatch(EMPTY_OFFICE_STATE, verified, roster);
  if (batch.report.counts.accepted !== files.length) throw new Error(`not every file accepted: ${JSON.stringify(batch.report.counts)}`);
  now = performance.now();
  if (stages) stages.classify = now - start;
  start = now;
  const sheets = mergedSheets(batch.state);
  if (stages) stages.merge = performance.now() - start;
  return sheets;
}

function parseAll(files: readonly Uint8Array[]): unknown[] {
  const decoder = new TextDecoder();
  return files.map((bytes) => JSON.parse(decoder.decode(bytes)) as unknown);
}

export const verifyMerge: BenchWorkload = {
  id: 'verify-merge',
  run: () => {
    const prepareStart = performance.now();
    const prepared = prepare();
    const prepareMs = performance.now() - prepareStart;
    const bytes = prepared.files.reduce((sum, file) => sum + file.byteLength, 0);
    const merged = verifyAndMerge(prepared);
    if (merged.length !== prepared.sheets) throw new Error(`merged ${merged.length} sheets, expected ${prepared.sheets}`);
    // Warm both paths (one run each above and here), then alternate so drift in the machine hits both alike.
    parseAll(prepared.files);
    const parseTimes: number[] = [];
    const officeTimes: number[] = [];
    const stageRuns: Stages[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      parseTimes.push(timeMs(() => parseAll(prepared.files)));
      const stages: Stages = { verify: 0, classify: 0, merge: 0 };
      officeTimes.push(timeMs(() => verifyAndMerge(prepared, stages)));
      stageRuns.push(stages);
    }
    const parseMs = median(parseTimes);
    const officeMs = median(officeTimes);
    const ratio = officeMs / parseMs;
    const stage = (key: keyof Stages): string => median(stageRuns.map((stages) => stages[key])).toFixed(0);
    say(
      `V2 verify + merge (W2 data): ${prepared.files.length} signed scores files, ${prepared.sheets} sheets, ` +
        `${(bytes / 1e6).toFixed(1)} MB (built and signed in ${(prepareMs / 1000).toFixed(1)} s)\n` +
        `  read + verify + classifyBatch + mergedSheets ${officeMs.toFixed(0)} ms ` +
        `(verify ${stage('verify')}, classify ${stage('classify')}, merge ${stage('merge')}) ` +
        `vs UTF-8 decode + JSON.parse ${parseMs.toFixed(0)} ms → ${verdict(ratio, TARGET)}`,
    );
    return Promise.resolve(passes(ratio, TARGET));
  },
};
