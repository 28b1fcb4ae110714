// Reading the fingerprint a report file carries, as a job of the isolated-worker port: a report handed back
// for checking may have been re-saved by any program, or be any file at all, and the workbook form goes
// through the zip reader. The host side (report-fingerprint-isolated.ts) parses the answer again.
import { z } from 'zod';
import type { IsolatedJob } from '../host/isolated-job-types';
import { readReportFingerprint, type ReportFingerprintRead } from './report-fingerprint-reader';

const inputSchema = z.object({ path: z.string().min(1) }).strict();

/** The job's entry: never throws for a bad file (readReportFingerprint answers with a problem). */
export async function readReportFingerprintJob(input: unknown): Promise<ReportFingerprintRead> {
  return readReportFingerprint(inputSchema.parse(input).path);
}

/** The job as the port runs it: named in the registry (host/isolated-jobs.ts) as `readReportFingerprint`. */
export function reportFingerprintJobOf(path: string): IsolatedJob {
  return { name: 'readReportFingerprint', input: { path } };
}
