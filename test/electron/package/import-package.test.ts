// Packages that must import: from yazl, from Chinese Windows (GBK names without the UTF-8 flag), from
// PowerShell (backslashes), from macOS (UTF-8 without the flag, NFD, resource forks), zipped as a folder,
// with a BOM in the manifest; and what an import returns, stores and reports on the way.
import iconv from 'iconv-lite';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { importPackage } from '../../../electron/package/import-package';
import { importFraction, type ImportOutcome, type ImportProgress } from '../../../electron/package/import-types';
import { BlobStore } from '../../../electron/store/blob-store';
import type { ManifestDocument } from '../../../shared/package/manifest';
import { manifestBytes, manifestOf, noise, sampleDocuments, samplePackage, sha256Hex, yazlZip, type TestDocument } from './package-fixtures';
import { rawZip, unicodePathExtra, type RawEntry } from './raw-zip';
import { leftovers, snapshot } from './store-snapshot';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

let dir: string;
let store: BlobStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'review-desk-import-'));
  made.push(dir);
  store = await BlobStore.open(join(dir, 'data'));
});

async function importBytes(zip: Buffer, onProgress?: (progress: ImportProgress) => void): Promise<ImportOutcome> {
  const path = join(dir, 'package.zip');
  await writeFile(path, zip);
  return importPackage(path, store, { onProgress });
}

async function readBlob(sha256: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of store.read(sha256) as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function imported(outcome: ImportOutcome): Extract<ImportOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`refused: ${outcome.code} ${JSON.stringify(outcome.problems)}`);
  return outcome;
}

const expectedDocuments = (documents: readonly TestDocument[]): ManifestDocument[] =>
  documents.map(({ path, role, title, bytes }) => ({ path, role, title, size: bytes.length, sha256: sha256Hex(bytes) }));

/** Raw entries as Chinese Windows' "send to compressed folder" writes them: GBK names, no flag, MS-DOS origin. */
const windowsEntry = (name: string, data: Buffer): RawEntry => ({
  name: iconv.encode(name, 'gbk'),
  flags: 0,
  data,
  method: 8,
  versionMadeBy: 0x0014,
  externalAttributes: name.endsWith('/') ? 0x10 : 0x20,
});

