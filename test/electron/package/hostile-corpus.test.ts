// Every archive of the hostile corpus is refused with its exact code and a readable Chinese message, and
// leaves the blob store exactly as it was, with nothing left in tmp/.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPackage } from '../../../electron/package/import-package';
import { BlobStore } from '../../../electron/store/blob-store';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { HOSTILE_CASES } from './hostile-corpus';
import { noise, sha256Hex } from './package-fixtures';
import { leftovers, snapshot } from './store-snapshot';

let dir: string;
let store: BlobStore;
let before: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'review-desk-corpus-'));
  store = await BlobStore.open(join(dir, 'data'));
  // A store with something in it, so "unchanged" is not just "still empty".
  await store.put([noise(1000, 42)], sha256Hex(noise(1000, 42)));
  before = await snapshot(store.root);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('hostile corpus', () => {
  it('has at least 45 cases, each with its own name', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(45);
    expect(new Set(HOSTILE_CASES.map((c) => c.id)).size).toBe(HOSTILE_CASES.length);
  });

  for (const hostile of HOSTILE_CASES) {
    it(`refuses ${hostile.id} with ${hostile.code}`, async () => {
      const path = join(dir, `${HOSTILE_CASES.indexOf(hostile)}.zip`);
      await writeFile(path, await hostile.build());
      const outcome = await importPackage(path, store, { limits: hostile.limits });
      expect(outcome.ok ? 'imported' : outcome.code).toBe(hostile.code);
      if (outcome.ok) return;
      expect(outcome.problems[0]?.severity).toBe('error');
      const message = describeProblem('zh-CN', outcome.problems[0] ?? { code: hostile.code, severity: 'error', where: '', params: {} });
      expect(message).toMatch(/\p{Script=Han}/u);
      expect(message).not.toContain('{{');
      expect(await snapshot(store.root)).toEqual(before);
      expect(await leftovers(store.root)).toEqual([]);
    });
  }
});
