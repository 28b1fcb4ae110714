// readReportFingerprint with the file read through the isolated-worker port when it is isolated (Electron: a
// utilityProcess; report-fingerprint-job.ts) and its answer parsed again here; elsewhere in this process, as
// the reading is cheap and bounded.
import { z } from 'zod';
import { error } from '../../shared/problems';
import { detailOf } from '../files/file-error';
import type { IsolatedWorkerPort } from '../host/ports';
import { problemSchema } from '../package/worker-messages';
import { reportFingerprintJobOf } from './report-fingerprint-job';
import { readReportFingerprint, type ReportFingerprintRead } from './report-fingerprint-reader';

/** A report of the largest size we accept is searched in a few seconds; this is for one that never finishes. */
const READ_TIMEOUT_MS = 2 * 60_000;

const answerSchema: z.ZodType<ReportFingerprintRead> = z.union([
  z.object({ ok: z.literal(true), fingerprint: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  z.object({ ok: z.literal(false), problem: problemSchema }).strict(),
]);

/** Never throws except with the signal's reason: a failure of the worker is a problem like any unreadable file. */
export async function readReportFingerprintIsolated(port: IsolatedWorkerPort, path: string, signal?: AbortSignal): Promise<ReportFingerprintRead> {
  if (!port.isolated) return readReportFingerprint(path);
  const cannotRead = (detail: string): ReportFingerprintRead => ({ ok: false, problem: error('report.verify.cannotRead', path, { path, detail }) });
  let answer: unknown;
  try {
    answer = await port.run(reportFingerprintJobOf(path), { timeoutMs: READ_TIMEOUT_MS, ...(signal === undefined ? {} : { signal }) });
  } catch (cause) {
    signal?.throwIfAborted();
    return cannotRead(detailOf(cause));
  }
  const parsed = answerSchema.safeParse(answer);
  return parsed.success ? parsed.data : cannotRead('unexpected answer from the worker');
}
