// The demo as a report source: the demo session's panel input plus a signed export per expert, made with
// keys derived from each expert's id. The keys are public knowledge (the derivation is in this file), so
// the exports prove nothing about anyone: they exist so the demo's reports show what a real session's
// reports show — which signed file each expert's sheets came from — and stay the same on every machine.
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { signerFromSeed } from '../crypto/signer';
import { buildScoresFile } from '../files/scores-file';
import type { ExpertExport, ReportSource } from '../reports/report-source';
import { fingerprintOf } from '../util/fingerprint';
import { buildDemoSession } from './build-demo-session';
import { DEMO_SESSION_ID } from './demo-session-payload';

/** When the demo's experts exported, Beijing time. */
const DEMO_EXPORTED_AT = '2026-11-20T17:30:00+08:00';

export function buildDemoReportSource(): ReportSource {
  const demo = buildDemoSession();
  const standardFingerprint = fingerprintOf(demo.standard);
  const exports: ExpertExport[] = demo.experts.map((expert) => {
    const signer = signerFromSeed(sha256(utf8ToBytes(`review-desk demo expert key ${expert.id}`)));
    const built = buildScoresFile(
      {
        sessionId: DEMO_SESSION_ID,
        standardFingerprint,
        expertId: expert.id,
        sequence: 1,
        previousHash: null,
        createdAt: DEMO_EXPORTED_AT,
        sheets: demo.sheets.filter((sheet) => sheet.expertId === expert.id),
      },
      signer,
    );
    return { expertId: expert.id, exportHash: built.exportHash, sequence: 1, signerFingerprint: signer.fingerprint };
  });
  return { ...demo, sessionId: DEMO_SESSION_ID, exports };
}
