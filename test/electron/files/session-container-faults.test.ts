// Failures at every point. Opening: for every N, the Nth file operation of the expert's store fails; the
// store ends exactly as before (refused) or exactly as after a clean open (succeeded), with nothing left
// in tmp/. Writing: for every N, the Nth file operation of the office's side fails (reading the blobs,
// creating, writing, syncing, closing, renaming the container…); the write either succeeds with a
// container that opens, or is refused with no container and no temporary file left behind. And a disk
// that stores other bytes than it was given is caught by the read-back, never reported as saved.
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSessionContainer, writeSessionContainer } from '../../../electron/files/session-container';
import { readSessionContainer } from '../../../electron/files/session-container-reader';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../../electron/store/store-fs';
import { FaultInjector } from '../package/fault-injector';
import { snapshot } from '../package/store-snapshot';
import { sweepStoreFaults } from '../package/store-fault-sweep';
import { DISTINCT_DOCUMENTS, office, sessionPayload, storeWith } from './session-fixtures';

let dir: string;
let containerPath: string;
afterAll(() => rm(dir, { recursive: true, force: true }));

const seed = DISTINCT_DOCUMENTS[0] ?? Buffer.alloc(0);
let before: string[];
let after: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'review-desk-session-faults-'));
  containerPath = join(dir, 'session.rdsession');
  const officeStore = await storeWith(join(dir, 'office'), DISTINCT_DOCUMENTS);
  const written = await writeSessionContainer(containerPath, sessionPayload(), office, officeStore);
  expect(written.ok).toBe(true);
  const reference = await storeWith(join(dir, 'reference'), [seed]);
  before = await snapshot(reference.root);
  expect((await openSessionContainer(containerPath, reference)).ok).toBe(true);
  after = await snapshot(reference.root);
});

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

describe('opening with one failing store operation', () => {
  it('leaves the store exactly as before or exactly as after, for every N', () =>
    sweepStoreFaults({
      freshStore: async (n) => {
        const faults = new FaultInjector(nodeStoreFileSystem);
        return { store: await storeWith(join(dir, `open-${n}`), [seed], { files: faults.files }), faults };
      },
      run: (store) => openSessionContainer(containerPath, store),
      ioCode: 'session.container.io',
      before,
      after,
    }));
});

describe('writing with one failing file operation', () => {
  it('is refused with nothing left behind, or succeeds with a container that opens, for every N', async () => {
    const endings = { refused: 0, written: 0 };
    for (let n = 1; ; n += 1) {
      const faults = new FaultInjector(nodeStoreFileSystem);
      const officeStore = await storeWith(join(dir, `office-${n}`), DISTINCT_DOCUMENTS, { files: faults.files });
      const out = join(dir, `out-${n}`);
      await mkdir(out);
      const path = join(out, 'session.rdsession');
      faults.arm(n);
      const outcome = await writeSessionContainer(path, sessionPayload(), office, officeStore, { files: faults.files });
      faults.disarm();
      await rm(officeStore.root, { recursive: true, force: true });
      if (outcome.ok) {
        const read = await readSessionContainer(path);
        expect(read.ok && read.signed.exportHash === outcome.exportHash, `container written despite failing operation ${n}`).toBe(true);
        expect(await readdir(out)).toEqual(['session.rdsession']);
        endings.written += 1;
      } else {
        expect(outcome.code, `refusal after failing operation ${n}`).toMatch(/^session\.write\.(failed|notConfirmed)$/);
        expect(await exists(path), `a container left after failing operation ${n}`).toBe(false);
        expect(await readdir(out), `files left after failing operation ${n}`).toEqual([]);
        endings.refused += 1;
      }
      await rm(out, { recursive: true, force: true });
      if (!faults.fired) {
        expect(outcome.ok, `no operation ${n}, so a clean write`).toBe(true);
        break;
      }
      expect(n, 'a write should not take this many operations').toBeLessThan(1000);
    }
    // Every operation of a write matters (checking and reading each blob, creating, writing, syncing,
    // closing and renaming the file, syncing the folder), so only the run without a fault succeeds.
    expect(endings.refused).toBeGreaterThan(15);
    expect(endings.written).toBe(1);
  });

  it('catches a disk that stores other bytes than it was given, and reports nothing as saved', async () => {
    const officeStore = await storeWith(join(dir, 'office-corrupting'), DISTINCT_DOCUMENTS);
    const corrupting: StoreFileSystem = {
      ...nodeStoreFileSystem,
      async createFile(path) {
        const file = await nodeStoreFileSystem.createFile(path);
        let writes = 0;
        return {
          ...file,
          // The second block (inside the 2 MB document) reaches the disk with one bit changed.
          write: (chunk) => {
            writes += 1;
            if (writes !== 2) return file.write(chunk);
            const changed = Buffer.from(chunk);
            changed[100] = (changed[100] ?? 0) ^ 0x04;
            return file.write(changed);
          },
        };
      },
    };
    const out = join(dir, 'out-corrupting');
    await mkdir(out);
    const path = join(out, 'session.rdsession');
    const outcome = await writeSessionContainer(path, sessionPayload(), office, officeStore, { files: corrupting });
    if (outcome.ok) throw new Error('reported as saved');
    expect(outcome.code).toBe('session.write.verifyFailed');
    expect(outcome.problems[1]?.code).toBe('session.container.damaged');
    expect(await readdir(out)).toEqual([]);
  });
});
