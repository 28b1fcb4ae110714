// Importing a package with the staging run as a job of the isolated-worker port (Electron: a utilityProcess
// per package, see electron/main/utility-process-worker.ts). The job stages and checks the package
// (stage-package-job.ts); here its progress and its answer are parsed again, as from any process that has
// read a hostile archive, and a package that passed is committed to the blob store by this process
// (import-package.ts). Where the port is not isolated (plain Node), the worker thread of import-worker.ts
// is the better isolation and is used instead.
import { error } from '../../shared/problems';
import { canonicalJson } from '../../shared/util/canonical-json';
import type { IsolatedWorkerPort } from '../host/ports';
import type { BlobStore } from '../store/blob-store';
import { importWithStaging, type ImportOptions } from './import-package';
import { refused, type ImportOutcome, type StageOutcome } from './import-types';
import { importPackageInWorker } from './import-worker';
import { stagePackageJobOf } from './stage-package-job';
import { runWatchedJob } from './watched-job';
import { stageOutcomeSchema } from './worker-messages';

export interface IsolatedImportOptions extends ImportOptions {
  /** Stop the job after this long in all (default 30 minutes: 2 GB from a slow USB stick). */
  timeoutMs?: number;
  /** Stop the job when it has reported nothing for this long (default 2 minutes; it reports every MB). */
  idleTimeoutMs?: number;
  /** The caller gave up: the job is stopped and the import rejects with the signal's reason. */
  signal?: AbortSignal;
}

const MINUTE = 60_000;

const crashed = (detail: string): StageOutcome => refused([error('package.worker.crashed', '(worker)', { detail })]);
const timedOut = (seconds: number): StageOutcome => refused([error('package.worker.timeout', '(worker)', { seconds })]);

/** A staged package must hold exactly its manifest's documents; the worker's word for it is not enough. */
function documentsAsListed(outcome: StageOutcome): boolean {
  if (!outcome.ok) return true;
  return canonicalJson(outcome.documents.map(({ file: _file, ...document }) => document)) === canonicalJson(outcome.manifest.documents);
}

/** Stages a package through the port. Throws only when `signal` aborts; every other failure is a refusal. */
export async function stageThroughPort(port: IsolatedWorkerPort, zipPath: string, stagingDir: string, options: IsolatedImportOptions = {}): Promise<StageOutcome> {
  const run = await runWatchedJob(port, stagePackageJobOf(zipPath, stagingDir, options.limits), {
    timeoutMs: options.timeoutMs ?? 30 * MINUTE,
    idleTimeoutMs: options.idleTimeoutMs ?? 2 * MINUTE,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  if (!run.ok) return run.failure === 'timeout' ? timedOut(run.seconds) : crashed(run.detail);
  const parsed = stageOutcomeSchema.safeParse(run.answer);
  if (!parsed.success) return crashed(`unexpected answer: ${parsed.error.message.slice(0, 200)}`);
  if (!documentsAsListed(parsed.data)) return crashed('staged documents differ from the manifest');
  return parsed.data;
}

/**
 * Imports a package with its parsing isolated: through the port when it is isolated (Electron's
 * utilityProcess), else in a worker thread (plain Node, where the port would run it in this process).
 */
export function importPackageIsolated(port: IsolatedWorkerPort, zipPath: string, store: BlobStore, options: IsolatedImportOptions = {}): Promise<ImportOutcome> {
  if (!port.isolated) return importPackageInWorker(zipPath, store, options);
  return importWithStaging(store, (dir) => stageThroughPort(port, zipPath, dir, options), options);
}
