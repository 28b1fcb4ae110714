// The office's importScores over the local web host, as the browser does it: the expert's file dropped into
// the page is uploaded (`POST /api/uploads`), then imported by its upload path, which is removed afterwards.
import { readdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadsDirOf } from '../../../electron/host/data-layout';
import { UPLOADS_PATH } from '../../../shared/contract/document-routes';
import { exportE1, officeWorld, SESSION_ID, type OfficeWorld } from '../host/office-collect-fixtures';
import { rawRequest, type RawResponse } from './raw-http';
import { startFixture, TOKEN, type Fixture } from './web-host-fixture';

const bearer = { authorization: `Bearer ${TOKEN}` };

let world: OfficeWorld;
let fixture: Fixture;
beforeAll(async () => {
  world = await officeWorld();
  fixture = await startFixture({ dataDir: world.officeDir });
}, 60_000);
afterAll(() => fixture.host.close());

const post = (path: string, headers: Record<string, string>, body: string | Buffer): Promise<RawResponse> =>
  rawRequest(fixture.host.port, { method: 'POST', path, headers: { ...bearer, ...headers }, body });

describe('POST /api/importScores', () => {
  it('imports an uploaded scores file, answers one line per file, and removes the upload', async () => {
    const exported = await exportE1(world);
    const uploaded = await post(UPLOADS_PATH, { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent('张明华.rdscores') }, await readFile(exported.path));
    expect(uploaded.status).toBe(200);
    const { path } = (uploaded.json() as { result: { path: string } }).result;

    const answer = await post('/api/importScores', { 'content-type': 'application/json' }, JSON.stringify({ sessionId: SESSION_ID, paths: [path, path] }));
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({
      ok: true,
      result: { ok: true, files: [{ outcome: 'accepted', expertId: 'E1', sequence: 1 }, { outcome: 'duplicate' }], summary: { total: 2 } },
    });
    expect(await readdir(uploadsDirOf(world.officeDir)).catch(() => [])).toEqual([]);
  });

  it('refuses a call whose parameters are wrong before doing anything', async () => {
    const answer = await post('/api/importScores', { 'content-type': 'application/json' }, JSON.stringify({ sessionId: SESSION_ID, paths: [] }));
    expect(answer.status).toBe(400);
  });
});
