// 示范县管理 end to end in Debian's Chromium against the local web host (issue #8): the office's first start
// (its key), one county added from the screen and taken through its whole life in the UI — qualification,
// start, mid-term, a failed acceptance, six months' rectification granted, a passed re-inspection, named —
// each step chosen from what the form offers, then the register read back from disk with the office key's
// fingerprint: the state, every step in order with its 文号 and 评审会, the office as recorder. Then its timeline
// PDF and, once the quota's base is set (refused before, in Chinese), the overview workbook exported from the
// screen into a folder that did not exist, both read back from disk.
// Skipped only when /usr/bin/chromium is missing (outside CI).
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyRegisterPathOf } from '../../electron/host/data-layout';
import { beijingDateOf } from '../../electron/programme/beijing-today';
import { readSignedRegister } from '../../electron/programme/signed-register';
import { closeBrowserSession, openBrowserSession, type BrowserSession } from './browser-session';
import { cspViolations, serious } from './page-watch';
import { CHROMIUM, REPO_ROOT, SKIP_WITHOUT_CHROMIUM } from './web-host-process';

const skip = SKIP_WITHOUT_CHROMIUM;
const title = skip ? `office programme in Chromium — SKIPPED: ${CHROMIUM} is missing (apt-get install chromium)` : 'office programme in Chromium';
const OFFICE = '示例省文化和旅游厅评审办公室';
const COUNTY = { code: '990106', name: '东坪县', city: '海宁湾市' };

interface Step {
  kind: string;
  outcome?: string;
  date: string;
  documentNumber?: string;
  sessionId?: string;
  /** The state the county is in afterwards, as the screen words it. */
  after: string;
}

const STEPS: Step[] = [
  { kind: 'qualificationDecided', outcome: 'qualified', date: '2024-01-10', documentNumber: '示文旅〔2024〕1号', sessionId: 'S-QUAL-2024', after: '已获创建资格' },
  { kind: 'creationStarted', date: '2024-02-01', after: '创建中' },
  { kind: 'midtermRecorded', outcome: 'pass', date: '2025-02-10', documentNumber: '示文旅〔2025〕7号', sessionId: 'S-MID-2025', after: '已中期检查' },
  { kind: 'acceptanceDecided', outcome: 'fail', date: '2026-03-01', documentNumber: '示文旅〔2026〕3号', sessionId: 'S-ACC-2026', after: '验收未通过' },
  { kind: 'retentionGranted', date: '2026-03-15', documentNumber: '示文旅〔2026〕5号', after: '整改中' },
  { kind: 'reinspectionDecided', outcome: 'pass', date: '2026-08-01', documentNumber: '示文旅〔2026〕21号', sessionId: 'S-RE-2026', after: '已命名' },
];

const plainHex = (grouped: string): string => grouped.replace(/\s+/g, '').toLowerCase();

