// The app:// handler against a stand-in renderer build: the CSP and nosniff on every response, the page's
// nonce, content types, the SPA fallback only for routes, and refusals for foreign hosts and any way out of
// the folder (spelled raw, encoded, with backslashes or absolute).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { documentPath } from '../../../shared/contract/document-routes';
import { blobStoreDirOf } from '../../../electron/host/data-layout';
import { blobPathIn } from '../../../electron/store/blob-store';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const { handleAppProtocol, registerAppScheme, serveAppRequest } = await import('../../../electron/main/app-protocol');

const INDEX = '<!doctype html><html><head><title>评审台</title></head><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>';
let base: string;
let root: string;
let dataDir: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'app-protocol-'));
  root = join(base, 'renderer');
  dataDir = join(base, 'data');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), INDEX);
  await writeFile(join(root, 'assets', 'app.js'), 'export {};\n');
  await writeFile(join(root, 'assets', 'app.css'), 'body{}\n');
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // Beside the build, where a traversal would land.
  await writeFile(join(base, 'secret.txt'), 'SECRET');
});
afterAll(() => rm(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET', headers?: Headers): Promise<Response> => serveAppRequest({ url, method, ...(headers ? { headers } : {}) }, { rendererRoot: root, dataDir });

function expectSecurityHeaders(response: Response): void {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('the scheme', () => {
  it('is registered as standard, secure and fetchable, and handled under "app"', async () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    handleAppProtocol({ rendererRoot: root, dataDir });
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = electron.protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    const response = await handler(new Request('app://review-desk/assets/app.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export {};\n');
  });
});

describe('serving the build', () => {
  it('serves index.html with a fresh nonce in a meta element and in the CSP header, styles by nonce only', async () => {
    const first = await get('app://review-desk/index.html');
    const second = await get('app://review-desk/');
    for (const response of [first, second]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expectSecurityHeaders(response);
    }
    const html = await first.text();
    const nonce = /<meta name="csp-nonce" content="([^"]+)"/.exec(html)?.[1];
    expect(nonce).toBeDefined();
    expect(first.headers.get('content-security-policy')).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(second.headers.get('content-security-policy')).not.toContain(`'nonce-${nonce}'`);
  });

  it('gives each asset its content type', async () => {
    const cases: [string, string][] = [
      ['assets/app.js', 'text/javascript; charset=utf-8'],
      ['assets/app.css', 'text/css; charset=utf-8'],
      ['assets/logo.svg', 'image/svg+xml'],
    ];
    for (const [path, type] of cases) {
      const response = await get(`app://review-desk/${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      expectSecurityHeaders(response);
    }
  });

  it('answers a route without an extension with the page, a missing asset with 404', async () => {
    const route = await get('app://review-desk/office/session');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="root">');
    const asset = await get('app://review-desk/assets/missing.js');
    expect(asset.status).toBe(404);
    expectSecurityHeaders(asset);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://review-desk/assets/app.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('refusals', () => {
  it('answers another host, or another scheme, with 404 and never a file', async () => {
    for (const url of ['app://evil/index.html', 'app://review-desk.evil/index.html', 'app://evil/assets/app.js', 'https://review-desk/index.html']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expectSecurityHeaders(response);
      expect(await response.text(), url).not.toContain('<div id="root">');
    }
  });

  it('refuses every way out of the folder, raw or encoded, and never reads the file beside it', async () => {
    const urls = [
      'app://review-desk/../secret.txt',
      'app://review-desk/assets/../../secret.txt',
      'app://review-desk/%2e%2e/secret.txt',
      'app://review-desk/%2E%2E%2Fsecret.txt',
      'app://review-desk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://review-desk/..%5csecret.txt',
      'app://review-desk/..\\secret.txt',
      'app://review-desk/%2F..%2Fsecret.txt',
      `app://review-desk/${encodeURIComponent(join(base, 'secret.txt'))}`,
      'app://review-desk/C:%5cWindows%5cwin.ini',
      'app://review-desk/index.html%00.js',
    ];
    for (const url of urls) {
      const response = await get(url);
      expect([400, 404], url).toContain(response.status);
      expectSecurityHeaders(response);
      expect(await response.text(), url).not.toContain('SECRET');
    }
    expect((await get('app://review-desk/../secret.txt')).status).toBe(400);
    expect((await get('app://review-desk/assets/%2e%2e%2f%2e%2e%2fsecret.txt')).status).toBe(400);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://review-desk/index.html', 'POST');
    expect(response.status).toBe(405);
    expectSecurityHeaders(response);
  });
});

describe('documents of an opened session', () => {
  const bytes = new TextEncoder().encode('%PDF-1.7 county material');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  beforeAll(async () => {
    const path = blobPathIn(blobStoreDirOf(dataDir), sha256);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  });

  it('serves a stored document by its hash at the web host’s address, typed only as asked from the allow-list, inert', async () => {
    const response = await get(`app://review-desk${documentPath(sha256, '申报书.pdf')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);

    const untyped = await get(`app://review-desk/api/documents/${sha256}?type=text/html`);
    expect(untyped.headers.get('content-type')).toBe('application/octet-stream');
    const head = await get(`app://review-desk/api/documents/${sha256}`, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('refuses a name that is not a hash, a missing document and other methods with the API’s error in the caller’s language', async () => {
    const cases: [string, string, number, string][] = [
      [`app://review-desk/api/documents/${sha256.toUpperCase()}`, 'GET', 400, 'expertSession.host.document.badName'],
      [`app://review-desk/api/documents/${'0'.repeat(64)}`, 'GET', 404, 'expertSession.host.document.notFound'],
      [`app://review-desk/api/documents/${sha256}`, 'POST', 405, 'host.error.httpMethod'],
    ];
    for (const [url, method, status, code] of cases) {
      const response = await get(url, method);
      expect(response.status, url).toBe(status);
      const body = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(body).toMatchObject({ ok: false, error: { code } });
      expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const english = await get(`app://review-desk/api/documents/${'0'.repeat(64)}`, 'GET', new Headers({ 'Accept-Language': 'en-US,en;q=0.9' }));
    expect(((await english.json()) as { error: { message: string } }).error.message).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('never leaves the store: a traversal spelled under the document route is refused', async () => {
    for (const url of ['app://review-desk/api/documents/../../secret.txt', 'app://review-desk/api/documents/%2e%2e/%2e%2e/secret.txt']) {
      const response = await get(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text()).not.toContain('SECRET');
    }
  });
});
