// The isolated-worker port over Electron's utilityProcess: a fresh process per job (nothing a hostile file did
// to one job's process can touch the next), forked with a heap limit, killed as soon as it has answered, and
// refused or killed when it is handed too much, runs too long, crashes, is cancelled, or answers something
// the protocol (isolated-messages.ts) does not allow. A job settles only once its process has gone, so a
// caller that removes the job's staging directory afterwards knows nothing still writes there.
import { randomUUID } from 'node:crypto';
import type { ForkOptions } from 'electron';
import type { MessageKey, MessageParams } from '../../shared/i18n/translate';
import { HostError } from '../host/host-error';
import type { IsolatedJob, IsolatedRunOptions, IsolatedWorkerPort } from '../host/ports';
import { formatBytes } from '../package/zip-limits';
import { workerResponseSchema, type RunRequest } from './isolated-messages';
import { structuredSize } from './structured-size';

/** What the port needs of a forked utilityProcess (Electron's UtilityProcess has all of it). */
export interface ForkedChild {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  postMessage(message: unknown): void;
  kill(): boolean;
  readonly stderr: NodeJS.ReadableStream | null;
}

/** What the port needs of Electron's `utilityProcess` module. */
export interface UtilityProcessForker {
  fork(modulePath: string, args?: string[], options?: ForkOptions): ForkedChild;
}

export interface IsolatedLimits {
  /** Inputs larger than this (structuredSize) are refused before a process is started. */
  maxInputBytes: number;
  /** The child's V8 heap ceiling: a bomb that gets past the checks runs out of memory there. */
  maxOldSpaceMb: number;
  /** For a run that names no timeout. */
  defaultTimeoutMs: number;
  /** How long to wait for a killed child's exit before settling anyway (a child that will not die). */
  exitGraceMs: number;
  /** Where the child's stderr goes, line by line; without it the child's output is ignored. */
  log?: (line: string) => void;
}

const MiB = 1024 * 1024;

export const DEFAULT_ISOLATED_LIMITS: Readonly<IsolatedLimits> = {
  maxInputBytes: 200 * MiB,
  maxOldSpaceMb: 1024,
  defaultTimeoutMs: 10 * 60_000,
  exitGraceMs: 5_000,
};

/** Shown in the OS task manager and in app.getAppMetrics, so a user who sees the process knows what it is. */
export const ISOLATED_SERVICE_NAME = '评审台文件解析';

/** A HostError (the caller's language through its key) whose message is the technical detail, for logs and details. */
function failure(code: MessageKey, params: MessageParams, detail: string): HostError {
  const error = new HostError(code, params);
  error.message = detail;
  return error;
}

/** A job's own error, as the worker reported it. */
export class IsolatedJobError extends Error {
  override readonly name = 'IsolatedJobError';

  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

function forkOptions(limits: IsolatedLimits): ForkOptions {
  return {
    serviceName: ISOLATED_SERVICE_NAME,
    execArgv: [`--max-old-space-size=${limits.maxOldSpaceMb}`],
    // Piped only when someone reads it: an unread pipe fills up and stalls the child.
    stdio: limits.log === undefined ? 'ignore' : ['ignore', 'ignore', 'pipe'],
  };
}

function relayStderr(child: ForkedChild, log: (line: string) => void): void {
  let pending = '';
  child.stderr?.on('data', (chunk: Buffer | string) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) log(`[${ISOLATED_SERVICE_NAME}] ${line}`);
  });
}

function runInChild(forker: UtilityProcessForker, entryPath: string, limits: IsolatedLimits, job: IsolatedJob, options: IsolatedRunOptions): Promise<unknown> {
  const { signal } = options;
  if (signal?.aborted === true) return Promise.reject(signal.reason as Error);
  const size = structuredSize(job.input);
  if (size > limits.maxInputBytes) {
    const params = { size: formatBytes(size), limit: formatBytes(limits.maxInputBytes) };
    return Promise.reject(failure('host.error.isolatedInputTooLarge', params, `input of ${size} bytes over the limit of ${limits.maxInputBytes}`));
  }
  let child: ForkedChild;
  try {
    child = forker.fork(entryPath, [], forkOptions(limits));
  } catch (cause) {
    // No process at all (the script is missing, fork refused before ready): nothing was parsed.
    const detail = cause instanceof Error ? cause.message : String(cause);
    return Promise.reject(failure('host.error.isolatedCrashed', { detail }, `the worker could not be started: ${detail}`));
  }
  if (limits.log !== undefined) relayStderr(child, limits.log);
  const id = randomUUID();
  const timeoutMs = options.timeoutMs ?? limits.defaultTimeoutMs;

  return new Promise((resolve, reject) => {
    let exited = false;
    let outcome: { ok: true; value: unknown } | { ok: false; error: unknown } | null = null;
    let grace: ReturnType<typeof setTimeout> | undefined;
    const settle = (): void => {
      clearTimeout(grace);
      if (outcome === null) return;
      if (outcome.ok) resolve(outcome.value);
      else reject(outcome.error);
    };
    // The first outcome wins; the child is killed and the promise settles once it has exited.
    const finish = (result: NonNullable<typeof outcome>): void => {
      if (outcome !== null) return;
      outcome = result;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (exited) return settle();
      grace = setTimeout(settle, limits.exitGraceMs);
      child.kill();
    };
    const fail = (error: unknown): void => finish({ ok: false, error });

    const timer = setTimeout(() => {
      fail(failure('host.error.isolatedTimeout', { seconds: Math.round(timeoutMs / 1000) }, `no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const onAbort = (): void => fail(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });

    child.on('exit', (code) => {
      exited = true;
      if (outcome === null) fail(failure('host.error.isolatedCrashed', { detail: `exit code ${code}` }, `the worker exited with code ${code} before answering`));
      else settle();
    });
    child.on('message', (message) => {
      const parsed = workerResponseSchema.safeParse(message);
      if (!parsed.success || parsed.data.id !== id) {
        const detail = parsed.success ? 'an answer for another job' : parsed.error.message.slice(0, 200);
        return fail(failure('host.error.isolatedBadAnswer', { detail }, `unexpected message from the worker: ${detail}`));
      }
      const response = parsed.data;
      if ('progress' in response) options.onProgress?.(response.progress);
      else if (response.ok) finish({ ok: true, value: response.output });
      else fail(new IsolatedJobError(response.error.message, response.error.code));
    });

    const request: RunRequest = { id, name: job.name, input: job.input };
    try {
      child.postMessage(request);
    } catch (cause) {
      fail(cause);
    }
  });
}

export function utilityProcessWorker(forker: UtilityProcessForker, entryPath: string, limits: Partial<IsolatedLimits> = {}): IsolatedWorkerPort {
  const resolved: IsolatedLimits = { ...DEFAULT_ISOLATED_LIMITS, ...limits };
  return {
    isolated: true,
    run: (job, options = {}) => runInChild(forker, entryPath, resolved, job, options),
  };
}