describe('importing a valid package', () => {
  it('stores every document by hash and returns the application and documents', async () => {
    const documents = sampleDocuments();
    const outcome = imported(await importBytes(await samplePackage()));
    expect(outcome.application).toEqual({
      id: '990102-2',
      countyName: '清河县',
      countyCode: '990102',
      city: '云泽市',
      poverty: true,
      batch: 2,
      missingPrerequisites: [],
    });
    expect(outcome.documents).toEqual(expectedDocuments(documents));
    expect(outcome.manifest.contact).toEqual({ name: '王芳', phone: '0311-8888 8888', email: 'wangfang@example.cn' });
    expect(outcome.warnings).toEqual([]);
    for (const document of documents) {
      const sha256 = sha256Hex(document.bytes);
      expect(await store.has(sha256)).toBe(true);
      expect(store.path(sha256)).toBe(join(store.root, 'blobs', sha256.slice(0, 2), sha256));
      expect(await readBlob(sha256)).toEqual(document.bytes);
    }
    expect((await snapshot(store.root)).filter((line) => !line.endsWith('/'))).toHaveLength(documents.length);
    expect(await leftovers(store.root)).toEqual([]);
  });

  it('reports progress in order: reading then storing, each rising to the total', async () => {
    const events: ImportProgress[] = [];
    const big = [...sampleDocuments(), { path: '佐证材料/视频截图.png', role: 'evidence' as const, title: '截图', bytes: noise(3 * 1024 * 1024, 7) }];
    imported(await importBytes(await samplePackage(big), (progress) => events.push(progress)));
    const total = big.reduce((sum, document) => sum + document.bytes.length, 0);
    const reading = events.filter((event) => event.stage === 'reading');
    const storing = events.filter((event) => event.stage === 'storing');
    expect(events).toEqual([...reading, ...storing]);
    for (const stage of [reading, storing]) {
      expect(stage[0]).toEqual({ stage: stage[0]?.stage, bytesDone: 0, bytesTotal: total, entry: null });
      expect(stage.at(-1)).toEqual({ stage: stage[0]?.stage, bytesDone: total, bytesTotal: total, entry: null });
      expect(stage.every((event, i) => i === 0 || event.bytesDone >= (stage[i - 1]?.bytesDone ?? 0))).toBe(true);
    }
    // The 3 MiB document reports within itself, not only at its end.
    expect(reading.filter((event) => event.entry === '佐证材料/视频截图.png').length).toBeGreaterThanOrEqual(3);
    const fractions = events.map(importFraction);
    expect(fractions.every((f, i) => i === 0 || f >= (fractions[i - 1] ?? 0))).toBe(true);
    expect(fractions.at(-1)).toBe(1);
  });

  it('imports a zip from Chinese Windows: GBK names without the UTF-8 flag, 0x5C inside a character', async () => {
    // 乗 is 81 5C in GBK: its second byte is an ASCII backslash, which must not split the name.
    const documents: TestDocument[] = [
      { path: '清河县申报书.pdf', role: 'applicationForm', title: '申报书', bytes: noise(3000, 11) },
      { path: '创新规划设计方案（乗数效应）.docx', role: 'innovationPlan', title: '创新规划设计方案', bytes: noise(2000, 12) },
      { path: '佐证材料/文化站照片.jpg', role: 'evidence', title: '文化站照片', bytes: noise(1000, 13) },
    ];
    const zip = rawZip([
      windowsEntry('佐证材料/', Buffer.alloc(0)),
      ...documents.map(({ path, bytes }) => windowsEntry(path, bytes)),
      { name: 'manifest.json', data: manifestBytes(manifestOf(documents)), method: 8, flags: 0, versionMadeBy: 0x0014 },
    ]);
    expect(zip.includes(Buffer.from([0x81, 0x5c]))).toBe(true);
    expect(imported(await importBytes(zip)).documents).toEqual(expectedDocuments(documents));
  });

  it('imports a zip with backslash separators (Windows PowerShell 5 Compress-Archive)', async () => {
    const documents = sampleDocuments();
    const zip = rawZip([
      { name: 'manifest.json', data: manifestBytes(manifestOf(documents)) },
      ...documents.map(({ path, bytes }) => ({ name: path.replaceAll('/', '\\'), data: bytes, method: 8 })),
    ]);
    expect(imported(await importBytes(zip)).documents).toEqual(expectedDocuments(documents));
  });

  it('imports a zip from macOS: UTF-8 without the flag, NFD names, __MACOSX and .DS_Store passed over', async () => {
    const documents = [...sampleDocuments(), { path: 'café简介.txt', role: 'evidence' as const, title: '简介', bytes: noise(100, 14) }];
    const mac = (name: string, data: Buffer): RawEntry => ({ name: Buffer.from(name.normalize('NFD'), 'utf8'), flags: 0, data, method: 8 });
    const zip = rawZip([
      { name: 'manifest.json', data: manifestBytes(manifestOf(documents)) },
      ...documents.map(({ path, bytes }) => mac(path, bytes)),
      mac('__MACOSX/._清河县申报书.pdf', noise(50, 15)),
      mac('.DS_Store', noise(60, 16)),
    ]);
    const outcome = imported(await importBytes(zip));
    expect(outcome.documents).toEqual(expectedDocuments(documents));
    expect(await store.has(sha256Hex(noise(60, 16)))).toBe(false);
  });

  it('takes the name from an Info-ZIP Unicode Path field over a lossy stored name', async () => {
    const documents = sampleDocuments();
    const zip = rawZip([
      { name: 'manifest.json', data: manifestBytes(manifestOf(documents)) },
      ...documents.map(({ path, bytes }, i) => {
        const stored = Buffer.from(`file${i}?.bin`);
        return { name: stored, flags: 0, data: bytes, method: 8, extra: unicodePathExtra(stored, path) };
      }),
    ]);
    expect(imported(await importBytes(zip)).documents).toEqual(expectedDocuments(documents));
  });

  it('imports a folder that was zipped whole: paths are relative to that folder', async () => {
    const documents = sampleDocuments();
    const zip = await yazlZip([
      { name: '清河县申报材料/manifest.json', data: manifestBytes(manifestOf(documents)) },
      ...documents.map(({ path, bytes }) => ({ name: `清河县申报材料/${path}`, data: bytes })),
    ]);
    expect(imported(await importBytes(zip)).documents).toEqual(expectedDocuments(documents));
  });

  it('accepts a manifest saved with a byte order mark and uppercase hashes', async () => {
    const documents = sampleDocuments();
    const manifest = manifestOf(documents);
    manifest['documents'] = (manifest['documents'] as { sha256: string }[]).map((d) => ({ ...d, sha256: d.sha256.toUpperCase() }));
    const zip = await yazlZip([
      { name: 'manifest.json', data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), manifestBytes(manifest)]) },
      ...documents.map(({ path, bytes }) => ({ name: path, data: bytes })),
    ]);
    expect(imported(await importBytes(zip)).documents).toEqual(expectedDocuments(documents));
  });

  it('imports, with warnings, a package without an innovation plan or application form', async () => {
    const documents = sampleDocuments().filter((d) => d.role === 'evidence');
    const outcome = imported(await importBytes(await samplePackage(documents)));
    expect(outcome.warnings.map((w) => [w.code, w.severity])).toEqual([
      ['package.manifest.noInnovationPlan', 'warning'],
      ['package.manifest.noApplicationForm', 'warning'],
    ]);
  });

  it('stores identical documents once, keeps empty documents and folder entries, takes a given id', async () => {
    const same = noise(500, 21);
    const documents: TestDocument[] = [
      ...sampleDocuments(),
      { path: '佐证材料/副本一.pdf', role: 'evidence', title: '副本一', bytes: same },
      { path: '佐证材料/副本二.pdf', role: 'evidence', title: '副本二', bytes: same },
      { path: '空白.txt', role: 'evidence', title: '空白', bytes: Buffer.alloc(0) },
    ];
    const zip = rawZip([
      { name: '佐证材料/' },
      { name: 'manifest.json', data: manifestBytes(manifestOf(documents)), method: 8 },
      ...documents.map(({ path, bytes }) => ({ name: path, data: bytes, method: bytes.length > 0 ? 8 : 0 })),
    ]);
    const path = join(dir, 'package.zip');
    await writeFile(path, zip);
    const outcome = imported(await importPackage(path, store, { applicationId: 'A07' }));
    expect(outcome.application.id).toBe('A07');
    expect(outcome.documents).toEqual(expectedDocuments(documents));
    expect((await snapshot(store.root)).filter((line) => !line.endsWith('/'))).toHaveLength(sampleDocuments().length + 2);
    expect(await readBlob(sha256Hex(Buffer.alloc(0)))).toEqual(Buffer.alloc(0));
  });

  it('imports the same package twice without changing the store the second time', async () => {
    const zip = await samplePackage();
    imported(await importBytes(zip));
    const after = await snapshot(store.root);
    imported(await importBytes(zip));
    expect(await snapshot(store.root)).toEqual(after);
  });

  it('refuses a missing file as unopenable, naming it', async () => {
    const outcome = await importPackage(join(dir, 'no-such.zip'), store);
    expect(outcome.ok ? null : [outcome.code, outcome.problems[0]?.params['path']]).toEqual(['package.file.cannotOpen', join(dir, 'no-such.zip')]);
  });
});
