// One end-to-end setup: the web host on its own data directory, Chromium with a fresh profile, one page
// whose console errors, page errors and CSP violations are collected (page-watch.ts), and the teardown
// that stops both and removes the test's folder.
import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { runCli } from '../../electron/cli/run';
import { watch, watchCsp } from './page-watch';
import { launchChromium, printedUrl, startHost, stopHost, type RunningHost } from './web-host-process';

export interface BrowserSession {
  host: RunningHost;
  /** The link the host printed, with this run's token. */
  url: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console and page errors of `page`, as they happen. */
  problems: string[];
}

export interface BrowserSessionOptions {
  locale: 'zh-CN' | 'en-US';
  viewport?: { width: number; height: number };
  /** Runs on the context before the page opens (e.g. to watch the worker's requests). */
  beforePage?: (context: BrowserContext) => void;
}

export async function openBrowserSession(dataDir: string, options: BrowserSessionOptions): Promise<BrowserSession> {
  const host = startHost(dataDir);
  const url = await printedUrl(host);
  const browser = await launchChromium();
  const context = await browser.newContext({ locale: options.locale, viewport: options.viewport ?? { width: 1280, height: 900 } });
  await watchCsp(context);
  options.beforePage?.(context);
  const page = await context.newPage();
  return { host, url, browser, context, page, problems: watch(page) };
}

/** Closes the browser, stops the host and removes `folder` (what beforeAll made), whatever got started. */
export async function closeBrowserSession(session: Partial<BrowserSession> | undefined, folder: string): Promise<void> {
  await session?.browser?.close();
  await stopHost(session?.host);
  rmSync(folder, { recursive: true, force: true });
}

/** Runs a CLI command in this process, collecting what it prints. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => out.push(line) });
  return { code, out };
}
