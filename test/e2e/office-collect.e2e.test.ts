// The office's 收集专家评分 screen end to end in Debian's Chromium against the local web host: an office that
// sent the demo session (test/electron/host/office-collect-fixtures.ts: E1 enrolled in the file, E2 not)
// opens its draft of that session at the Collect step. Before anything arrives the matrix shows everything
// missing; then many files are chosen at once — E1's two exports (newer first, so the older is a replay), a
// copy of the newer one (a duplicate), a tampered copy, E2's export signed with a key the session file did
// not carry, and a note that is not a scores file — and each comes back as its own line under its own name.
// E2's key is enrolled as read out and the file imported again; the matrix follows. Nothing on the page may
// break the CSP. Screenshots go to out/screenshots/office-collect-*.png. Skipped only without /usr/bin/chromium.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupedFingerprint } from '../../shared/util/fingerprint';
import { demoSheetsOf } from '../electron/host/expert-fixtures';
import { E2_KEY, exportE1, handMade, officeWorld, SESSION_ID, tamperedCopy, type OfficeWorld } from '../electron/host/office-collect-fixtures';
import { sampleDraft } from '../renderer/office/office-fixture';
import { closeBrowserSession, openBrowserSession, type BrowserSession } from './browser-session';
import { openStoredDraft } from './office-draft';
import { cspViolations, serious } from './page-watch';
import { CHROMIUM, REPO_ROOT, SKIP_WITHOUT_CHROMIUM } from './web-host-process';

const shots = join(REPO_ROOT, 'out', 'screenshots');
const skip = SKIP_WITHOUT_CHROMIUM;
const title = skip ? `office collect in Chromium — SKIPPED: ${CHROMIUM} is missing (apt-get install chromium)` : 'office collect in Chromium';

/** The outcome of each result line, in order, with its file name. */
const outcomes = (page: Page): Promise<string[]> =>
  page.getByTestId('collect-line').evaluateAll((items) => items.map((item) => `${item.querySelector('[data-testid="collect-line-name"]')?.textContent ?? ''}:${item.getAttribute('data-outcome') ?? ''}`));

describe.skipIf(skip)(title, () => {
  let world: OfficeWorld;
  let session: BrowserSession | undefined;
  let page: Page;
  let problems: string[] = [];
  let chosen: string[] = [];
  const draft = { ...sampleDraft(), sessionId: SESSION_ID };

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    world = await officeWorld();
    const first = await exportE1(world);
    const second = await exportE1(world);
    const drop = join(world.root, 'to-drop');
    await mkdir(drop, { recursive: true });
    const named = async (from: string, name: string): Promise<string> => {
      await copyFile(from, join(drop, name));
      return join(drop, name);
    };
    const e2 = await handMade(world, 'e2.rdscores', { expertId: 'E2', sequence: 1, sheets: demoSheetsOf('E2'), signer: E2_KEY });
    const note = join(drop, '评分说明.txt');
    await writeFile(note, '请按时交回评分文件');
    chosen = [
      await named(second.path, '张明华-第2次.rdscores'),
      await named(first.path, '张明华-第1次.rdscores'),
      await named(second.path, '张明华-第2次-副本.rdscores'),
      await tamperedCopy(second.path, join(drop, '改过的.rdscores')),
      await named(e2, '李专家.rdscores'),
      note,
    ];
    session = await openBrowserSession(world.officeDir, { locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
    ({ page, problems } = session);
  }, 120_000);

  afterAll(() => closeBrowserSession(session, world.root));

  it('opens the draft of the sent session at 收集专家评分 with everything still owed', async () => {
    await openStoredDraft(page, session?.url ?? '', draft);
    await page.getByRole('button', { name: '7. 收集专家评分' }).click();
    await page.getByTestId('progress-matrix').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('progress-matrix').locator('[data-cell="scored"]').count()).toBe(0);
    expect(await page.getByTestId('owes-line').count()).toBeGreaterThan(0);
    // The page's stylesheet for the step arrived: a missing cell is set apart in bold.
    expect(await page.locator('.rd-collect-cell-missing').first().evaluate((element) => getComputedStyle(element).fontWeight)).toBe('600');
    await page.screenshot({ path: join(shots, 'office-collect-1-empty.png'), fullPage: true });
  }, 60_000);

  it('takes many files at once and says of each, under its own name, what became of it', async () => {
    await page.getByLabel('选择评分文件').setInputFiles(chosen);
    await expect.poll(() => page.getByTestId('collect-line').count(), { timeout: 30_000 }).toBe(6);
    expect(await outcomes(page)).toEqual([
      '张明华-第2次.rdscores:accepted',
      '张明华-第1次.rdscores:replay',
      '张明华-第2次-副本.rdscores:duplicate',
      '改过的.rdscores:tampered',
      '李专家.rdscores:unknownKey',
      '评分说明.txt:notScores',
    ]);
    expect(await page.getByTestId('collect-summary').textContent()).toContain('共 6 个文件：导入 1，此前已导入 0，重复 1，已拒收 4。');
    await expect.poll(() => page.getByTestId('progress-matrix').locator('[data-cell="scored"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'office-collect-2-lines.png'), fullPage: true });
  }, 60_000);

  it('enrols the key E2 reads out and takes the file in on the second try', async () => {
    const line = page.getByTestId('collect-line').filter({ hasText: '李专家.rdscores' });
    await line.getByRole('button', { name: '登记此专家的密钥后重新导入' }).click();
    const form = page.getByTestId('enrol-form');
    expect(await form.getByLabel('专家', { exact: true }).inputValue()).toBe('E2');
    await form.getByLabel('专家读出的密钥指纹').fill(groupedFingerprint(E2_KEY.fingerprint));
    expect(await page.getByTestId('enrol-read-back').textContent()).toContain(groupedFingerprint(E2_KEY.fingerprint));
    await page.getByTestId('enrol-form').screenshot({ path: join(shots, 'office-collect-3-enrol.png') });
    await form.getByRole('button', { name: '登记并重新导入' }).click();
    await expect.poll(() => line.getAttribute('data-outcome'), { timeout: 30_000 }).toBe('accepted');
    expect(await page.getByTestId('collect-summary').textContent()).toContain('导入 2');
    const e2Row = page.getByTestId('progress-matrix').locator('tr', { has: page.getByTestId('expert-E2') });
    await expect.poll(() => e2Row.locator('[data-cell="scored"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByTestId('progress-matrix').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'office-collect-4-matrix.png'), fullPage: true });
  }, 60_000);

  it('had no console error, page error or CSP violation', () => {
    expect(serious(cspViolations(page))).toEqual([]);
    expect(serious(problems)).toEqual([]);
  });
});
