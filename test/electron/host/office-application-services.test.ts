// The office's applications through the host API: an imported package answers with the application as the
// draft keeps it (from the manifest, documents included), uploads are removed whatever the outcome, and a
// package assembled from uploaded loose files is written, checked and imported like any county's package.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callMethod, hostTarget } from '../../../electron/host/call-method';
import { blobStoreDirOf, uploadsDirOf } from '../../../electron/host/data-layout';
import { createHostServices } from '../../../electron/host/host-services';
import { newUploadPath } from '../../../electron/host/uploads';
import { BlobStore } from '../../../electron/store/blob-store';
import type { PackageImportResult } from '../../../shared/contract/office-applications-spec';
import { draftApplicationSchema } from '../../../shared/office/session-draft';
import { manifestOf, noise, samplePackage, sampleDocuments, sha256Hex } from '../package/package-fixtures';

async function services() {
  const dataDir = await mkdtemp(join(tmpdir(), 'rd-applications-'));
  return { dataDir, target: hostTarget(createHostServices({ host: 'web', dataDir })) };
}

async function uploaded(dataDir: string, name: string, bytes: Uint8Array | string): Promise<string> {
  const path = await newUploadPath(dataDir, name);
  await writeFile(path, bytes);
  return path;
}

async function resultsOf(outcome: Awaited<ReturnType<typeof callMethod>>): Promise<PackageImportResult[]> {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return (outcome.result as { results: PackageImportResult[] }).results;
}

describe('importPackages answers with the application', () => {
  it('gives every manifest field and each document as the session lists it, and removes the uploads, good or bad', async () => {
    const { dataDir, target } = await services();
    const good = await uploaded(dataDir, '清河县.zip', await samplePackage());
    const bad = await uploaded(dataDir, '坏的.zip', 'not a zip');
    const [accepted, refused] = await resultsOf(await callMethod(target, 'importPackages', { paths: [good, bad] }));

    const manifest = manifestOf(sampleDocuments());
    if (!accepted?.ok) throw new Error(JSON.stringify(accepted));
    expect(draftApplicationSchema.parse(accepted.application)).toEqual(accepted.application);
    expect(accepted.application).toEqual({
      id: '990102-2',
      countyName: manifest['countyName'],
      countyCode: manifest['countyCode'],
      city: manifest['city'],
      poverty: true,
      batch: 2,
      missingPrerequisites: [],
      documents: sampleDocuments().map(({ path, role, title, bytes }) => ({
        role,
        title,
        // 佐证材料/图书馆照片.jpg: the folder is the package's, the saved copy is named by the file alone.
        fileName: path.split('/').at(-1),
        size: bytes.length,
        sha256: sha256Hex(bytes),
      })),
    });
    expect(accepted).toMatchObject({ applicationId: '990102-2', countyCode: '990102', documents: 4 });
    expect(refused).toMatchObject({ ok: false, code: 'package.zip.notZip' });
    expect(await readdir(uploadsDirOf(dataDir))).toEqual([]);
  });

  it('leaves the office’s own file where it is', async () => {
    const { dataDir, target } = await services();
    const own = join(dataDir, '清河县.zip');
    await writeFile(own, await samplePackage());
    const [result] = await resultsOf(await callMethod(target, 'importPackages', { paths: [own] }));
    expect(result).toMatchObject({ ok: true });
    expect((await readFile(own)).byteLength).toBeGreaterThan(0);
  });
});

