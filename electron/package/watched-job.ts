// Running a staging job (a package, a session container) through the isolated-worker port under watch: its
// progress is parsed (it comes from a process that is reading a hostile file) and must keep coming, the
// whole job has a time limit, and the caller may cancel. What went wrong comes back as data the caller
// phrases in its own terms (package or session); only the caller's cancel is thrown.
import { detailOf } from '../files/file-error';
import { HostError } from '../host/host-error';
import type { IsolatedJob, IsolatedWorkerPort } from '../host/ports';
import type { ImportProgress } from './import-types';
import { progressSchema } from './worker-messages';

export interface WatchOptions {
  /** The whole job's limit. */
  timeoutMs: number;
  /** Stop the job when it has reported nothing for this long. */
  idleTimeoutMs: number;
  /** The caller gave up: the job is stopped and the run rejects with the signal's reason. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

export type WatchedOutcome = { ok: true; answer: unknown } | { ok: false; failure: 'crashed'; detail: string } | { ok: false; failure: 'timeout'; seconds: number };

export async function runWatchedJob(port: IsolatedWorkerPort, job: IsolatedJob, options: WatchOptions): Promise<WatchedOutcome> {
  options.signal?.throwIfAborted();
  const { timeoutMs, idleTimeoutMs } = options;
  const idle = new AbortController();
  let idleTimer = setTimeout(() => idle.abort(), idleTimeoutMs);
  let badProgress: string | null = null;
  const onProgress = (raw: unknown): void => {
    const parsed = progressSchema.safeParse(raw);
    if (!parsed.success) {
      badProgress = `unexpected progress: ${parsed.error.message.slice(0, 200)}`;
      idle.abort();
      return;
    }
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => idle.abort(), idleTimeoutMs);
    options.onProgress?.(parsed.data);
  };
  const signal = options.signal === undefined ? idle.signal : AbortSignal.any([options.signal, idle.signal]);
  try {
    return { ok: true, answer: await port.run(job, { signal, timeoutMs, onProgress }) };
  } catch (cause) {
    options.signal?.throwIfAborted();
    if (badProgress !== null) return { ok: false, failure: 'crashed', detail: badProgress };
    if (idle.signal.aborted) return { ok: false, failure: 'timeout', seconds: Math.round(idleTimeoutMs / 1000) };
    if (cause instanceof HostError && cause.code === 'host.error.isolatedTimeout') return { ok: false, failure: 'timeout', seconds: Math.round(timeoutMs / 1000) };
    return { ok: false, failure: 'crashed', detail: detailOf(cause) };
  } finally {
    clearTimeout(idleTimer);
  }
}
