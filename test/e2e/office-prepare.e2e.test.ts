// The office's first steps end to end in Debian's Chromium against the local web host: at first start the
// user chooses 评审办公室 and gets an office key, creates a session with its basics, sets the quota and sees
// the number of places worked out, takes the sample standard and changes one of its rules (a new fingerprint),
// then reloads and finds all of it again (IndexedDB, not the page's memory).
// Screenshots go to out/screenshots/office-*.png for a reviewer to look at. Runs in CI always; elsewhere it
// is skipped only when /usr/bin/chromium is missing.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowserSession, openBrowserSession, type BrowserSession } from './browser-session';
import { cspViolations, serious } from './page-watch';
import { CHROMIUM, REPO_ROOT, SKIP_WITHOUT_CHROMIUM } from './web-host-process';

const shots = join(REPO_ROOT, 'out', 'screenshots');
const skip = SKIP_WITHOUT_CHROMIUM;
const title = skip ? `office preparation in Chromium — SKIPPED: ${CHROMIUM} is missing (apt-get install chromium)` : 'office preparation in Chromium';
const OFFICE = '示例省文化和旅游厅评审办公室';
const SESSION = '第2批示范县资格评审';

describe.skipIf(skip)(title, () => {
  const base = mkdtempSync(join(tmpdir(), 'rd-office-e2e-'));
  let session: BrowserSession | undefined;
  let page: Page;
  let problems: string[] = [];
  let fingerprint = '';
  let standardFingerprint = '';

  const shoot = (step: string): Promise<Buffer> => page.screenshot({ path: join(shots, `office-${step}.png`), fullPage: true });
  // antd draws radio buttons over hidden inputs: the user clicks the visible label.
  const choose = (text: string): Promise<void> => page.locator('label.ant-radio-wrapper, label.ant-radio-button-wrapper').filter({ hasText: text }).click();
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const places = () => page.getByTestId('quota-places');

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    session = await openBrowserSession(join(base, 'office'), { locale: 'zh-CN' });
    ({ page, problems } = session);
  }, 90_000);

  afterAll(() => closeBrowserSession(session, base));

  it('first start: 评审办公室 asks only for the office’s name, makes the office key and opens the office workspace', async () => {
    await page.goto(session?.url ?? '');
    await expect.poll(() => page.locator('#rd-first-title').textContent(), { timeout: 15_000 }).toBe('首次使用：填写专家信息');
    await choose('评审办公室');
    await expect.poll(() => page.locator('#rd-first-title').textContent()).toBe('首次使用：设置评审办公室');
    expect(await page.getByLabel('工作单位').count()).toBe(0);
    await field('办公室名称').fill(OFFICE);
    await shoot('1-first-start');
    await page.getByRole('button', { name: '保存并生成办公室密钥' }).click();
    const shown = page.getByTestId('key-fingerprint');
    await shown.waitFor({ timeout: 15_000 });
    fingerprint = (await shown.getAttribute('aria-label')) ?? '';
    expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){15}$/);
    await shoot('2-fingerprint');
    await page.getByRole('button', { name: '继续' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('评审台 · 评审办公室工作台');
    await page.getByText('这台电脑上还没有评审会。').waitFor();

    await page.getByRole('button', { name: '本办公室密钥' }).click();
    await expect.poll(() => page.getByTestId('office-key-fingerprint').getAttribute('aria-label')).toBe(fingerprint);
    expect(await page.getByText(`办公室：${OFFICE}`).count()).toBe(1);
    await page.getByRole('button', { name: '关闭' }).click();
  }, 30_000);

  it('creates a session from its basics, refusing a last day before the first', async () => {
    await page.getByRole('button', { name: '新建评审会' }).click();
    await field('第几批').fill('2');
    await expect.poll(() => field('评审会名称').inputValue()).toBe(SESSION);
    await field('开始日期').fill('2026-12-03');
    await field('结束日期').fill('2026-12-01');
    await page.getByRole('button', { name: '创建评审会' }).click();
    await page.getByText('结束日期不能早于开始日期。').waitFor();
    await shoot('3-basics-refused');
    await field('结束日期').fill('2026-12-04');
    expect(await page.getByText('结束日期不能早于开始日期。').count()).toBe(0);
    await page.getByRole('button', { name: '创建评审会' }).click();
    await expect.poll(() => page.getByTestId('draft-name').textContent()).toBe(SESSION);
    expect(await page.getByTestId('draft-session-id').textContent()).toMatch(/^2026-2-qualification-[a-z0-9]{6}$/);
    await expect.poll(() => page.getByTestId('office-save-state').textContent()).toMatch(/^已保存 \d\d:\d\d:\d\d$/);
    await shoot('4-draft');
    // Every step can be opened; the export step says what still blocks the session file, with a way to each step.
    await page.getByRole('button', { name: '6. 导出评审会文件' }).click();
    const blocking = page.getByTestId('export-session-problems');
    await blocking.waitFor();
    expect(await blocking.textContent()).toContain('尚未导入创建标准');
    expect(await blocking.textContent()).toContain('尚未导入任何申报材料');
    expect(await page.getByRole('button', { name: '签发并导出评审会文件' }).isDisabled()).toBe(true);
    await shoot('4b-export-blocked');
    await blocking.getByRole('button', { name: '去「申报材料」' }).click();
    await page.getByTestId('applications-table').waitFor();
  }, 30_000);

  it('sets the quota and sees the places worked out as it is typed', async () => {
    await page.getByRole('button', { name: '3. 评审规则与名额' }).click();
    await page.getByTestId('rules-no-standard').waitFor();
    await field('全省县级行政区总数').fill('167');
    await field('统计日期').fill('2026-01-01');
    await expect.poll(() => places().textContent()).toBe('本批名额：66 个');
    await field('此前批次已给名额').fill('10');
    await expect.poll(() => places().textContent()).toBe('本批名额：56 个');
    await choose('四舍五入');
    await expect.poll(() => places().textContent()).toBe('本批名额：57 个');
    await choose('向下取整');
    await field('本批最多名额').fill('20');
    await expect.poll(() => places().textContent()).toBe('本批名额：20 个');
    expect(await page.getByTestId('quota-working').locator('li').allTextContents()).toEqual([
      '167 个县级行政区（2026-01-01）× 40% = 66.8',
      '向下取整：66.8 → 66 个',
      '减去此前批次已给的 10 个：66 − 10 = 56 个',
      '本批最多 20 个，少于剩余的 56 个，按 20 个计',
    ]);
    await expect.poll(() => page.getByTestId('office-save-state').textContent()).toMatch(/^已保存/);
    await shoot('5-quota');
  }, 30_000);

  it('with the sample standard in use, a changed rule is saved with a new standard fingerprint', async () => {
    await page.getByRole('button', { name: '2. 创建标准' }).click();
    await page.locator('#rd-standard-file').setInputFiles(join(REPO_ROOT, 'shared', 'data', 'sample-standard.json'));
    await page.getByRole('button', { name: '使用此标准' }).click({ timeout: 15_000 });
    await page.getByRole('button', { name: '3. 评审规则与名额' }).click();
    const shown = page.getByTestId('standard-fingerprint');
    const imported = (await shown.textContent()) ?? '';
    expect(imported).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    await choose('取中位数');
    await expect.poll(() => shown.textContent()).not.toBe(imported);
    standardFingerprint = (await shown.textContent()) ?? '';
    await expect.poll(() => page.getByTestId('office-save-state').textContent()).toMatch(/^已保存/);
    await shoot('6-rules');
  }, 30_000);

  it('after a reload finds the session, its basics, its rules and its quota again', async () => {
    await page.reload();
    await page.getByRole('button', { name: `继续准备：${SESSION}` }).click();
    await expect.poll(() => page.getByTestId('draft-name').textContent()).toBe(SESSION);
    expect(await field('第几批').inputValue()).toBe('2');
    expect(await field('开始日期').inputValue()).toBe('2026-12-03');
    expect(await field('结束日期').inputValue()).toBe('2026-12-04');
    await page.getByRole('button', { name: '3. 评审规则与名额' }).click();
    await expect.poll(() => places().textContent()).toBe('本批名额：20 个');
    expect(await field('全省县级行政区总数').inputValue()).toBe('167');
    expect(await field('此前批次已给名额').inputValue()).toBe('10');
    expect(await page.getByTestId('standard-fingerprint').textContent()).toBe(standardFingerprint);
    expect(await page.getByRole('radio', { name: '取中位数' }).isChecked()).toBe(true);
    await shoot('7-after-reload');
  }, 30_000);

  it('had no console error, page error or CSP violation', () => {
    expect(serious(problems)).toEqual([]);
    expect(serious(cspViolations(page))).toEqual([]);
  });
});
