// Importing a package with the parsing isolated in a worker thread: the worker stages and checks the
// package (import-worker-entry.ts); the host checks what it reports, then commits it to the blob store
// (import-package.ts). A worker that throws, exits, runs out of memory, stops reporting progress for too
// long or runs past the time limit is stopped, and the import is refused with a clear message; the host
// and its store are untouched, and the staging directory is removed.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { error } from '../../shared/problems';
import { canonicalJson } from '../../shared/util/canonical-json';
import type { BlobStore } from '../store/blob-store';
import { importWithStaging, type ImportOptions } from './import-package';
import { refused, type ImportOutcome, type StageOutcome } from './import-types';
import { workerMessageSchema, type WorkerInput } from './worker-messages';

export interface WorkerImportOptions extends ImportOptions {
  /** Stop the worker after this long in all (default 30 minutes: 2 GB from a slow USB stick). */
  timeoutMs?: number;
  /** Stop the worker when it has reported nothing for this long (default 2 minutes; it reports every MB). */
  idleTimeoutMs?: number;
  /** Heap limits of the worker thread; a bomb that gets past the checks runs out of memory there, not here. */
  resourceLimits?: ResourceLimits;
  /** The worker's script and Node options; the defaults suit both the TypeScript sources (via tsx) and a build. */
  worker?: { url: URL; execArgv: string[] };
}

const MINUTE = 60_000;

/** Under tsx (tests, the CLI) this module is a .ts file and so is its worker, which then needs tsx too. */
function defaultWorker(): { url: URL; execArgv: string[] } {
  const fromSources = import.meta.url.endsWith('.ts');
  return fromSources
    ? { url: new URL('./import-worker-entry.ts', import.meta.url), execArgv: ['--import', 'tsx'] }
    : { url: new URL('./import-worker-entry.js', import.meta.url), execArgv: [] };
}

/** A staged package must hold exactly its manifest's documents; the worker's word for it is not enough. */
function documentsAsListed(outcome: StageOutcome): boolean {
  if (!outcome.ok) return true;
  return canonicalJson(outcome.documents.map(({ file: _file, ...document }) => document)) === canonicalJson(outcome.manifest.documents);
}

const crashed = (detail: string): StageOutcome => refused([error('package.worker.crashed', '(worker)', { detail })]);

/** Stages a package in a worker thread. Never throws; resolves only once the worker has stopped. */
export function stageInWorker(zipPath: string, stagingDir: string, options: WorkerImportOptions = {}): Promise<StageOutcome> {
  const { url, execArgv } = options.worker ?? defaultWorker();
  const input: WorkerInput = { zipPath, stagingDir, limits: options.limits ?? {} };
  const timeoutMs = options.timeoutMs ?? 30 * MINUTE;
  const idleTimeoutMs = options.idleTimeoutMs ?? 2 * MINUTE;
  let worker: Worker;
  try {
    worker = new Worker(url, { workerData: input, execArgv, resourceLimits: options.resourceLimits ?? { maxOldGenerationSizeMb: 512 } });
  } catch (cause) {
    return Promise.resolve(crashed(cause instanceof Error ? cause.message : String(cause)));
  }
  return new Promise((resolve) => {
    let settled = false;
    // Settles once, and only after the thread is gone, so nothing writes to the staging directory afterwards.
    const finish = (outcome: StageOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(overall);
      clearTimeout(idle);
      void worker.terminate().then(
        () => resolve(outcome),
        () => resolve(outcome),
      );
    };
    const timedOut = (ms: number) => () =>
      finish(refused([error('package.worker.timeout', '(worker)', { seconds: Math.round(ms / 1000) })]));
    const overall = setTimeout(timedOut(timeoutMs), timeoutMs);
    let idle = setTimeout(timedOut(idleTimeoutMs), idleTimeoutMs);
    worker.on('message', (raw: unknown) => {
      const parsed = workerMessageSchema.safeParse(raw);
      if (!parsed.success) return finish(crashed(`unexpected message: ${parsed.error.message.slice(0, 200)}`));
      clearTimeout(idle);
      idle = setTimeout(timedOut(idleTimeoutMs), idleTimeoutMs);
      if (parsed.data.type === 'progress') options.onProgress?.(parsed.data.progress);
      else if (!documentsAsListed(parsed.data.outcome)) finish(crashed('staged documents differ from the manifest'));
      else finish(parsed.data.outcome);
    });
    worker.on('error', (cause) => finish(crashed(cause.message)));
    worker.on('exit', (code) => finish(crashed(`exit code ${code}`)));
  });
}

export function importPackageInWorker(zipPath: string, store: BlobStore, options: WorkerImportOptions = {}): Promise<ImportOutcome> {
  return importWithStaging(store, (dir) => stageInWorker(zipPath, dir, options), options);
}
