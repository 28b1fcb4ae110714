// The fault sweep both all-or-nothing imports are held to (packages, session containers): for every N, the
// Nth file operation of the store fails; the store must then be exactly as before (and the import refused
// with `ioCode`) or exactly as after a clean run (and the import say it succeeded), with nothing left in
// tmp/. N rises until a run finishes before reaching its Nth operation.
import { rm } from 'node:fs/promises';
import { expect } from 'vitest';
import type { BlobStore } from '../../../electron/store/blob-store';
import type { FaultInjector } from './fault-injector';
import { leftovers, snapshot } from './store-snapshot';

export interface FaultSweep {
  /** A fresh store (as it is before the import) on a file system with a fault injector. */
  freshStore(n: number): Promise<{ store: BlobStore; faults: FaultInjector }>;
  run(store: BlobStore): Promise<{ ok: true } | { ok: false; code: string }>;
  ioCode: string;
  before: string[];
  after: string[];
}

export async function sweepStoreFaults({ freshStore, run, ioCode, before, after }: FaultSweep): Promise<void> {
  const endings = { before: 0, after: 0 };
  for (let n = 1; ; n += 1) {
    const { store, faults } = await freshStore(n);
    faults.arm(n);
    const outcome = await run(store);
    faults.disarm();
    const state = await snapshot(store.root);
    expect(await leftovers(store.root), `tmp/ after failing operation ${n}`).toEqual([]);
    await rm(store.root, { recursive: true, force: true });
    if (!faults.fired) {
      expect(outcome.ok, `no operation ${n}, so a clean run`).toBe(true);
      expect(state).toEqual(after);
      break;
    }
    if (outcome.ok) {
      expect(state, `succeeded despite failing operation ${n}`).toEqual(after);
      endings.after += 1;
    } else {
      expect(outcome.code, `refusal after failing operation ${n}`).toBe(ioCode);
      expect(state, `refused after failing operation ${n}`).toEqual(before);
      endings.before += 1;
    }
    expect(n, 'a run should not take this many operations').toBeLessThan(1000);
  }
  expect(after).not.toEqual(before);
  expect(endings.before + endings.after).toBeGreaterThan(40);
  // Both endings occur: failures while staging or storing refuse; one in the final clean-up is retried.
  expect(endings.before).toBeGreaterThan(0);
  expect(endings.after).toBeGreaterThan(0);
}
