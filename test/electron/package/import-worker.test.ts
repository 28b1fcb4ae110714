// The import in a worker thread (started from the TypeScript sources with tsx, as under vitest): the real
// worker imports and refuses like the in-process import and relays progress; workers that throw, exit,
// hang, run out of memory or answer nonsense are reported as refusals, and this process and the store
// carry on untouched.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPackage } from '../../../electron/package/import-package';
import type { ImportProgress } from '../../../electron/package/import-types';
import { importPackageInWorker, type WorkerImportOptions } from '../../../electron/package/import-worker';
import { BlobStore } from '../../../electron/store/blob-store';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { noise, rawPackage, samplePackage, sha256Hex } from './package-fixtures';
import { leftovers, snapshot } from './store-snapshot';

let dir: string;
let store: BlobStore;
let goodZip: string;
let badZip: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'review-desk-worker-'));
  store = await BlobStore.open(join(dir, 'data'));
  await store.put([noise(100, 1)], sha256Hex(noise(100, 1)));
  goodZip = join(dir, 'good.zip');
  await writeFile(goodZip, await samplePackage());
  badZip = join(dir, 'bad.zip');
  await writeFile(badZip, rawPackage((entries) => [...entries, { name: '../../evil.pdf' }]));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const fixture = (name: string): WorkerImportOptions['worker'] => ({
  url: new URL(`./worker-fixtures/${name}.ts`, import.meta.url),
  execArgv: ['--import', 'tsx'],
});

/** Runs a failing worker and checks the store did not change and nothing stayed in tmp/. */
async function refusedByWorker(options: WorkerImportOptions): Promise<{ code: string; message: string }> {
  const before = await snapshot(store.root);
  const outcome = await importPackageInWorker(goodZip, store, options);
  if (outcome.ok) throw new Error('expected a refusal');
  expect(await snapshot(store.root)).toEqual(before);
  expect(await leftovers(store.root)).toEqual([]);
  return { code: outcome.code, message: describeProblem('zh-CN', outcome.problems[0] ?? { code: outcome.code, severity: 'error', where: '', params: {} }) };
}

describe('importPackageInWorker', () => {
  it('imports like the in-process import and relays progress', async () => {
    const progress: ImportProgress[] = [];
    const outcome = await importPackageInWorker(goodZip, store, { onProgress: (event) => progress.push(event) });
    const inProcess = await importPackage(goodZip, store);
    expect(outcome).toEqual(inProcess);
    expect(progress.filter((event) => event.stage === 'reading').length).toBeGreaterThanOrEqual(3);
    expect(progress.at(-1)).toMatchObject({ stage: 'storing', entry: null });
    expect(progress.at(-1)?.bytesDone).toBe(progress.at(-1)?.bytesTotal);
    expect(await leftovers(store.root)).toEqual([]);
  });

  it('refuses a hostile package with the same code as in process', async () => {
    const outcome = await importPackageInWorker(badZip, store);
    expect(outcome.ok ? 'imported' : outcome.code).toBe('package.zip.traversal');
  });

  it('reports a worker that throws', async () => {
    const { code, message } = await refusedByWorker({ worker: fixture('throwing-worker') });
    expect(code).toBe('package.worker.crashed');
    expect(message).toContain('parser exploded on a hostile archive');
  });

  it('reports a worker that exits without an answer', async () => {
    expect(await refusedByWorker({ worker: fixture('exiting-worker') })).toEqual({
      code: 'package.worker.crashed',
      message: '解析申报材料包的后台任务意外终止（exit code 3）；材料包未导入，其他数据未受影响。',
    });
  });

  it('stops a worker that hangs, and removes what it left in staging', async () => {
    const started = Date.now();
    const { code, message } = await refusedByWorker({ worker: fixture('hanging-worker'), idleTimeoutMs: 1500 });
    expect(code).toBe('package.worker.timeout');
    expect(message).toBe('解析申报材料包超过 2 秒仍未完成，已中止；材料包未导入。');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('stops a worker at the overall time limit even while it reports progress', async () => {
    const { code } = await refusedByWorker({ timeoutMs: 1, idleTimeoutMs: 60_000 });
    expect(code).toBe('package.worker.timeout');
  });

  it('reports a worker that runs out of memory', async () => {
    const { code, message } = await refusedByWorker({ worker: fixture('greedy-worker'), resourceLimits: { maxOldGenerationSizeMb: 32 } });
    expect(code).toBe('package.worker.crashed');
    expect(message).toMatch(/out of memory|exit code/i);
  });

  it('does not trust an answer that is not an outcome', async () => {
    const { code, message } = await refusedByWorker({ worker: fixture('lying-worker') });
    expect(code).toBe('package.worker.crashed');
    expect(message).toContain('unexpected message');
  });

  it('does not take a well-formed answer whose documents are not the manifest’s', async () => {
    const { code, message } = await refusedByWorker({ worker: fixture('padding-worker') });
    expect(code).toBe('package.worker.crashed');
    expect(message).toContain('staged documents differ from the manifest');
  });
});