describe.skipIf(skip)(title, () => {
  const base = mkdtempSync(join(tmpdir(), 'rd-office-programme-'));
  const dataDir = join(base, 'office');
  let session: BrowserSession | undefined;
  let page: Page;
  let problems: string[] = [];
  let officeFingerprint = '';

  const field = (label: string) => page.getByLabel(label, { exact: true });
  const row = () => page.locator(`[data-testid="programme-row"][data-code="${COUNTY.code}"]`);

  beforeAll(async () => {
    session = await openBrowserSession(dataDir, { locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
    ({ page, problems } = session);
  }, 120_000);

  afterAll(() => closeBrowserSession(session, base));

  it('first start as 评审办公室, then 示范县管理 with an empty register', async () => {
    await page.goto(session?.url ?? '');
    await expect.poll(() => page.locator('#rd-first-title').textContent(), { timeout: 20_000 }).toBe('首次使用：填写专家信息');
    await page.locator('label.ant-radio-wrapper, label.ant-radio-button-wrapper').filter({ hasText: '评审办公室' }).first().click();
    await field('办公室名称').fill(OFFICE);
    await page.getByRole('button', { name: '保存并生成办公室密钥' }).click();
    const shown = page.getByTestId('key-fingerprint');
    await shown.waitFor({ timeout: 15_000 });
    officeFingerprint = plainHex((await shown.getAttribute('aria-label')) ?? '');
    expect(officeFingerprint).toMatch(/^[0-9a-f]{64}$/);
    await page.getByRole('button', { name: '继续' }).click();
    await page.getByTestId('open-programme').click();
    await page.getByTestId('programme-table').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('programme-count').textContent()).toBe('显示 0 个，共 0 个');
  }, 60_000);

  it('adds the county from the screen', async () => {
    await page.getByText('添加县（区）', { exact: true }).click();
    await field('行政区划代码（6位）').fill(COUNTY.code);
    await field('县（区）名').fill(COUNTY.name);
    await field('所属市').fill(COUNTY.city);
    await field('批次').fill('2');
    await page.getByTestId('add-county-submit').click();
    await page.getByTestId('add-county-done').waitFor();
    await expect.poll(() => row().getByTestId('programme-row-state').textContent()).toBe('已申报');
  }, 30_000);

  it('takes it to named through a failed acceptance, rectification and re-inspection, one offered step at a time', async () => {
    await row().getByTestId('programme-row-open').click();
    for (const step of STEPS) {
      const offered = await page.getByTestId('transition-event').locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter((value) => value !== ''));
      expect(offered).toContain(step.kind);
      await page.getByTestId('transition-event').selectOption(step.kind);
      if (step.outcome !== undefined) await page.getByTestId('transition-outcome').selectOption(step.outcome);
      await field('日期').fill(step.date);
      if (step.documentNumber !== undefined) await field('文号').fill(step.documentNumber);
      if (step.sessionId !== undefined) await field('评审会编号').fill(step.sessionId);
      await page.getByTestId('transition-submit').click();
      await expect.poll(() => page.getByTestId('transition-done').textContent(), { timeout: 10_000 }).toContain(`该县现为“${step.after}”`);
      await expect.poll(() => row().getByTestId('programme-row-state').textContent()).toBe(step.after);
    }
    expect(await page.getByTestId('county-history-row').count()).toBe(STEPS.length);
    mkdirSync(join(REPO_ROOT, 'out', 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(REPO_ROOT, 'out', 'screenshots', 'office-programme-named.png'), fullPage: true });
    expect(await page.getByTestId('transition-event').locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter((value) => value !== ''))).toEqual(['recheckDecided']);
  }, 90_000);

  it('left the register on disk signed by the office key, with every step, its 文号 and 评审会, and the office as recorder', () => {
    const read = readSignedRegister(readFileSync(countyRegisterPathOf(dataDir)), officeFingerprint);
    if (!read.ok) return expect.fail(JSON.stringify(read.problems));
    const [county] = read.register.counties;
    expect(read.register.counties).toHaveLength(1);
    expect(county?.code).toBe(COUNTY.code);
    expect(county?.state).toBe('named');
    expect(county?.history.map(({ event }) => [event.kind, event.date, event.documentNumber, event.sessionId])).toEqual(STEPS.map((step) => [step.kind, step.date, step.documentNumber, step.sessionId]));
    for (const { event } of county?.history ?? []) expect(event.recordedBy).toEqual({ name: OFFICE, keyFingerprint: officeFingerprint });
  });

  it('exports the county’s timeline PDF and, once the quota’s base is set, the overview workbook', async () => {
    const folder = join(base, 'U盘', '示范县报告');
    const today = beijingDateOf(new Date());
    await page.locator('#rd-county-export-timeline-folder').fill(folder);
    await page.getByTestId('county-export-timeline-write').click();
    const timeline = join(folder, `${COUNTY.name}（${COUNTY.code}）创建历程（${today}）.pdf`);
    await expect.poll(() => page.getByTestId('county-export-timeline-done').textContent(), { timeout: 30_000 }).toContain(timeline);
    expect(readFileSync(timeline).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await page.locator('#rd-programme-export-overview-folder').fill(folder);
    await page.getByTestId('programme-export-overview-write').click();
    await expect.poll(() => page.getByTestId('programme-export-overview-refused').textContent(), { timeout: 10_000 }).toContain('县级行政区总数');
    const overview = join(folder, `示范县创建工作总览（${today}）.xlsx`);
    expect(existsSync(overview)).toBe(false);

    await page.getByTestId('programme-settings').locator('summary').click();
    await page.getByTestId('settings-divisions').fill('90');
    await page.getByTestId('settings-divisionsAsOf').fill('2025-12-31');
    await page.getByTestId('settings-save').click();
    await page.getByTestId('settings-done').waitFor({ timeout: 10_000 });
    await page.getByTestId('programme-export-overview-write').click();
    await expect.poll(() => page.getByTestId('programme-export-overview-done').textContent(), { timeout: 30_000 }).toContain(overview);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(readFileSync(overview)).buffer);
    const codes: unknown[] = [];
    book.getWorksheet('示范县总览')?.eachRow((row) => codes.push(row.getCell(1).value));
    expect(codes).toEqual(['行政区划代码', COUNTY.code]);
    expect(serious(cspViolations(page))).toEqual([]);
    expect(serious(problems)).toEqual([]);
  }, 90_000);
});