describe('assembleFromUploads', () => {
  const metadata = { countyName: '清河县', countyCode: '990102', city: '云泽市', poverty: true, batch: 2 };

  it('packs the uploaded files under their names with the roles given, imports them into the store and removes the uploads', async () => {
    const { dataDir, target } = await services();
    const form = noise(4_000, 11);
    const plan = noise(3_000, 12);
    const photo = noise(2_000, 13);
    const files = [
      { path: await uploaded(dataDir, '申报书.pdf', form), fileName: '清河县申报书.pdf', role: 'applicationForm' as const },
      // The office corrected the guess: a plan whose name says nothing of it.
      { path: await uploaded(dataDir, 'x.pdf', plan), fileName: '附件二.pdf', role: 'innovationPlan' as const, title: '清河县创新规划设计方案' },
      { path: await uploaded(dataDir, 'p.jpg', photo), fileName: '图书馆照片.jpg', role: 'evidence' as const },
      { path: await uploaded(dataDir, 'Thumbs.db', 'thumbs'), fileName: 'Thumbs.db', role: 'evidence' as const },
    ];
    const progress: number[] = [];
    const outcome = await callMethod(target, 'assembleFromUploads', { files, metadata }, { operationId: 'op', onProgress: (event) => progress.push(event.done / event.total) });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    const result = outcome.result as PackageImportResult;
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.application).toEqual({
      ...metadata,
      id: '990102-2',
      missingPrerequisites: [],
      // In the package's order (by name, code point by code point); Thumbs.db left out.
      documents: [
        { role: 'evidence', title: '图书馆照片', fileName: '图书馆照片.jpg', size: photo.length, sha256: sha256Hex(photo) },
        { role: 'applicationForm', title: '清河县申报书', fileName: '清河县申报书.pdf', size: form.length, sha256: sha256Hex(form) },
        { role: 'innovationPlan', title: '清河县创新规划设计方案', fileName: '附件二.pdf', size: plan.length, sha256: sha256Hex(plan) },
      ],
    });
    const store = await BlobStore.open(blobStoreDirOf(dataDir));
    for (const bytes of [form, plan, photo]) expect(await store.has(sha256Hex(bytes))).toBe(true);
    expect(await readdir(uploadsDirOf(dataDir))).toEqual([]);
    expect(progress.at(-1)).toBe(1);
  });

  it('refuses two files of the same name with the reason, stores nothing and removes the uploads', async () => {
    const { dataDir, target } = await services();
    const one = noise(1_000, 21);
    const files = [
      { path: await uploaded(dataDir, 'a.pdf', one), fileName: '申报书.pdf', role: 'applicationForm' as const },
      { path: await uploaded(dataDir, 'b.pdf', noise(1_000, 22)), fileName: '申报书.PDF', role: 'evidence' as const },
    ];
    const outcome = await callMethod(target, 'assembleFromUploads', { files, metadata });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    const result = outcome.result as PackageImportResult;
    expect(result).toMatchObject({ ok: false, path: '990102-清河县.zip' });
    if (result.ok) return;
    expect(result.messages.join('')).toMatch(/[\u4e00-\u9fff]/);
    expect(await (await BlobStore.open(blobStoreDirOf(dataDir))).has(sha256Hex(one))).toBe(false);
    expect(await readdir(uploadsDirOf(dataDir))).toEqual([]);
  });

  it('refuses a choice of system files only, saying so', async () => {
    const { dataDir, target } = await services();
    const files = [{ path: await uploaded(dataDir, '.DS_Store', 'x'), fileName: '.DS_Store', role: 'evidence' as const }];
    const outcome = await callMethod(target, 'assembleFromUploads', { files, metadata });
    expect(outcome).toMatchObject({ ok: true, result: { ok: false, code: 'officeApplications.assemble.onlySystemFiles' } });
    expect(await readdir(uploadsDirOf(dataDir))).toEqual([]);
  });

  it('refuses a malformed county code before anything is written', async () => {
    const { dataDir, target } = await services();
    const files = [{ path: await uploaded(dataDir, 'a.pdf', 'x'), fileName: 'a.pdf', role: 'evidence' as const }];
    expect(await callMethod(target, 'assembleFromUploads', { files, metadata: { ...metadata, countyCode: '9901' } })).toMatchObject({ ok: false });
  });
});
