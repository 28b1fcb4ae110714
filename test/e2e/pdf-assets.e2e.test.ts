// pdfjs's data files end to end in Debian's Chromium: the web host serves the build, and the app's own
// pdfjs (its bundled chunk and worker, loaded into the running app's page under the page CSP) reads the
// hand-made fixtures with the options pdf-engine.ts gives it (pdf-engine.test.ts pins those): the CMaps come
// over HTTP for a non-embedded Chinese font, and the JPEG 2000 decoder is imported by the worker with
// WebAssembly off. No CSP violation, no console error. Runs in CI always; elsewhere it is skipped only when
// /usr/bin/chromium is missing.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Pdfjs from 'pdfjs-dist';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfjsAssetUrls, type PdfjsAssetUrls } from '../../renderer/src/viewer/pdf-assets';
import { cmapFontPdf, JPX_RED_RGB, jpxImagePdf } from '../renderer/viewer/pdf-fixtures';
import { closeBrowserSession, openBrowserSession, type BrowserSession } from './browser-session';
import { cspViolations, serious } from './page-watch';
import { CHROMIUM, REPO_ROOT, SKIP_WITHOUT_CHROMIUM } from './web-host-process';

const skip = SKIP_WITHOUT_CHROMIUM;
const title = skip ? `pdfjs data files in Chromium — SKIPPED: ${CHROMIUM} is missing (apt-get install chromium)` : 'pdfjs data files in Chromium';

interface Reading {
  text: string;
  /** RGB at the middle of the drawn image. */
  pixel: number[];
}

/**
 * Runs in the page: imports the app's PDF view chunk (which loads pdfjs and sets its worker as the app does),
 * then reads the text of one PDF and draws the other.
 */
async function readInPage(page: Page, chunk: string, urls: PdfjsAssetUrls): Promise<Reading> {
  // A same-origin module script, as the app itself loads the chunk ('self' in script-src allows it).
  await page.addScriptTag({ url: chunk, type: 'module' });
  const files = { cmap: Array.from(cmapFontPdf('公共文化')), jpx: Array.from(jpxImagePdf()) };
  return page.evaluate(
    async ({ urls, files }) => {
      // pdfjs's display build puts its API on globalThis; the chunk exports only the React view.
      const lib = (globalThis as unknown as { pdfjsLib: typeof Pdfjs }).pdfjsLib;
      const open = (bytes: number[]) => lib.getDocument({ data: new Uint8Array(bytes), ...urls, cMapPacked: true, useWasm: false, enableXfa: false });
      const cmapPdf = await open(files.cmap).promise;
      const content = await (await cmapPdf.getPage(1)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
      const jpxPage = await (await open(files.jpx).promise).getPage(1);
      const viewport = jpxPage.getViewport({ scale: 1 });
      const canvas = document.createElement('canvas');
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      await jpxPage.render({ canvas, viewport }).promise;
      // The image covers PDF x 100–200, y 50–150 of a 300×200 page: its middle is canvas (150, 100).
      const pixel = Array.from(canvas.getContext('2d')?.getImageData(150, 100, 1, 1).data.subarray(0, 3) ?? []);
      return { text, pixel };
    },
    { urls, files },
  );
}

describe.skipIf(skip)(title, () => {
  const base = mkdtempSync(join(tmpdir(), 'rd-pdf-e2e-'));
  let session: BrowserSession | undefined;
  let page: Page;
  let problems: string[] = [];
  const served = new Map<string, { status: number; type: string }>();

  beforeAll(async () => {
    session = await openBrowserSession(join(base, '数据'), {
      locale: 'zh-CN',
      // The context sees the worker's requests too (the data files are fetched from the pdfjs worker).
      beforePage: (context) =>
        context.on('response', (response) => {
          const path = new URL(response.url()).pathname;
          if (path.startsWith('/pdfjs/')) served.set(path, { status: response.status(), type: response.headers()['content-type'] ?? '' });
        }),
    });
    ({ page, problems } = session);
    await page.goto(session.url);
    await page.locator('#rd-first-title').waitFor({ timeout: 15_000 });
  }, 90_000);

  afterAll(() => closeBrowserSession(session, base));

  it('reads Chinese text through the served CMaps and draws a JPEG 2000 image without WebAssembly', async () => {
    const chunk = readdirSync(join(REPO_ROOT, 'out', 'renderer', 'assets')).find((name) => /^PdfView-[\w-]+\.js$/.test(name));
    expect(chunk, 'the build has the PDF view chunk').toBeDefined();
    const reading = await readInPage(page, `/assets/${chunk}`, pdfjsAssetUrls(new URL(page.url()).origin + '/'));

    expect(reading.text).toBe('公共文化');
    for (const [channel, value] of reading.pixel.entries()) expect(Math.abs(value - (JPX_RED_RGB[channel] ?? -1))).toBeLessThanOrEqual(8);
    expect(served.get('/pdfjs/cmaps/UniGB-UCS2-H.bcmap')).toEqual({ status: 200, type: 'application/octet-stream' });
    expect(served.get('/pdfjs/cmaps/Adobe-GB1-UCS2.bcmap')).toEqual({ status: 200, type: 'application/octet-stream' });
    expect(served.get('/pdfjs/wasm/openjpeg_nowasm_fallback.js')).toEqual({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(serious([...problems, ...cspViolations(page)]), 'no CSP violations or script errors').toEqual([]);
  }, 30_000);
});
