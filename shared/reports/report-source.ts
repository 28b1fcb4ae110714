// What every report is made from: the panel's inputs (session facts, standard, applications, experts, the
// merged score sheets, assignments, quota settings) and which signed export each expert's sheets came from.
// The data fingerprint printed in every report's footer is the SHA-256 of this source together with the
// results computed from it, in canonical JSON (RFC 8785), so anyone holding the session data can recompute
// it (`npm run cli -- verify-report`) and tell whether a printed or saved report was made from that data.
import { z } from 'zod';
import type { PanelResults } from '../panel/results';
import { runPanel, type PanelInput } from '../panel/run-panel';
import type { ScoreSheet } from '../scoring/score-sheet';
import { fingerprintOf } from '../util/fingerprint';

export const REPORT_DATA_FORMAT = 'review-desk/report-data';
export const REPORT_DATA_FORMAT_VERSION = 1;

/** The signed scores file an expert's sheets in this report came from. */
export const expertExportSchema = z.object({
  expertId: z.string().min(1),
  /** SHA-256 of the signed export (the `.rdscores` signed object), lowercase hex. */
  exportHash: z.string().regex(/^[0-9a-f]{64}$/),
  sequence: z.number().int().nonnegative(),
  /** The expert's key fingerprint that signed it. */
  signerFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ExpertExport = z.infer<typeof expertExportSchema>;

export interface ReportSource extends PanelInput {
  sessionId: string;
  /** One per expert whose sheets came from a verified signed export; absent for sheets made otherwise. */
  exports: readonly ExpertExport[];
}

export interface ReportData {
  source: ReportSource;
  results: PanelResults;
  /** SHA-256 (hex) of the canonical {format, source, results}: the fingerprint in every report's footer. */
  dataFingerprint: string;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The same data in one order whatever order sheets and exports arrived in, so the fingerprint depends on content only. */
function normalised(source: ReportSource): ReportSource {
  const sheets: ScoreSheet[] = [...source.sheets].sort(
    (a, b) => compareText(a.applicationId, b.applicationId) || compareText(a.expertId, b.expertId),
  );
  const exports = [...source.exports].sort((a, b) => compareText(a.expertId, b.expertId));
  return { ...source, sheets, exports };
}

export function reportDataOf(source: ReportSource): ReportData {
  const normal = normalised(source);
  const results = runPanel(normal);
  return { source: normal, results, dataFingerprint: dataFingerprintOf(normal, results) };
}

function dataFingerprintOf(source: ReportSource, results: PanelResults): string {
  // JSON round trip: canonical JSON has no `undefined`; optional fields left undefined are dropped the same
  // way whether the source was built in memory or read back from a file.
  const plain: unknown = JSON.parse(JSON.stringify({ format: REPORT_DATA_FORMAT, formatVersion: REPORT_DATA_FORMAT_VERSION, source, results }));
  return fingerprintOf(plain);
}
