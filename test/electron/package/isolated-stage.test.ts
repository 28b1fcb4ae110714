// Importing a package through the isolated-worker port (Electron's utilityProcess in the app; here the job run
// in this process behind a port that says it is isolated): a good package is imported with progress, a
// hostile one refused; and whatever the port does wrong (answers nonsense, reports nonsense progress, times
// out, crashes) becomes a refusal that leaves the store as it was, while a cancel stops the import.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostError } from '../../../electron/host/host-error';
import { inProcessWorker, type IsolatedJob, type IsolatedWorkerPort } from '../../../electron/host/ports';
import { importPackageIsolated } from '../../../electron/package/isolated-stage';
import { BlobStore } from '../../../electron/store/blob-store';
import { rawPackage, samplePackage } from './package-fixtures';
import { leftovers, snapshot } from './store-snapshot';
import { workerCancelledWhileRunning } from '../host/cancelled-worker';

let dir: string;
let store: BlobStore;
let goodZip: string;
let badZip: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'review-desk-isolated-stage-'));
  store = await BlobStore.open(join(dir, 'data'));
  goodZip = join(dir, 'good.zip');
  await writeFile(goodZip, await samplePackage());
  badZip = join(dir, 'bad.zip');
  await writeFile(badZip, rawPackage((entries) => [...entries, { name: '../../evil.pdf' }]));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The real job, in this process, behind a port that claims isolation (as the utilityProcess port does). */
function spyPort(): { port: IsolatedWorkerPort; jobs: IsolatedJob[] } {
  const jobs: IsolatedJob[] = [];
  return { jobs, port: { isolated: true, run: (job, options) => (jobs.push(job), inProcessWorker.run(job, options)) } };
}

describe('importPackageIsolated through an isolated port', () => {
  it('imports a good package through the port as the stagePackage job, with progress', async () => {
    const { port, jobs } = spyPort();
    const stages: string[] = [];
    const outcome = await importPackageIsolated(port, goodZip, store, { onProgress: (progress) => stages.push(progress.stage) });
    expect(outcome.ok).toBe(true);
    expect(jobs.map((job) => job.name)).toEqual(['stagePackage']);
    expect(stages).toContain('reading');
    expect(stages).toContain('storing');
  });

  it('refuses a hostile package with the reader’s own code', async () => {
    const { port } = spyPort();
    expect(await importPackageIsolated(port, badZip, store)).toMatchObject({ ok: false, code: 'package.zip.traversal' });
  });

  it('turns every failure of the port into a refusal and leaves the store as it was', async () => {
    const lying: IsolatedWorkerPort = { isolated: true, run: () => Promise.resolve({ ok: true, manifest: {}, documents: [], warnings: [] }) };
    const badProgress: IsolatedWorkerPort = { isolated: true, run: (_job, options) => (options?.onProgress?.({ stage: 'hacking' }), new Promise(() => {})) };
    const badProgressPort: IsolatedWorkerPort = {
      isolated: true,
      run: (job, options) =>
        new Promise((_resolve, reject) => {
          options?.signal?.addEventListener('abort', () => reject(options.signal?.reason as Error));
          void badProgress.run(job, options);
        }),
    };
    const timeout: IsolatedWorkerPort = { isolated: true, run: () => Promise.reject(new HostError('host.error.isolatedTimeout', { seconds: 1 })) };
    const crash: IsolatedWorkerPort = { isolated: true, run: () => Promise.reject(Object.assign(new HostError('host.error.isolatedCrashed'), { message: 'exit code 134' })) };
    const cases: [IsolatedWorkerPort, string, string][] = [
      [lying, 'package.worker.crashed', 'unexpected answer'],
      [badProgressPort, 'package.worker.crashed', 'unexpected progress'],
      [timeout, 'package.worker.timeout', ''],
      [crash, 'package.worker.crashed', 'exit code 134'],
    ];
    for (const [port, code, detail] of cases) {
      const before = await snapshot(store.root);
      const outcome = await importPackageIsolated(port, goodZip, store, { timeoutMs: 1000 });
      expect(outcome).toMatchObject({ ok: false, code });
      if (!outcome.ok && detail !== '') expect(String(outcome.problems[0]?.params.detail)).toContain(detail);
      expect(await snapshot(store.root)).toEqual(before);
      expect(await leftovers(store.root)).toEqual([]);
    }
  });

  it('stops when the caller cancels, rejecting with the reason', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled');
    const hanging = workerCancelledWhileRunning(controller, reason);
    const outcome = importPackageIsolated(hanging, goodZip, store, { signal: controller.signal });
    await expect(outcome).rejects.toBe(reason);
    expect(await leftovers(store.root)).toEqual([]);
  });
});
