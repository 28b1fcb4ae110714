// End to end in Debian's Chromium: the creation standard's template is downloaded the way the 创建标准 step
// offers it (a same-origin link with `download`), under the page's cookie, with the Chinese file name the
// browser takes from Content-Disposition, and the file opens as the template; a browser without the cookie is
// refused. Runs in CI always; elsewhere it is skipped only when /usr/bin/chromium is missing.
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standardTemplatePath } from '../../shared/contract/document-routes';
import { closeBrowserSession, openBrowserSession, type BrowserSession } from './browser-session';
import { CHROMIUM, SKIP_WITHOUT_CHROMIUM } from './web-host-process';

const skip = SKIP_WITHOUT_CHROMIUM;
const title = skip ? `standard template download in Chromium — SKIPPED: ${CHROMIUM} is missing (apt-get install chromium)` : 'standard template download in Chromium';

describe.skipIf(skip)(title, () => {
  const base = mkdtempSync(join(tmpdir(), 'rd-e2e-template-'));
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowserSession(join(base, 'data'), { locale: 'zh-CN' });
    await session.page.goto(session.url);
    await session.page.locator('h1').waitFor({ timeout: 15_000 });
  }, 90_000);

  afterAll(() => closeBrowserSession(session, base));

  it('downloads 创建标准模板.xlsx from a link in the page, and it opens as the template', async () => {
    const { page } = session;
    // The link as TemplateHelp renders it, added to whatever screen is showing.
    await page.evaluate((href) => {
      const link = document.createElement('a');
      link.href = href;
      link.download = '';
      link.id = 'rd-test-template-link';
      link.textContent = '下载模板';
      document.body.append(link);
    }, standardTemplatePath('zh-CN'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#rd-test-template-link')]);
    expect(download.suggestedFilename()).toBe('创建标准模板.xlsx');
    const saved = join(base, 'downloaded.xlsx');
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(saved)).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['指标', '设置', '说明']);
    expect(session.problems, 'no CSP violations or script errors').toEqual([]);
  }, 30_000);

  it('refuses a browser without the cookie', async () => {
    const stranger = await session.browser.newContext();
    try {
      const response = await stranger.request.get(`${new URL(session.url).origin}${standardTemplatePath('zh-CN')}`);
      expect(response.status()).toBe(401);
    } finally {
      await stranger.close();
    }
  });
});
