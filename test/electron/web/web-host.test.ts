// The local web host on a random port, in this process: authentication, DNS-rebinding and cross-origin
// defences, the API's answers and limits, static files and their headers, progress events, shutdown.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/web/responses';
import { rawRequest, type RawRequest, type RawResponse } from './raw-http';
import { openEvents, SECRET_FILE_TEXT, startFixture, TOKEN, type Fixture } from './web-host-fixture';

let fixture: Fixture;
let port: number;
beforeAll(async () => {
  fixture = await startFixture();
  port = fixture.host.port;
});
afterAll(() => fixture.host.close());

const bearer = { authorization: `Bearer ${TOKEN}` };
const json = { 'content-type': 'application/json' };
const get = (path: string, headers: Record<string, string> = {}): Promise<RawResponse> => rawRequest(port, { path, headers });
const post = (method: string, body: unknown, headers: Record<string, string> = bearer, extra: RawRequest = {}): Promise<RawResponse> =>
  rawRequest(port, { method: 'POST', path: `/api/${method}`, headers: { ...json, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body), ...extra });
const errorOf = (response: RawResponse): { code: string; message: string } => (response.json() as { error: { code: string; message: string } }).error;

describe('authentication', () => {
  it('refuses pages and API calls without the token: 401 with a short Chinese and English body', async () => {
    const page = await get('/');
    expect(page.status).toBe(401);
    expect(page.text).toContain('未授权');
    expect(page.text).toContain('Unauthorized');
    expect(page.headers['set-cookie']).toBeUndefined();
    expect((await get('/assets/app.js')).status).toBe(401);

    const api = await post('getHostInfo', {}, {});
    expect(api.status).toBe(401);
    expect(api.json()).toMatchObject({ ok: false, error: { code: 'host.error.unauthorized' } });
    expect(errorOf(api).message).toMatch(/未授权[\s\S]*Unauthorized/);
  });

  it('refuses a wrong token in the link, the cookie or the bearer header', async () => {
    expect((await get('/?token=wrong')).status).toBe(401);
    expect((await get(`/?token=${TOKEN}x`)).status).toBe(401);
    expect((await get('/', { cookie: `${`review_desk_${port}`}=wrong` })).status).toBe(401);
    expect((await post('getHostInfo', {}, { authorization: 'Bearer wrong' })).status).toBe(401);
    // The cookie of another run (another port) is not this run's cookie.
    expect((await get('/', { cookie: `review_desk_1=${TOKEN}` })).status).toBe(401);
  });

  it('serves the page for the link with the token and sets an HttpOnly, SameSite=Strict cookie that then works alone', async () => {
    const page = await get(`/?token=${TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('评审台');
    const cookie = page.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toBe(`review_desk_${port}=${TOKEN}; Path=/; HttpOnly; SameSite=Strict`);

    const session = { cookie: `other=1; ${cookie.split(';')[0] ?? ''}` };
    const script = await get('/assets/app.js', session);
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/assets/style.css', session)).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await post('getHostInfo', {}, session)).status).toBe(200);
  });

  it('never takes the token from the query of an API call', async () => {
    const response = await rawRequest(port, { method: 'POST', path: `/api/getHostInfo?token=${TOKEN}`, headers: json, body: '{}' });
    expect(response.status).toBe(401);
  });

  it('accepts Authorization: Bearer for the API and for files', async () => {
    const response = await post('getHostInfo', {});
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ ok: true, result: { version: '0.1.0', host: 'web', dataDir: fixture.dataDir, dialogs: false } });
    expect((await get('/', bearer)).status).toBe(200);
  });
});

describe('DNS rebinding and cross-origin calls', () => {
  it('refuses a Host header that is not 127.0.0.1 or localhost with this port, even with the token', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`, `127.0.0.2:${port}`]) {
      const response = await get(`/?token=${TOKEN}`, { ...bearer, host });
      expect(response.status, host).toBe(403);
      expect(response.text).toContain(`127.0.0.1:${port}`);
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect((await post('getHostInfo', {}, { ...bearer, host: 'evil.example' })).status).toBe(403);
    expect((await get('/', { ...bearer, host: `localhost:${port}` })).status).toBe(200);
    expect((await get('/', { ...bearer, host: `LOCALHOST:${port}` })).status).toBe(200);
  });

  it('refuses API calls whose Origin or Sec-Fetch-Site is another site, and accepts the same origin', async () => {
    expect((await post('getHostInfo', {}, { ...bearer, origin: 'http://evil.example' })).status).toBe(403);
    expect((await post('getHostInfo', {}, { ...bearer, origin: 'null' })).status).toBe(403);
    // localhost and 127.0.0.1 are different origins.
    expect((await post('getHostInfo', {}, { ...bearer, origin: `http://localhost:${port}` })).status).toBe(403);
    expect((await post('getHostInfo', {}, { ...bearer, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(errorOf(await post('getHostInfo', {}, { ...bearer, origin: 'http://evil.example' })).code).toBe('host.error.crossOrigin');

    expect((await post('getHostInfo', {}, { ...bearer, origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('refuses a body that is not declared as JSON (a cross-site form could send that without a preflight)', async () => {
    const response = await post('getHostInfo', '{}', { ...bearer, 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
    expect(errorOf(response).code).toBe('host.error.contentType');
  });
});

describe('API', () => {
  it('answers 404 for a method not in the contract, including names every object has', async () => {
    for (const name of ['nope', 'constructor', '__proto__', 'toString', '']) {
      const response = await post(name, {});
      expect(response.status, name).toBe(404);
      expect(errorOf(response).code).toBe('host.error.unknownMethod');
    }
    expect(errorOf(await post('nope', {})).message).toBe('没有这个接口方法：nope。');
  });

  it('answers 405 to anything but POST', async () => {
    const response = await rawRequest(port, { path: '/api/getHostInfo', headers: bearer });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
  });

  it('answers 400 with the problems in Chinese for bad params (English on request), and for a body that is not JSON', async () => {
    const bad = await post('echo', { text: '' });
    expect(bad.status).toBe(400);
    expect(errorOf(bad)).toMatchObject({ code: 'host.error.badParams', message: '调用 echo 的参数有 2 处不对：params.text：至少需要 1 个字符。 params.count：缺少此项。' });
    const english = await post('echo', { text: '' }, { ...bearer, 'accept-language': 'en-US,en;q=0.9' });
    expect(errorOf(english).message).toContain('params.count: missing.');

    const notJson = await post('echo', '{"text":');
    expect(notJson.status).toBe(400);
    expect(errorOf(notJson)).toMatchObject({ code: 'host.error.notJson', message: '请求内容不是有效的 JSON。' });
  });

  it('says it has no dialogs, and refuses chooseFolder with the unsupported message in the caller’s language', async () => {
    expect((await post('getHostInfo', {})).json()).toMatchObject({ ok: true, result: { host: 'web', dialogs: false } });
    const refused = await post('chooseFolder', { purpose: 'exportScores' });
    expect(refused.status).toBe(422);
    expect(errorOf(refused)).toMatchObject({ code: 'host.error.unsupported', message: '此运行方式不支持该操作：dialogs.chooseFolder。' });
    const english = await post('chooseFolder', { purpose: 'exportScores' }, { ...bearer, 'accept-language': 'en-US' });
    expect(errorOf(english).message).toBe('This way of running the app cannot do this: dialogs.chooseFolder.');
  });

  it('treats an empty body as {}', async () => {
    expect((await post('getHostInfo', '')).status).toBe(200);
  });

  it('answers 422 for a refusal by the service and 500 without any detail for a bug', async () => {
    const refused = await post('refuse', {});
    expect(refused.status).toBe(422);
    expect(errorOf(refused).code).toBe('host.error.unsupported');

    const crash = await post('crash', {});
    expect(crash.status).toBe(500);
    expect(errorOf(crash).code).toBe('host.error.internal');
    expect(crash.text).not.toContain('secret');
    expect(crash.text).not.toMatch(/\bat \S+ \(/);
    expect(fixture.logged.some((entry) => entry.method === 'crash')).toBe(true);

    expect((await post('badResult', {})).status).toBe(500);
  });

  it('answers 413 for a body over the limit, declared or streamed', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(1024 * 1024), count: 1 });
    const declared = await post('echo', big);
    expect(declared.status).toBe(413);
    expect(errorOf(declared)).toMatchObject({ code: 'host.error.tooLarge', message: '请求内容过大，上限为 1048576 字节。' });
    expect((await post('echo', big, bearer, { chunked: true })).status).toBe(413);
    // Just under the limit is fine.
    const fits = JSON.stringify({ text: 'x'.repeat(1024 * 1024 - 100), count: 1 });
    expect((await post('echo', fits)).status).toBe(200);
  });

  it('delivers progress events over SSE, tagged with the operation id the call was sent with', async () => {
    const events = await openEvents(port, TOKEN);
    try {
      await events.until((list) => list.some((e) => e.event === 'ready'));
      const response = await post('countTo', { n: 3 }, { ...bearer, 'x-operation-id': 'op_42' });
      expect(response.json()).toEqual({ ok: true, result: { counted: 3 } });
      await events.until((list) => list.some((e) => e.event === 'done'));
      const tagged = events.events.filter((e) => e.event !== 'ready').map((e) => [e.event, JSON.parse(e.data) as unknown]);
      expect(tagged).toEqual([
        ...[1, 2, 3].map((done) => ['progress', { operationId: 'op_42', done, total: 3, label: `第 ${done} 步` }]),
        ['done', { operationId: 'op_42' }],
      ]);

      // Without an operation id the call sends no events.
      await post('countTo', { n: 2 });
      expect(events.events.filter((e) => e.event === 'progress')).toHaveLength(3);
      expect((await post('countTo', { n: 1 }, { ...bearer, 'x-operation-id': 'bad id!' })).status).toBe(400);
      // A call refused before it ran still tells its client to stop waiting.
      expect((await post('nope', {}, { ...bearer, 'x-operation-id': 'op_404' })).status).toBe(404);
      await events.until((list) => list.some((e) => e.event === 'done' && e.data === '{"operationId":"op_404"}'));
    } finally {
      events.close();
    }
  });

  it('requires the token for the event stream too', async () => {
    await expect(openEvents(port, 'wrong')).rejects.toThrow('HTTP 401');
  });
});

describe('static files', () => {
  it('sends CSP, nosniff and no-store on pages, files, API answers and refusals', async () => {
    for (const response of [await get('/assets/app.js', bearer), await post('getHostInfo', {}), await get('/')]) {
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['cache-control']).toBe('no-store');
    }
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it('gives the page a fresh style nonce on every load, in its CSP and in a meta element, and nothing else', async () => {
    const nonces: string[] = [];
    for (let load = 0; load < 2; load += 1) {
      const page = await get('/', bearer);
      expect(page.status).toBe(200);
      const csp = String(page.headers['content-security-policy']);
      const nonce = /style-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1] ?? '';
      expect(nonce.length).toBeGreaterThanOrEqual(24);
      expect(csp.startsWith(CONTENT_SECURITY_POLICY)).toBe(true);
      expect(csp).not.toContain('unsafe');
      expect(page.text).toContain(`<meta name="csp-nonce" content="${nonce}" />`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('refuses traversal in every spelling and never serves a file outside the folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets%5c..%5c..%5csecret.txt',
      '/%00/index.html',
      '/link-out/secret.txt',
      '/.hidden',
      '/%E0%A4%A',
    ];
    for (const path of attempts) {
      const response = await get(path, bearer);
      expect([400, 404], path).toContain(response.status);
      expect(response.text, path).not.toContain(SECRET_FILE_TEXT);
    }
    expect((await get('/../secret.txt', bearer)).status).toBe(400);
    expect((await get('/link-out/secret.txt', bearer)).status).toBe(400);
  });

  it('answers 404 for a missing file and 405 for other methods', async () => {
    expect((await get('/assets/missing.js', bearer)).status).toBe(404);
    expect((await rawRequest(port, { method: 'PUT', path: '/index.html', headers: bearer, body: 'x' })).status).toBe(405);
  });
});

describe('shutdown', () => {
  it('closes at once with an event stream and an unused connection open, and then refuses connections', async () => {
    const own = await startFixture();
    const events = await openEvents(own.host.port, TOKEN);
    await events.until((list) => list.some((e) => e.event === 'ready'));
    // Browsers open connections ahead of time; one that never sent a request must not hold up the shutdown.
    const unused = connect(own.host.port, '127.0.0.1');
    unused.on('error', () => {});
    await new Promise((resolve) => unused.once('connect', resolve));
    const started = Date.now();
    await own.host.close();
    expect(Date.now() - started).toBeLessThan(1500);
    await expect(rawRequest(own.host.port, { path: '/', headers: bearer })).rejects.toThrow(/ECONNREFUSED/);
  });
});
