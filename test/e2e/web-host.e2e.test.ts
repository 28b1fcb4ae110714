// End to end in Debian's Chromium: `npm run web`'s entry is started as a process, the printed link is
// opened, the real renderer calls the real host, and a request without the cookie is refused. Runs in CI
// always (.ci/run installs chromium); elsewhere it is skipped only when /usr/bin/chromium is missing.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const root = join(import.meta.dirname, '..', '..');
const screenshot = join(root, 'out', 'screenshots', 'web-host.png');
const skip = !existsSync(CHROMIUM) && !process.env.CI;
const title = skip ? `web host in Chromium — SKIPPED: ${CHROMIUM} is missing (apt-get install chromium)` : 'web host in Chromium';

interface Running {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
}

function startHost(dataDir: string): Running {
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [tsx, 'electron/web/main.ts', '--no-open', '--port', '0', '--data-dir', dataDir], { cwd: root });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function printedUrl(host: Running, timeoutMs = 60_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const match = /在浏览器中打开：(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43})\n/.exec(host.output());
    if (match?.[1]) return match[1];
    if (host.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no link printed:\n${host.output()}`);
}

describe.skipIf(skip)(title, () => {
  const base = mkdtempSync(join(tmpdir(), 'rd-e2e-'));
  const dataDir = join(base, '数据');
  let host: Running;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    host = startHost(dataDir);
    url = await printedUrl(host);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // launch() gives the browser a fresh temporary profile (its own --user-data-dir) every time.
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (host?.child.exitCode === null) host.child.kill('SIGKILL');
    rmSync(base, { recursive: true, force: true });
  });

  it('prints the link and the data directory in Chinese', () => {
    expect(host.output()).toContain(`数据目录：${dataDir}`);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  it('shows 评审台 at first start, and takes the token out of the address bar', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    // A fresh data directory has no key: the expert workspace opens at first start, in Chinese.
    await expect.poll(() => page.locator('#rd-first-title').textContent(), { timeout: 15_000 }).toBe('首次使用：填写专家信息');
    expect(await page.locator('h1').textContent()).toBe('评审台');
    expect(page.url()).not.toContain('token');
    expect(errors, 'no CSP violations or script errors').toEqual([]);
    mkdirSync(join(root, 'out', 'screenshots'), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(existsSync(screenshot)).toBe(true);

    // From the page itself: with the cookie the API answers, without it (credentials omitted) it refuses.
    const statuses = await page.evaluate(async () => {
      const call = (credentials: RequestCredentials): Promise<number> =>
        fetch('/api/getHostInfo', { method: 'POST', credentials, headers: { 'Content-Type': 'application/json' }, body: '{}' }).then((r) => r.status);
      return { withCookie: await call('same-origin'), withoutCookie: await call('omit') };
    });
    expect(statuses).toEqual({ withCookie: 200, withoutCookie: 401 });
    await page.close();
  });

  it('refuses a browser without the cookie, and one that reaches the host under another name', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const origin = new URL(url).origin;
    const response = await page.goto(`${origin}/`);
    expect(response?.status()).toBe(401);
    expect(await page.textContent('body')).toContain('未授权');
    // localhost:PORT is allowed as a Host, but it is another origin: the 127.0.0.1 cookie does not go there.
    const other = await page.goto(`${origin.replace('127.0.0.1', 'localhost')}/`);
    expect(other?.status()).toBe(401);
    await context.close();
  });

  it('stops on SIGINT, saying so', async () => {
    host.child.kill('SIGINT');
    expect(await host.exited).toBe(0);
    expect(host.output()).toContain('本地网页宿主已停止。');
  });
});
