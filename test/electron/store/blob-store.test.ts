import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { BlobHashMismatchError, BlobStore } from '../../../electron/store/blob-store';
import { noise, sha256Hex } from '../package/package-fixtures';
import { leftovers, snapshot } from '../package/store-snapshot';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

let root: string;
let store: BlobStore;
beforeEach(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'review-desk-blobs-'));
  made.push(dir);
  root = join(dir, 'data');
  store = await BlobStore.open(root);
});

const bytesA = noise(10_000, 1);
const bytesB = noise(20_000, 2);
const shaA = sha256Hex(bytesA);
const shaB = sha256Hex(bytesB);

async function readAll(sha256: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of store.read(sha256) as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A file in the store's tmp/, as the importer stages one. */
async function staged(name: string, bytes: Buffer): Promise<string> {
  const path = join(store.tmpDir, name);
  await writeFile(path, bytes);
  return path;
}

describe('BlobStore', () => {
  it('lays blobs out as blobs/<first 2 hex>/<sha256> and reads them back', async () => {
    expect(await store.has(shaA)).toBe(false);
    expect(await store.put([bytesA], shaA)).toEqual({ sha256: shaA, size: bytesA.length, created: true });
    expect(store.path(shaA)).toBe(join(root, 'blobs', shaA.slice(0, 2), shaA));
    expect(await store.has(shaA)).toBe(true);
    expect(await readAll(shaA)).toEqual(bytesA);
    expect(await snapshot(root)).toEqual(['blobs/', `blobs/${shaA.slice(0, 2)}/`, `blobs/${shaA.slice(0, 2)}/${shaA} ${shaA}`, 'tmp/']);
  });

  it('never stores bytes under a hash they do not have', async () => {
    const before = await snapshot(root);
    await expect(store.put([bytesA], shaB)).rejects.toBeInstanceOf(BlobHashMismatchError);
    await expect(store.putFile(await staged('x', bytesA), shaB)).rejects.toThrow(/hash mismatch/);
    expect(await snapshot(root)).toEqual([...before, 'tmp/x ' + shaA].sort());
  });

  it('is idempotent: a blob already present is left as it is', async () => {
    await store.put([bytesA], shaA);
    const after = await snapshot(root);
    expect(await store.put([bytesA], shaA)).toEqual({ sha256: shaA, size: bytesA.length, created: false });
    expect(await store.putFile(await staged('again', bytesA), shaA)).toMatchObject({ created: false });
    expect(await snapshot(root)).toEqual(after);
  });

  it('moves a file from tmp/ into place, and copies any other file', async () => {
    const inside = await staged('doc-0', bytesA);
    expect(await store.putFile(inside, shaA)).toMatchObject({ created: true });
    expect(await readdir(store.tmpDir)).toEqual([]);
    const outside = join(root, '..', 'loose.pdf');
    await writeFile(outside, bytesB);
    expect(await store.putFile(outside, shaB)).toMatchObject({ created: true });
    expect(await readFile(outside)).toEqual(bytesB);
    expect(await readAll(shaB)).toEqual(bytesB);
    expect(await leftovers(root)).toEqual([]);
  });

  it('puts a batch all or nothing: a bad member takes back what the batch created, not what was there', async () => {
    await store.put([bytesB], shaB);
    const before = await snapshot(root);
    const sources = [
      { path: await staged('a', bytesA), sha256: shaA },
      { path: await staged('b', bytesB), sha256: shaB },
      { path: await staged('c', noise(30, 3)), sha256: shaA },
    ];
    await expect(store.putAll(sources)).rejects.toBeInstanceOf(BlobHashMismatchError);
    expect((await snapshot(root)).filter((line) => line.startsWith('blobs/'))).toEqual(before.filter((line) => line.startsWith('blobs/')));
    expect(await store.has(shaA)).toBe(false);
    expect(await store.has(shaB)).toBe(true);
  });

  it('refuses names that are not lowercase SHA-256 hex, and batch sources outside tmp/', async () => {
    for (const bad of ['../../etc/passwd', shaA.toUpperCase(), shaA.slice(1), `${shaA}/..`]) {
      expect(() => store.path(bad)).toThrow(/not a lowercase SHA-256/);
      await expect(store.put([bytesA], bad)).rejects.toThrow(/not a lowercase SHA-256/);
    }
    const outside = join(root, '..', 'elsewhere.pdf');
    await writeFile(outside, bytesA);
    expect(() => store.putAll([{ path: outside, sha256: shaA }])).toThrow(/not a file in the store's tmp/);
    expect(() => store.putAll([{ path: join(store.tmpDir, '..', 'blobs', 'x'), sha256: shaA }])).toThrow(/not a file in the store's tmp/);
  });

  it('serialises concurrent puts: ten at once store one blob', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => store.put([bytesA], shaA)));
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await readAll(shaA)).toEqual(bytesA);
    expect(await leftovers(root)).toEqual([]);
  });

  it('sweeps what a crashed run left in tmp/ when it opens', async () => {
    const stale = await store.createStaging();
    await writeFile(join(stale.dir, 'doc-0'), bytesA);
    await mkdir(join(store.tmpDir, 'import-old', 'nested'), { recursive: true });
    expect(await leftovers(root)).not.toEqual([]);
    await BlobStore.open(root);
    expect(await leftovers(root)).toEqual([]);
  });

  it('gives each import its own staging directory and removes it on dispose', async () => {
    const [one, two] = await Promise.all([store.createStaging(), store.createStaging()]);
    expect(one?.dir).not.toBe(two?.dir);
    await writeFile(join(one?.dir ?? '', 'doc-0'), bytesA);
    await one?.dispose();
    await two?.dispose();
    expect(await leftovers(root)).toEqual([]);
  });
});
