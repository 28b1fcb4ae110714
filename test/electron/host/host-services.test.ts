// The host services behind the contract, called through the same dispatcher every binding uses.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callMethod, hostTarget } from '../../../electron/host/call-method';
import { createHostServices } from '../../../electron/host/host-services';
import { samplePackage } from '../package/package-fixtures';

async function services() {
  const dataDir = await mkdtemp(join(tmpdir(), 'rd-services-'));
  return { dataDir, target: hostTarget(createHostServices({ host: 'cli', dataDir })) };
}

describe('identity through the host API', () => {
  it('is null before the first start, then made once and kept', async () => {
    const { target } = await services();
    expect(await callMethod(target, 'getIdentity', {})).toMatchObject({ ok: true, result: null });
    const made = await callMethod(target, 'createIdentity', { name: '张明华', role: 'expert' });
    if (!made.ok) throw new Error(JSON.stringify(made));
    const created = made.result as { identity: { fingerprint: string; name: string; protection: string }; created: boolean };
    expect(created.created).toBe(true);
    expect(created.identity).toMatchObject({ name: '张明华', protection: 'file-permissions' });
    expect(created.identity.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const again = await callMethod(target, 'createIdentity', { name: '别的名字', role: 'office' });
    expect(again).toMatchObject({ ok: true, result: { created: false, identity: { name: '张明华', fingerprint: created.identity.fingerprint } } });
    expect(await callMethod(target, 'getIdentity', {})).toMatchObject({ ok: true, result: { fingerprint: created.identity.fingerprint } });
  });

  it('refuses an empty name', async () => {
    const { target } = await services();
    expect(await callMethod(target, 'createIdentity', { name: '  ', role: 'expert' })).toMatchObject({ ok: false });
  });
});

describe('package import through the host API', () => {
  it('imports a good package, refuses a bad one with Chinese reasons, and reports progress to the end', async () => {
    const { dataDir, target } = await services();
    const good = join(dataDir, 'good.zip');
    const bad = join(dataDir, 'bad.zip');
    await writeFile(good, await samplePackage());
    await writeFile(bad, 'this is not a zip');
    const progress: Array<{ done: number; total: number }> = [];
    const outcome = await callMethod(target, 'importPackages', { paths: [good, bad] }, {
      operationId: 'op-1',
      onProgress: (event) => progress.push({ done: event.done, total: event.total }),
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    const { results } = outcome.result as { results: Array<Record<string, unknown>> };
    expect(results[0]).toMatchObject({ path: good, ok: true });
    expect(results[0]?.['documents']).toBeGreaterThan(0);
    expect(results[1]).toMatchObject({ path: bad, ok: false, code: 'package.zip.notZip' });
    expect(String((results[1]?.['messages'] as string[])[0])).toMatch(/[\u4e00-\u9fff]/);
    expect(progress.at(-1)).toEqual({ done: 2, total: 2 });
    expect(progress.every((p, i) => i === 0 || p.done >= (progress[i - 1]?.done ?? 0))).toBe(true);
  });
});

describe('assembling a package from a folder through the host API', () => {
  const metadata = { countyName: '清河县', countyCode: '990102', city: '云泽市', poverty: false, batch: 2 };

  it('guesses roles from the file names, writes a verified zip, and the zip imports', async () => {
    const { dataDir, target } = await services();
    const folder = join(dataDir, '清河县材料');
    await mkdir(folder);
    await writeFile(join(folder, '清河县创建申报书.pdf'), '%PDF-1.4 申报书');
    await writeFile(join(folder, '创新规划设计方案.pdf'), '%PDF-1.4 方案');
    await writeFile(join(folder, '图书馆照片.jpg'), 'JPEG');
    const out = join(dataDir, '清河县.zip');
    const assembled = await callMethod(target, 'assemblePackage', { folder, metadata, out });
    if (!assembled.ok) throw new Error(JSON.stringify(assembled));
    const result = assembled.result as { ok: boolean; documents: Array<{ path: string; role: string }> };
    expect(result.ok).toBe(true);
    expect(Object.fromEntries(result.documents.map((d) => [d.path, d.role]))).toEqual({
      '清河县创建申报书.pdf': 'applicationForm',
      '创新规划设计方案.pdf': 'innovationPlan',
      '图书馆照片.jpg': 'evidence',
    });
    const imported = await callMethod(target, 'importPackages', { paths: [out] });
    expect(imported).toMatchObject({ ok: true, result: { results: [{ ok: true, countyCode: '990102', documents: 3 }] } });
  });

  it('refuses metadata with a malformed county code before touching anything', async () => {
    const { dataDir, target } = await services();
    const outcome = await callMethod(target, 'assemblePackage', { folder: dataDir, metadata: { ...metadata, countyCode: '9901' }, out: join(dataDir, 'x.zip') });
    expect(outcome).toMatchObject({ ok: false });
  });
});
