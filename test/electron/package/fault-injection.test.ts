// For every N, the Nth file operation of an import fails. Whatever N, the store ends exactly as before
// the import (and the import says it was refused) or exactly as after a clean import (and it says it
// succeeded), with nothing left in tmp/. The store already holds one of the package's documents, so
// "as before" includes not taking away a blob the import found there.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPackage } from '../../../electron/package/import-package';
import { BlobStore } from '../../../electron/store/blob-store';
import { nodeStoreFileSystem } from '../../../electron/store/store-fs';
import { FaultInjector } from './fault-injector';
import { noise, sampleDocuments, samplePackage, sha256Hex } from './package-fixtures';
import { snapshot } from './store-snapshot';
import { sweepStoreFaults } from './store-fault-sweep';

let dir: string;
let zipPath: string;
afterAll(() => rm(dir, { recursive: true, force: true }));

const documents = [...sampleDocuments(), { path: '佐证材料/长文档.pdf', role: 'evidence' as const, title: '长文档', bytes: noise(200_000, 31) }];
const seed = documents[1]?.bytes ?? Buffer.alloc(0);

/** A fresh store holding one of the package's documents, on a file system with a fault injector. */
async function seededStore(name: string): Promise<{ store: BlobStore; faults: FaultInjector }> {
  const faults = new FaultInjector(nodeStoreFileSystem);
  const store = await BlobStore.open(join(dir, name), { files: faults.files });
  await store.put([seed], sha256Hex(seed));
  return { store, faults };
}

let before: string[];
let after: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'review-desk-faults-'));
  zipPath = join(dir, 'package.zip');
  await writeFile(zipPath, await samplePackage(documents));
  const { store } = await seededStore('reference');
  before = await snapshot(store.root);
  const outcome = await importPackage(zipPath, store);
  expect(outcome.ok).toBe(true);
  after = await snapshot(store.root);
});

describe('an import with one failing file operation', () => {
  it('leaves the store exactly as before or exactly as after, for every N', () =>
    sweepStoreFaults({
      freshStore: (n) => seededStore(`run-${n}`),
      run: (store) => importPackage(zipPath, store),
      ioCode: 'package.io',
      before,
      after,
    }));
});
