// The office's applications over the local web host, as the page does it: each dropped package or loose file
// is uploaded (`POST /api/uploads`), then imported or assembled by its upload path, which is removed after.
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadsDirOf } from '../../../electron/host/data-layout';
import { UPLOADS_PATH } from '../../../shared/contract/document-routes';
import { noise, samplePackage, sha256Hex } from '../package/package-fixtures';
import { rawRequest, type RawResponse } from './raw-http';
import { startFixture, TOKEN, type Fixture } from './web-host-fixture';

const bearer = { authorization: `Bearer ${TOKEN}` };

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
}, 60_000);
afterAll(() => fixture.host.close());

const post = (path: string, headers: Record<string, string>, body: string | Buffer): Promise<RawResponse> =>
  rawRequest(fixture.host.port, { method: 'POST', path, headers: { ...bearer, ...headers }, body });

async function upload(name: string, bytes: Buffer): Promise<string> {
  const answer = await post(UPLOADS_PATH, { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) }, bytes);
  expect(answer.status).toBe(200);
  return (answer.json() as { result: { path: string } }).result.path;
}

const call = (method: string, params: unknown): Promise<RawResponse> => post(`/api/${method}`, { 'content-type': 'application/json' }, JSON.stringify(params));

describe('the office’s applications over HTTP', () => {
  it('imports an uploaded package with its application and removes the upload', async () => {
    const path = await upload('清河县.zip', await samplePackage());
    const answer = await call('importPackages', { paths: [path] });
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ ok: true, result: { results: [{ ok: true, countyCode: '990102', application: { id: '990102-2', poverty: true } }] } });
    expect(await readdir(uploadsDirOf(fixture.dataDir))).toEqual([]);
  });

  it('assembles uploaded loose files into a package, imports it and removes the uploads', async () => {
    const plan = noise(2_000, 31);
    const files = [
      { path: await upload('方案.pdf', plan), fileName: '创新规划设计方案.pdf', role: 'innovationPlan' },
      { path: await upload('申报书.pdf', noise(1_000, 32)), fileName: '申报书.pdf', role: 'applicationForm' },
    ];
    const answer = await call('assembleFromUploads', { files, metadata: { countyName: '青石县', countyCode: '990109', city: '云泽市', poverty: false, batch: 2 } });
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({
      ok: true,
      result: { ok: true, countyCode: '990109', documents: 2, application: { countyName: '青石县', documents: [{ fileName: '创新规划设计方案.pdf', sha256: sha256Hex(plan) }, { fileName: '申报书.pdf' }] } },
    });
    expect(await readdir(uploadsDirOf(fixture.dataDir))).toEqual([]);
  });

  it('refuses an assembly without files before doing anything', async () => {
    const answer = await call('assembleFromUploads', { files: [], metadata: { countyName: '青石县', countyCode: '990109', city: '云泽市', batch: 2 } });
    expect(answer.status).toBe(400);
  });
});
