// The expert's screens in English, end to end in Debian's Chromium against the local web host: the language
// is switched in the middle of typing the first-start form (what was typed stays), the session is opened and
// scored in en-US, a recusal with its reason is made, and switching to Chinese and back keeps every value on
// the screen and in IndexedDB. Screenshots go to out/screenshots/expert-en-*.png for a reviewer to look at.
// Runs in CI always; elsewhere it is skipped only when /usr/bin/chromium is missing.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, closeBrowserSession, openBrowserSession, type BrowserSession } from './browser-session';
import { cspViolations, serious } from './page-watch';
import { CHROMIUM, REPO_ROOT, SKIP_WITHOUT_CHROMIUM } from './web-host-process';

const shots = join(REPO_ROOT, 'out', 'screenshots');
const skip = SKIP_WITHOUT_CHROMIUM;
const title = skip ? `expert screens in English — SKIPPED: ${CHROMIUM} is missing (apt-get install chromium)` : 'expert screens in English';

describe.skipIf(skip)(title, () => {
  const base = mkdtempSync(join(tmpdir(), 'rd-expert-en-e2e-'));
  const office = join(base, 'office');
  const expert = join(base, 'expert');
  const sessionFile = join(base, 'demo.rdsession');
  let session: BrowserSession | undefined;
  let page: Page;
  let problems: string[] = [];
  let url = '';

  const shoot = (step: string): Promise<Buffer> => page.screenshot({ path: join(shots, `expert-en-${step}.png`), fullPage: true });
  // antd draws the radio buttons over hidden inputs: the user clicks the visible label.
  const language = (name: RegExp): Promise<void> => page.locator('label.ant-radio-button-wrapper').filter({ hasText: name }).click();
  const toEnglish = (): Promise<void> => language(/English/);
  const toChinese = (): Promise<void> => language(/中文/);

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    expect((await cli('identity', '--create', '--name', '示例省文旅厅评审办', '--role', 'office', '--data-dir', office)).code).toBe(0);
    session = await openBrowserSession(expert, { locale: 'en-US' });
    ({ page, problems, url } = session);
  }, 90_000);

  afterAll(() => closeBrowserSession(session, base));

  it('first start: switching to English keeps what was typed; the fingerprint screen in English', async () => {
    await page.goto(url);
    // Chinese first, whatever the browser's language: the product's users are Chinese experts.
    await page.locator('#rd-first-title').waitFor({ timeout: 15_000 });
    expect(await page.locator('#rd-first-title').textContent()).toBe('首次使用：填写专家信息');
    await page.getByLabel('姓名').fill('王立新');
    await page.getByLabel('工作单位').fill('示例省图书馆');
    await toEnglish();
    await expect.poll(() => page.locator('#rd-first-title').textContent()).toBe('First start: your expert profile');
    expect(await page.getByLabel('Name').inputValue()).toBe('王立新');
    expect(await page.getByLabel('Organisation').inputValue()).toBe('示例省图书馆');
    await page.getByLabel('City').fill('示例市');
    await shoot('1-first-start');
    await page.getByRole('button', { name: 'Save and make my key' }).click();
    const shown = page.getByTestId('key-fingerprint');
    await shown.waitFor({ timeout: 15_000 });
    await shoot('2-fingerprint');
    const grouped = (await shown.getAttribute('aria-label')) ?? '';
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#rd-open-title').waitFor();
    const created = await cli('session-create', '--demo', '--experts', 'E1,E2', '--enrol', `E1=${grouped}`, '--out', sessionFile, '--data-dir', office);
    expect(created.code, created.out.join('\n')).toBe(0);
  }, 40_000);

  it('opens the session and lists the applications in English', async () => {
    await shoot('3-open-session');
    await page.locator('#rd-session-file').setInputFiles(sessionFile);
    const done = page.getByTestId('open-done');
    await done.waitFor({ timeout: 30_000 });
    expect(await done.textContent()).toContain('Opened the review session');
    await shoot('4-opened');
    await page.getByRole('button', { name: 'Go to the session' }).click();
    await page.getByRole('heading', { name: 'Applications assigned to you (12)' }).waitFor();
    expect(await page.getByTestId('application-A12').textContent()).toContain('Excluded by the office');
    await shoot('5-home');
  }, 40_000);

  it('scores in English, recuses from another application with a reason, and a language switch keeps both', async () => {
    await page.locator('ol.rd-applications button').first().click();
    const row = page.locator('.rd-score-row').filter({ has: page.getByRole('spinbutton') }).first();
    await row.waitFor({ timeout: 15_000 });
    const indicator = (await row.getAttribute('data-indicator')) ?? '';
    const field = row.getByRole('spinbutton');
    await field.focus();
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toMatch(/^Saved/);
    await shoot('6-application');

    await toChinese();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^已保存/);
    const sameField = page.locator(`.rd-score-row[data-indicator="${indicator}"]`).getByRole('spinbutton');
    expect(await sameField.inputValue()).toBe('1');
    await toEnglish();
    expect(await sameField.inputValue()).toBe('1');

    await page.getByRole('button', { name: 'Back to the session' }).click();
    await page.getByTestId('application-A03').click();
    await page.getByRole('button', { name: 'Recuse myself from this application' }).click();
    // No reason: refused where it is typed, nothing recorded.
    await page.getByRole('button', { name: 'Recuse', exact: true }).click();
    await page.getByText('Please give the reason for the recusal.').waitFor();
    await page.getByLabel('Reason for recusal (required)').fill('I worked for this county until 2025.');
    await page.getByRole('button', { name: 'Recuse', exact: true }).click();
    await page.getByText(/You have recused yourself from this application/).waitFor();
    // The indicators stay visible for reference but cannot take a score.
    expect(await page.getByRole('spinbutton', { disabled: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('spinbutton', { disabled: false }).count()).toBe(0);
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toMatch(/^Saved/);
    await shoot('7-recused');

    // After a reload (IndexedDB, not the page's memory) the home screen still shows both.
    await page.reload();
    await page.getByRole('heading', { name: 'Applications assigned to you (12)' }).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('application-A03').textContent()).toContain('Recused');
    expect(await page.locator('ol.rd-applications button').first().textContent()).toMatch(/1 of \d+ indicators scored/);
  }, 60_000);

  it('shows the export check in English', async () => {
    await page.getByRole('button', { name: 'Check and export scores' }).click();
    const gaps = page.getByTestId('export-gaps');
    await gaps.waitFor({ timeout: 15_000 });
    expect(await gaps.textContent()).toMatch(/not scored|missing/i);
    await shoot('8-export');
  }, 30_000);

  it('had no console errors, page errors or CSP violations', () => {
    expect(serious(problems)).toEqual([]);
    expect(serious(cspViolations(page))).toEqual([]);
  });
});
