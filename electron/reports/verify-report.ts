// verify-report: recompute the data fingerprint from the session data and compare it with the one a report
// carries (read from the file) or shows (typed from a printed footer).
import { error, type Problem } from '../../shared/problems';
import { reportDataOf, type ReportSource } from '../../shared/reports/report-source';
import { parseTypedFingerprint, readReportFingerprint, type ReportFingerprintRead } from './report-fingerprint-reader';

export type ReportToVerify = { kind: 'file'; path: string } | { kind: 'fingerprint'; value: string };

export type ReportVerification =
  | { ok: true; matches: boolean; reportFingerprint: string; dataFingerprint: string }
  | { ok: false; problems: Problem[] };

/** The fingerprint the report claims, or why it cannot be read. */
async function claimedFingerprint(report: ReportToVerify, readFingerprint: (path: string) => Promise<ReportFingerprintRead>): Promise<ReportFingerprintRead> {
  if (report.kind === 'file') return readFingerprint(report.path);
  const typed = parseTypedFingerprint(report.value);
  return typed === null ? { ok: false, problem: error('report.verify.badFingerprint', 'fingerprint', { value: report.value }) } : { ok: true, fingerprint: typed };
}

/**
 * `dataFingerprint` may be passed when several reports are checked against one source (it takes a panel run);
 * `readFingerprint` reads a report file (the host passes one that reads it in the isolated worker).
 */
export async function verifyReport(
  source: ReportSource,
  report: ReportToVerify,
  dataFingerprint?: string,
  readFingerprint: (path: string) => Promise<ReportFingerprintRead> = readReportFingerprint,
): Promise<ReportVerification> {
  const claimed = await claimedFingerprint(report, readFingerprint);
  if (!claimed.ok) return { ok: false, problems: [claimed.problem] };
  const expected = dataFingerprint ?? reportDataOf(source).dataFingerprint;
  return { ok: true, matches: claimed.fingerprint === expected, reportFingerprint: claimed.fingerprint, dataFingerprint: expected };
}
