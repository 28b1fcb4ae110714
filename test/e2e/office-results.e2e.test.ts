// The office's 结果 screen end to end in Debian's Chromium against the local web host: an office that sent the
// demo session (test/electron/host/office-collect-fixtures.ts) and took in E1's and E2's scores opens its
// draft of that session and the 评审结果 step. The screen's chunk loads lazily (its stylesheet too),
// the ranking shows, both ECharts charts draw on their canvas, a tooltip appears on hover — and the page CSP
// reports nothing (ECharts' default HTML tooltips would put style attributes into innerHTML).
// Screenshots go to out/screenshots/office-results-*.png. Skipped only when /usr/bin/chromium is missing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2_KEY, exportE1, handMade, importAllAccepted, officeWorld, SESSION_ID, type OfficeWorld } from '../electron/host/office-collect-fixtures';
import { demoSheetsOf } from '../electron/host/expert-fixtures';
import { sampleDraft } from '../renderer/office/office-fixture';
import { closeBrowserSession, openBrowserSession, type BrowserSession } from './browser-session';
import { openStoredDraft } from './office-draft';
import { cspViolations, serious } from './page-watch';
import { CHROMIUM, REPO_ROOT, SKIP_WITHOUT_CHROMIUM } from './web-host-process';

const shots = join(REPO_ROOT, 'out', 'screenshots');
const skip = SKIP_WITHOUT_CHROMIUM;
const title = skip ? `office results in Chromium — SKIPPED: ${CHROMIUM} is missing (apt-get install chromium)` : 'office results in Chromium';

/** Whether a canvas inside `testId` has any pixel drawn (ECharts drew something, not just made the element). */
const drawn = (page: Page, testId: string): Promise<boolean> =>
  page.getByTestId(testId).evaluate((box) => {
    const canvas = box.querySelector('canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context || canvas.width === 0 || canvas.height === 0) return false;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) return true;
    return false;
  });

describe.skipIf(skip)(title, () => {
  let world: OfficeWorld;
  let session: BrowserSession | undefined;
  let page: Page;
  let problems: string[] = [];
  const draft = { ...sampleDraft(), sessionId: SESSION_ID };

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    world = await officeWorld();
    const e1 = await exportE1(world);
    const e2 = await handMade(world, 'e2.rdscores', { expertId: 'E2', sequence: 1, sheets: demoSheetsOf('E2'), signer: E2_KEY });
    await importAllAccepted(world, [e1.path, e2], [{ expertId: 'E2', fingerprint: E2_KEY.fingerprint }]);
    session = await openBrowserSession(world.officeDir, { locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
    ({ page, problems } = session);
  }, 120_000);

  afterAll(() => closeBrowserSession(session, world.root));

  it('opens the draft of the sent session at 评审结果 and shows the ranking', async () => {
    await openStoredDraft(page, session?.url ?? '', draft);
    await page.getByRole('button', { name: '8. 评审结果' }).click();
    await page.getByTestId('results-ranking').waitFor({ timeout: 20_000 });
    const rows = page.getByTestId('results-ranking').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    expect(await rows.first().textContent()).toMatch(/^1/);
    // The screen's own stylesheet arrived with its chunk: a dropped total is struck through.
    const dropped = page.locator('.rd-results-dropped').first();
    if ((await dropped.count()) > 0) expect(await dropped.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('line-through');
    expect(await page.getByTestId('results-agreement-reading').textContent()).toMatch(/^读法：/);
  }, 60_000);

  it('draws both charts on canvas and shows a tooltip on hover', async () => {
    await expect.poll(() => drawn(page, 'results-spread-chart'), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => drawn(page, 'results-severity-chart'), { timeout: 15_000 }).toBe(true);
    expect(await page.getByRole('img', { name: /从严到宽/ }).count()).toBe(1);
    await page.getByTestId('results-charts').scrollIntoViewIfNeeded();
    const box = await page.getByTestId('results-severity-chart').boundingBox();
    if (box) {
      // Sweep across the bars' band so the pointer crosses at least one bar and ECharts draws its tooltip.
      for (let x = box.x + box.width * 0.2; x < box.x + box.width * 0.9; x += 25) await page.mouse.move(x, box.y + 40);
      // …and rests on the strictest expert's bar (left of zero), where the tooltip stays for the screenshot.
      await page.mouse.move(box.x + box.width * 0.4, box.y + 40);
      await page.waitForTimeout(300);
    }
    await page.getByTestId('results-charts').screenshot({ path: join(shots, 'office-results-2-charts.png') });
    await page.screenshot({ path: join(shots, 'office-results-1-screen.png'), fullPage: true });
  }, 60_000);

  it('had no console error, page error or CSP violation', () => {
    expect(serious(cspViolations(page))).toEqual([]);
    expect(serious(problems)).toEqual([]);
  });
});
