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
import { leftovers, snapshot } from './store-snapshot';

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
  it('leaves the store exactly as before or exactly as after, for every N', async () => {
    const endings = { before: 0, after: 0 };
    // N rises until an import finishes before reaching its Nth operation. How many operations an import
    // takes varies by a few writes with how the streams happen to chunk the data, so no count is fixed.
    for (let n = 1; ; n += 1) {
      const { store, faults } = await seededStore(`run-${n}`);
      faults.arm(n);
      const outcome = await importPackage(zipPath, store);
      faults.disarm();
      const state = await snapshot(store.root);
      expect(await leftovers(store.root), `tmp/ after failing operation ${n}`).toEqual([]);
      await rm(store.root, { recursive: true, force: true });
      if (!faults.fired) {
        expect(outcome.ok, `no operation ${n}, so a clean import`).toBe(true);
        expect(state).toEqual(after);
        break;
      }
      if (outcome.ok) {
        expect(state, `succeeded despite failing operation ${n}`).toEqual(after);
        endings.after += 1;
      } else {
        expect(outcome.code, `refusal after failing operation ${n}`).toBe('package.io');
        expect(state, `refused after failing operation ${n}`).toEqual(before);
        endings.before += 1;
      }
      expect(n, 'an import should not take this many operations').toBeLessThan(1000);
    }
    expect(after).not.toEqual(before);
    expect(endings.before + endings.after).toBeGreaterThan(40);
    // Both endings occur: failures while staging or storing refuse; one in the final clean-up is retried.
    expect(endings.before).toBeGreaterThan(0);
    expect(endings.after).toBeGreaterThan(0);
  });
});
