// The routes that move bytes for the expert's workspace: documents of an opened session served by hash
// (`GET /api/documents/<sha256>`), and files dropped into the page uploaded (`POST /api/uploads`) and then
// opened with openSession, which removes them. Both behind the same host, origin and token checks as the API.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callMethod } from '../../../electron/host/call-method';
import { uploadsDirOf } from '../../../electron/host/data-layout';
import { cleanUploadName } from '../../../electron/web/upload-route';
import { documentPath, DOCUMENTS_PATH, UPLOADS_PATH } from '../../../shared/contract/document-routes';
import { demoSheetsOf, expertWorld, type ExpertWorld } from '../host/expert-fixtures';
import { rawRequest, type RawRequest, type RawResponse } from './raw-http';
import { openEvents, startFixture, TOKEN, type Fixture } from './web-host-fixture';

const UPLOAD_LIMIT = 64 * 1024;
const bearer = { authorization: `Bearer ${TOKEN}` };

let world: ExpertWorld;
let fixture: Fixture;
let port: number;
beforeAll(async () => {
  world = await expertWorld();
  fixture = await startFixture({ dataDir: world.expertDir, uploadLimit: UPLOAD_LIMIT });
  port = fixture.host.port;
});
afterAll(() => fixture.host.close());

const get = (path: string, headers: Record<string, string> = bearer, method = 'GET'): Promise<RawResponse> => rawRequest(port, { method, path, headers });
const call = (method: string, params: unknown, headers: Record<string, string> = {}): Promise<RawResponse> =>
  rawRequest(port, { method: 'POST', path: `/api/${method}`, headers: { ...bearer, 'content-type': 'application/json', ...headers }, body: JSON.stringify(params) });
const upload = (body: Buffer, headers: Record<string, string> = {}, extra: RawRequest = {}): Promise<RawResponse> =>
  rawRequest(port, { method: 'POST', path: UPLOADS_PATH, headers: { ...bearer, 'content-type': 'application/octet-stream', ...headers }, body, ...extra });
const errorCode = (response: RawResponse): string => (response.json() as { error: { code: string } }).error.code;
const uploads = (): Promise<string[]> => readdir(uploadsDirOf(world.expertDir)).catch(() => []);

