// End to end in Debian's Chromium: `npm run web`'s entry is started as a process, the printed link is
// opened, the real renderer calls the real host, and a request without the cookie is refused. Runs in CI
// always (.ci/run installs chromium); elsewhere it is skipped only when /usr/bin/chromium is missing.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium, printedUrl, REPO_ROOT, SKIP_WITHOUT_CHROMIUM, startHost, stopHost, type RunningHost } from './web-host-process';

const root = REPO_ROOT;
const screenshot = join(root, 'out', 'screenshots', 'web-host.png');
const skip = SKIP_WITHOUT_CHROMIUM;
const title = skip ? `web host in Chromium — SKIPPED: ${CHROMIUM} is missing (apt-get install chromium)` : 'web host in Chromium';

describe.skipIf(skip)(title, () => {
  const base = mkdtempSync(join(tmpdir(), 'rd-e2e-'));
  const dataDir = join(base, '数据');
  let host: RunningHost;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    host = startHost(dataDir);
    url = await printedUrl(host);
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await stopHost(host);
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
