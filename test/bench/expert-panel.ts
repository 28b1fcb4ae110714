// E1 "expert workspace in Chromium": the scoring panel's first render for a 120-indicator standard (limit
// 300 ms) and the latency of a score change until its strict-durability IndexedDB commit, p95 over 500
// changes (limit 30 ms). The bench page (renderer/bench/) is built by Vite like the app, served with the
// page CSP the web host sends (style nonce included), and loaded LOADS times in Debian's Chromium, each in a
// fresh context (a cold page, an empty IndexedDB); medians over the loads are compared with the limits.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { newNonce, pageCsp, withNonceMeta } from '../../electron/web/page-nonce';
import type { ExpertBenchResult } from '../../renderer/bench/bench-page';
import { median, passes, say, verdict, type BenchWorkload } from './timing';

const CHROMIUM = '/usr/bin/chromium';
const LOADS = 5;
const FIRST_RENDER_LIMIT_MS = 300;
const DURABLE_P95_LIMIT_MS = 30;
const BENCH_ROOT = fileURLToPath(new URL('../../renderer/bench/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves the built page with the app's page CSP; only files of the build, by exact name. */
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').slice(1).split('?')[0] ?? '';
    if (name.includes('..')) return void res.writeHead(400).end();
    readFile(join(dir, name)).then(
      (bytes) => {
        if (name === 'index.html') {
          const nonce = newNonce();
          res.writeHead(200, { 'Content-Type': TYPES['.html'] ?? '', 'Content-Security-Policy': pageCsp(nonce) });
          return res.end(withNonceMeta(bytes.toString('utf8'), nonce));
        }
        res.writeHead(200, { 'Content-Type': TYPES[extname(name)] ?? 'application/octet-stream' });
        res.end(bytes);
      },
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
  }));
}

async function measure(dir: string): Promise<boolean> {
  await build({ root: BENCH_ROOT, base: '/', logLevel: 'error', build: { outDir: dir, emptyOutDir: true, assetsInlineLimit: 0, modulePreload: { polyfill: false } } });
  const { server, url } = await serve(dir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const runs: ExpertBenchResult[] = [];
    for (let load = 0; load < LOADS; load += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      await page.waitForFunction(() => window.expertBench !== undefined);
      runs.push(await page.evaluate(() => window.expertBench as Promise<ExpertBenchResult>));
      if (errors.length > 0) throw new Error(`the bench page failed: ${errors.join('; ')}`);
      await context.close();
    }
    const render = median(runs.map((r) => r.firstRenderMs));
    const p95 = median(runs.map((r) => r.p95Ms));
    const all = (values: number[]): string => values.map((v) => v.toFixed(0)).join(', ');
    say(
      `E1 expert workspace in Chromium: ${runs[0]?.indicators ?? 0} indicators, ${LOADS} cold page loads\n` +
        `  scoring panel first render ${render.toFixed(0)} ms (${all(runs.map((r) => r.firstRenderMs))}) vs ${FIRST_RENDER_LIMIT_MS} ms → ${verdict(render / FIRST_RENDER_LIMIT_MS, 1, 'limit')}\n` +
        `  score change durable in IndexedDB: p95 ${p95.toFixed(1)} ms over ${runs[0]?.changes ?? 0} changes (per load ${all(runs.map((r) => r.p95Ms))}; p50 ${median(runs.map((r) => r.p50Ms)).toFixed(1)} ms) ` +
        `vs ${DURABLE_P95_LIMIT_MS} ms → ${verdict(p95 / DURABLE_P95_LIMIT_MS, 1, 'limit')}`,
    );
    return passes(render / FIRST_RENDER_LIMIT_MS, 1) && passes(p95 / DURABLE_P95_LIMIT_MS, 1);
  } finally {
    await browser.close();
    server.close();
  }
}

export const expertPanel: BenchWorkload = {
  id: 'expert-panel',
  run: async () => {
    if (!existsSync(CHROMIUM)) {
      say(`E1 expert workspace: SKIPPED — ${CHROMIUM} is missing (apt-get install chromium)`);
      return true;
    }
    const dir = await mkdtemp(join(tmpdir(), 'review-desk-bench-expert-'));
    try {
      return await measure(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