/** The body as bytes (rawRequest decodes it as text). */
function bytesOf(path: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { ...bearer, host: `127.0.0.1:${port}` }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('a dropped session file: upload, open through the API with progress, read its documents', () => {
  it('uploads the bytes, opens them (progress to the end), removes the upload, and serves every document', async () => {
    const bytes = await readFile(world.sessionFile);
    const uploaded = await upload(bytes, { 'x-file-name': encodeURIComponent('示例省第二批评审会.rdsession') }, { chunked: true });
    expect(uploaded.status).toBe(200);
    const { result } = uploaded.json() as { result: { path: string; name: string; size: number } };
    expect(result.name).toBe('示例省第二批评审会.rdsession');
    expect(result.size).toBe(bytes.length);
    expect(dirname(result.path)).toBe(uploadsDirOf(world.expertDir));
    expect(result.path).toMatch(/\/[0-9a-f-]{36}\.rdsession$/);
    expect((await readFile(result.path)).equals(bytes)).toBe(true);

    const events = await openEvents(port, TOKEN);
    try {
      await events.until((list) => list.some((e) => e.event === 'ready'));
      const opened = await call('openSession', { path: result.path }, { 'x-operation-id': 'op_open' });
      expect(opened.status).toBe(200);
      expect(opened.json()).toMatchObject({ ok: true, result: { ok: true, session: { sessionId: 'demo-2026-2' }, expertId: 'E1' } });
      await events.until((list) => list.some((e) => e.event === 'done'));
      const progress = events.events.filter((e) => e.event === 'progress').map((e) => JSON.parse(e.data) as { done: number; total: number });
      expect(progress.length).toBeGreaterThan(1);
      expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
    } finally {
      events.close();
    }
    expect(await uploads()).toEqual([]);

    for (const document of world.documents) {
      const path = `${DOCUMENTS_PATH}${document.sha256}`;
      expect((await bytesOf(path)).equals(Buffer.from(document.bytes)), document.title).toBe(true);
    }
  });
});

describe('GET /api/documents/<sha256>', () => {
  beforeAll(async () => {
    expect(await callMethod(world.target, 'openSession', { path: world.sessionFile })).toMatchObject({ ok: true, result: { ok: true } });
  });
  const documentOf = (): ExpertWorld['documents'][number] => {
    const [first] = world.documents;
    if (first === undefined) throw new Error('the demo session has no documents');
    return first;
  };

  it('serves the bytes as opaque data unless an allowed type is asked for, inert and never as a download', async () => {
    const { sha256, bytes } = documentOf();
    const plain = await get(`${DOCUMENTS_PATH}${sha256}`);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('application/octet-stream');
    expect(plain.headers['content-length']).toBe(String(bytes.length));
    expect(plain.headers['x-content-type-options']).toBe('nosniff');
    expect(plain.headers['content-disposition']).toBeUndefined();
    expect(plain.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(plain.headers['cache-control']).toBe('no-store');

    expect((await get(`${DOCUMENTS_PATH}${sha256}?type=application/pdf`)).headers['content-type']).toBe('application/pdf');
    expect((await get(documentPath(sha256, '照片.JPG'))).headers['content-type']).toBe('image/jpeg');
    expect((await get(documentPath(sha256, '说明.docx'))).headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    for (const type of ['text/html', 'image/svg+xml', 'application/javascript', '']) {
      expect((await get(`${DOCUMENTS_PATH}${sha256}?type=${encodeURIComponent(type)}`)).headers['content-type'], type).toBe('application/octet-stream');
    }

    const head = await get(`${DOCUMENTS_PATH}${sha256}`, bearer, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(bytes.length));
    expect(head.text).toBe('');
  });

  it('answers 404 for a hash it does not hold and 400 for anything that is not a lowercase SHA-256', async () => {
    const unknown = await get(`${DOCUMENTS_PATH}${'0'.repeat(64)}`);
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown)).toBe('expertSession.host.document.notFound');
    const { sha256 } = documentOf();
    for (const name of [sha256.toUpperCase(), sha256.slice(1), `${sha256}0`, 'x'.repeat(64), `..%2f..%2f${sha256}`, `${sha256}/`, `${sha256.slice(0, 2)}/${sha256}`, '']) {
      const response = await get(`${DOCUMENTS_PATH}${name}`);
      expect(response.status, name).toBe(400);
      expect(errorCode(response)).toBe('expertSession.host.document.badName');
    }
  });

  it('requires the token, this host and this origin, and only reads', async () => {
    const path = `${DOCUMENTS_PATH}${documentOf().sha256}`;
    expect((await get(path, {})).status).toBe(401);
    expect((await get(path, { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await get(path, { ...bearer, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await get(path, { ...bearer, host: 'evil.example' })).status).toBe(403);
    const post = await rawRequest(port, { method: 'POST', path, headers: bearer, body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});

describe('POST /api/uploads', () => {
  it('keeps a plain extension and drops everything else from the sent name', async () => {
    const response = await upload(Buffer.from('hello'), { 'x-file-name': encodeURIComponent('../../etc/评审\u202Egnp.exe') });
    expect(response.status).toBe(200);
    const { result } = response.json() as { result: { path: string; name: string } };
    expect(result.name).toBe('评审gnp.exe');
    expect(result.path.endsWith('.exe')).toBe(true);
    expect(dirname(result.path)).toBe(uploadsDirOf(world.expertDir));
    const nameless = (await upload(Buffer.from('x'))).json() as { result: { path: string; name: string } };
    expect(nameless.result.name).toBe('upload');
    expect(nameless.result.path).toMatch(/[0-9a-f-]{36}$/);
  });

  it('refuses another content type, another origin, no token, and other methods, keeping nothing', async () => {
    const before = await uploads();
    const json = await upload(Buffer.from('{}'), { 'content-type': 'application/json' });
    expect(json.status).toBe(415);
    expect(errorCode(json)).toBe('expertSession.host.upload.contentType');
    expect((await upload(Buffer.from('x'), { 'content-type': 'multipart/form-data; boundary=x' })).status).toBe(415);
    expect((await upload(Buffer.from('x'), { origin: 'http://evil.example' })).status).toBe(403);
    expect((await upload(Buffer.from('x'), { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await upload(Buffer.from('x'), { authorization: 'Bearer wrong' })).status).toBe(401);
    const getUploads = await get(UPLOADS_PATH);
    expect(getUploads.status).toBe(405);
    expect(getUploads.headers.allow).toBe('POST');
    expect(await uploads()).toEqual(before);
  });

  it('refuses a file over the limit, declared or streamed, and keeps none of it', async () => {
    const before = await uploads();
    const big = Buffer.alloc(UPLOAD_LIMIT + 1, 7);
    const declared = await upload(big);
    expect(declared.status).toBe(413);
    expect(errorCode(declared)).toBe('expertSession.host.upload.tooLarge');
    expect((await upload(big, {}, { chunked: true })).status).toBe(413);
    expect(await uploads()).toEqual(before);
    // Exactly the limit is fine.
    expect((await upload(Buffer.alloc(UPLOAD_LIMIT, 7), {}, { chunked: true })).status).toBe(200);
  });

  it('cuts a body far over the limit and keeps nothing of it, nor of an upload the client abandons', async () => {
    const before = await uploads();
    const huge = Buffer.alloc(UPLOAD_LIMIT + 2 * 1024 * 1024, 7);
    // Past the drain allowance the connection is cut: the client sees a reset or, if it was quick, our 413.
    const cut = await upload(huge, {}, { chunked: true }).then((response) => response.status, (error: Error) => error.message);
    expect([413, 'socket hang up', 'write EPIPE', 'read ECONNRESET', 'write ECONNRESET']).toContain(cut);

    const abandoned = request({ host: '127.0.0.1', port, method: 'POST', path: UPLOADS_PATH, headers: { ...bearer, host: `127.0.0.1:${port}`, 'content-type': 'application/octet-stream' }, agent: false });
    abandoned.on('error', () => {});
    abandoned.write(Buffer.alloc(1000, 1));
    const settle = async (done: (names: string[]) => boolean): Promise<string[]> => {
      for (let tries = 0; tries < 100; tries += 1) {
        const names = await uploads();
        if (done(names)) return names;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return uploads();
    };
    // The upload has begun (its file exists) when the client goes away.
    expect((await settle((names) => names.length > before.length)).length).toBe(before.length + 1);
    abandoned.destroy();
    expect(await settle((names) => names.length === before.length)).toEqual(before);
  });

  it('cleans sent names: percent-decoded, last segment, no control or format characters, never empty', () => {
    expect(cleanUploadName(encodeURIComponent('清河县 申报书.pdf'))).toBe('清河县 申报书.pdf');
    expect(cleanUploadName('C:\\Users\\x\\a.zip')).toBe('a.zip');
    expect(cleanUploadName('%E0%A4%A')).toBe('%E0%A4%A');
    expect(cleanUploadName(encodeURIComponent('a\u0000b\u200Bc\n.txt'))).toBe('abc.txt');
    expect(cleanUploadName('...')).toBe('upload');
    expect(cleanUploadName(undefined)).toBe('upload');
    expect([...cleanUploadName('长'.repeat(500))]).toHaveLength(120);
  });
});

describe('the web host and the expert’s data directory', () => {
  it('removes uploads left by an earlier run when it starts', async () => {
    const dataDir = join(world.root, 'another');
    await mkdir(uploadsDirOf(dataDir), { recursive: true });
    await writeFile(join(uploadsDirOf(dataDir), 'left-over.rdsession'), 'x');
    const own = await startFixture({ dataDir });
    try {
      expect(await readdir(dataDir)).not.toContain('uploads');
    } finally {
      await own.host.close();
    }
  });

  it('takes an export larger than the API’s default 1 MB body: a panel’s sheets with long opinions', async () => {
    const long = '评审意见'.repeat(40_000);
    const sheets = demoSheetsOf('E1').map((sheet) => (sheet.status === 'scored' ? { ...sheet, opinion: { strengths: long, problems: '', suggestions: '' } } : sheet));
    const body = { sessionId: 'demo-2026-2', expertId: 'E1', sheets, folder: join(world.root, 'export'), encrypt: false };
    expect(JSON.stringify(body).length).toBeGreaterThan(1024 * 1024);
    const response = await call('exportScores', body);
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, result: { ok: true, sequence: 1 } });
  });
});
