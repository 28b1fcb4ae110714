// The expert's whole flow end to end in Debian's Chromium against the local web host (`npm run web`'s
// entry, started as a process): first start → the office enrols the key shown there and signs the demo
// session (the CLI, in process) → open the session with the office fingerprint → score by keyboard →
// reload (IndexedDB keeps it) → view a document in the page → export incomplete → the .rdscores verifies and is signed by this key; then
// a tampered session file is refused in a fresh profile. Screenshots go to out/screenshots/expert-*.png.
// Runs in CI always; elsewhere it is skipped only when /usr/bin/chromium is missing.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readScoresFile } from '../../shared/files/scores-file';
import { cli, closeBrowserSession, openBrowserSession } from './browser-session';
import { darkPixelsOf } from './canvas-ink';
import { cspViolations, serious, watch, watchCsp } from './page-watch';
import { CHROMIUM, printedUrl, REPO_ROOT, SKIP_WITHOUT_CHROMIUM, startHost, type RunningHost } from './web-host-process';

const root = REPO_ROOT;
const shots = join(root, 'out', 'screenshots');
const skip = SKIP_WITHOUT_CHROMIUM;
const title = skip ? `expert flow in Chromium — SKIPPED: ${CHROMIUM} is missing (apt-get install chromium)` : 'expert flow in Chromium';

function lineAfter(out: readonly string[], label: string): string {
  const line = out.find((l) => l.startsWith(label));
  if (line === undefined) throw new Error(`no line starting with ${label} in:\n${out.join('\n')}`);
  return line.slice(label.length);
}

describe.skipIf(skip)(title, () => {
  const base = mkdtempSync(join(tmpdir(), 'rd-expert-e2e-'));
  const office = join(base, '办公室');
  const expert = join(base, '专家');
  const other = join(base, '另一台电脑');
  const exports = join(base, '导出');
  const sessionFile = join(base, '示例评审会.rdsession');
  const tampered = join(base, '被改动的评审会.rdsession');
  let host: RunningHost;
  let browser: Browser;
  let url: string;
  let page: Page;
  let problems: string[] = [];
  let expertFingerprint = '';
  let officeFingerprint = '';
  let scored = { id: '', value: 0 };
  let application = '';

  const shoot = (step: string): Promise<Buffer> => page.screenshot({ path: join(shots, `expert-${step}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    expect((await cli('identity', '--create', '--name', '示例省文旅厅评审办', '--role', 'office', '--data-dir', office)).code).toBe(0);
    ({ host, url, browser, page, problems } = await openBrowserSession(expert, { locale: 'zh-CN' }));
  }, 90_000);

  afterAll(() => closeBrowserSession({ host, browser }, base));

  it('first start: the profile, then the key fingerprint in groups of four', async () => {
    await page.goto(url);
    await expect.poll(() => page.locator('#rd-first-title').textContent(), { timeout: 15_000 }).toBe('首次使用：填写专家信息');
    await page.getByLabel('姓名').fill('张明华');
    await page.getByLabel('工作单位').fill('示例大学旅游学院');
    await page.getByLabel('职称').fill('教授');
    await page.getByLabel('所在城市').fill('示例市');
    await shoot('1-first-start');
    await page.getByRole('button', { name: '保存并生成密钥' }).click();
    const shown = page.getByTestId('key-fingerprint');
    await shown.waitFor({ timeout: 15_000 });
    const grouped = (await shown.getAttribute('aria-label')) ?? '';
    expect(grouped).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4})+$/i);
    expertFingerprint = grouped.replace(/ /g, '').toLowerCase();
    await shoot('2-fingerprint');
    await page.getByRole('button', { name: '继续' }).click();
    await page.locator('#rd-open-title').waitFor();

    // The expert reads the fingerprint to the office, which enrols it as E1 and signs the session.
    const created = await cli('session-create', '--demo', '--experts', 'E1,E2', '--enrol', `E1=${grouped}`, '--out', sessionFile, '--data-dir', office);
    expect(created.code, created.out.join('\n')).toBe(0);
    officeFingerprint = lineAfter(created.out, '评审办公室密钥指纹：');
  }, 30_000);

  it('opens the session file, checked against the office fingerprint', async () => {
    await shoot('3-open-session');
    await page.getByLabel('评审办公室告知的指纹（可选）').fill(officeFingerprint);
    await page.locator('#rd-session-file').setInputFiles(sessionFile);
    const done = page.getByTestId('open-done');
    await done.waitFor({ timeout: 30_000 });
    expect(await done.textContent()).toContain('与您填写的指纹一致。');
    const shownOffice = (await page.getByTestId('office-fingerprint').getAttribute('aria-label')) ?? '';
    expect(shownOffice.replace(/ /g, '').toLowerCase()).toBe(officeFingerprint.replace(/[\s-]/g, '').toLowerCase());
    expect(await done.textContent()).not.toContain('尚未登记本机的密钥');
    await shoot('4-opened');
    await page.getByRole('button', { name: '进入评审会' }).click();
  }, 40_000);

  it('lists the 12 assigned applications and opens the first', async () => {
    await page.getByRole('heading', { name: '分配给您的申报（12 份）' }).waitFor();
    expect(await page.locator('ol.rd-applications > li').count()).toBe(12);
    // The application the office excluded at intake says so instead of showing an empty progress bar.
    expect(await page.getByTestId('application-A12').textContent()).toContain('评审办公室已排除（缺少必备条件：P1');
    // The order was drawn by lot (the demo's seed), and the office gave 15 + 5 minutes: the expert's own timer.
    expect(await page.getByTestId('presentation-order').textContent()).toContain('出场顺序：抽签决定（随机种子');
    const timer = page.getByTestId('timer-time');
    const shown = async (): Promise<number> => {
      const [minutes, seconds] = ((await timer.textContent()) ?? '').trim().split(':').map(Number);
      return (minutes ?? 0) * 60 + (seconds ?? 0);
    };
    expect(await shown()).toBe(15 * 60);
    await page.getByTestId('presentation-timer').getByRole('button', { name: '开始' }).click();
    await expect.poll(shown, { timeout: 10_000 }).toBeLessThan(15 * 60);
    await page.getByTestId('presentation-timer').getByRole('button', { name: '暂停' }).click();
    await shoot('5-home');

    // The fingerprint can be shown again at any time, for the office to check.
    await page.getByRole('button', { name: '我的信息与密钥' }).click();
    const again = page.getByTestId('my-key-fingerprint');
    await again.waitFor({ timeout: 10_000 });
    expect(((await again.getAttribute('aria-label')) ?? '').replace(/ /g, '').toLowerCase()).toBe(expertFingerprint);
    await shoot('5b-my-key');
    await page.keyboard.press('Escape');
    await again.waitFor({ state: 'hidden' });

    // The open-session screen lists this session as the current one, and continuing returns here.
    await page.getByRole('button', { name: '打开评审会文件' }).click();
    const listed = page.getByTestId('session-demo-2026-2');
    await listed.waitFor();
    expect(await listed.textContent()).toContain('当前评审会');
    await shoot('5c-sessions');
    await listed.getByRole('button', { name: '继续评审' }).click();
    await page.getByRole('heading', { name: '分配给您的申报（12 份）' }).waitFor();
    const first = page.locator('ol.rd-applications button').first();
    application = ((await first.getAttribute('data-testid')) ?? '').replace(/^application-/, '');
    expect(application).not.toBe('');
    await first.click();
    await page.locator('.rd-application-view').waitFor();
  });

  it('scores one indicator by keyboard, refuses an out-of-range value, and keeps the valid one after a reload', async () => {
    const row = page.locator('.rd-score-row').filter({ has: page.getByRole('spinbutton') }).first();
    await row.waitFor();
    const field = row.getByRole('spinbutton');
    const max = Number(await field.getAttribute('aria-valuemax'));
    expect(max).toBeGreaterThan(0);
    scored = { id: (await row.getAttribute('data-indicator')) ?? '', value: Math.min(1, max) };
    await field.focus();
    await page.keyboard.type(String(scored.value));
    await page.keyboard.press('Enter');
    // Enter moves on to the next indicator's field.
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(false);
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toMatch(/^已保存/);
    await shoot('6-scored');

    await field.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(String(max + 10));
    const refusal = page.locator('.rd-score-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(`未记入评分表，仍为：${scored.value}。`);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await shoot('7-refused');

    await page.reload();
    await page.getByRole('heading', { name: '分配给您的申报（12 份）' }).waitFor({ timeout: 15_000 });
    await page.getByTestId(`application-${application}`).click();
    const again = page.locator(`.rd-score-row[data-indicator="${scored.id}"]`).getByRole('spinbutton');
    await expect.poll(() => again.inputValue(), { timeout: 10_000 }).toBe(String(scored.value));
    await shoot('8-after-reload');
  }, 40_000);

  it('shows the first document in the page’s viewer beside the scoring panel', async () => {
    // The demo's application form is a UTF-8 text file (shared/demo/demo-documents.ts): shown as text.
    const view = page.locator('.rd-document').first().getByRole('button', { name: '查看' });
    await view.click();
    const viewer = page.getByTestId('document-viewer');
    await viewer.waitFor({ timeout: 15_000 });
    const text = viewer.getByTestId('viewer-text');
    await text.waitFor({ timeout: 15_000 });
    expect(await text.textContent()).toContain('申报单位：');
    expect(await page.getByRole('spinbutton').count()).toBeGreaterThan(0);
    await shoot('6b-document');

    // The evidence is a PDF: pdfjs (its worker a same-origin file, no wasm, under the page CSP) draws page 1.
    const pdf = page.locator('.rd-document', { hasText: '佐证材料' }).getByRole('button', { name: '查看' });
    await pdf.click();
    const canvas = page.getByTestId('document-viewer').locator('canvas').first();
    await canvas.waitFor({ timeout: 20_000 });
    // Dark pixels: the page's text has been drawn (a blank page is all white).
    await expect.poll(() => darkPixelsOf(canvas), { timeout: 20_000 }).toBeGreaterThan(100);
    await shoot('6c-pdf');
  }, 45_000);

  it('scores a whole application with the keyboard alone', async () => {
    await page.getByRole('button', { name: '返回评审会首页' }).click();
    const row = page.getByTestId('application-A02');
    // Bonus items are optional, so the home screen counts the indicators an expert must score.
    const required = Number(/已评 0 \/ (\d+) 项指标/.exec((await row.textContent()) ?? '')?.[1]);
    expect(required).toBeGreaterThan(20);
    await row.focus();
    await page.keyboard.press('Enter');
    const rows = page.locator('.rd-score-row');
    await rows.first().waitFor({ timeout: 15_000 });
    const kinds = await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-kind') ?? ''));
    // The first indicator's field takes the focus; from there on only keys: a digit picks the first choice
    // (met, clear, pass, the first tier) or types 1 point (0 occurrences for a deduction), Enter moves on.
    await rows.first().locator('.rd-score-field input, .rd-score-field [role="radio"][tabindex="0"]').first().focus();
    for (const kind of kinds) {
      const numeric = kind === 'points' || kind === 'bonus' || kind === 'deduction';
      if (numeric) await page.keyboard.type(kind === 'deduction' ? '0' : '1');
      else await page.keyboard.press('1');
      await page.keyboard.press('Enter');
    }
    await page.getByText(/^已保存/).waitFor({ timeout: 10_000 });
    await shoot('6d-keyboard');
    await page.getByRole('button', { name: '返回评审会首页' }).click();
    expect(await page.getByTestId('application-A02').textContent()).toContain(`已评 ${required} / ${required} 项指标`);
    // Back where the next step expects to start: in an application.
    await page.getByTestId('application-A01').click();
    await rows.first().waitFor({ timeout: 15_000 });
  }, 40_000);

  it('exports an incomplete sheet set, signed by this key, with the value in it', async () => {
    await page.getByRole('button', { name: '返回评审会首页' }).click();
    await page.getByRole('button', { name: '检查并导出评分' }).click();
    const gaps = page.getByTestId('export-gaps');
    await gaps.waitFor({ timeout: 15_000 });
    expect(await gaps.textContent()).toContain('尚未评分');
    const submit = page.getByRole('button', { name: '导出评分文件' });
    expect(await submit.isDisabled()).toBe(true);
    expect(await page.getByTestId('export-blocked').textContent()).toContain('请勾选“尚未完成也导出”');
    await page.getByLabel('导出到文件夹').fill(exports);
    // Not encrypted, so the test can read the payload without the office's decryption key.
    await page.getByRole('checkbox', { name: '加密给评审办公室（推荐）' }).uncheck();
    await page.getByRole('checkbox', { name: /尚未完成也导出/ }).check();
    await shoot('9-export');
    await submit.click();
    await page.getByTestId('export-done').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('export-sequence').textContent()).toBe('1');
    await shoot('10-exported');

    const path = (await page.getByTestId('export-path').textContent()) ?? '';
    expect(readdirSync(exports).map((name) => join(exports, name))).toContain(path);
    const read = readScoresFile(new Uint8Array(readFileSync(path)));
    if (!read.ok) throw new Error(`scores file refused: ${JSON.stringify(read)}`);
    expect(read.file.signerFingerprint.toLowerCase()).toBe(expertFingerprint);
    expect(read.file.encrypted).toBe(false);
    const { payload } = read.file;
    expect(payload).toMatchObject({ sessionId: 'demo-2026-2', expertId: 'E1', sequence: 1 });
    const sheet = payload.sheets.find((candidate) => candidate.applicationId === application);
    expect(sheet).toMatchObject({ expertId: 'E1', status: 'scored', values: { [scored.id]: scored.value } });

    // Exporting again makes No. 2, chained to No. 1 by its hash; the screen says it replaces No. 1.
    const firstHash = read.file.exportHash;
    await submit.click();
    await expect.poll(() => page.getByTestId('export-sequence').textContent(), { timeout: 20_000 }).toBe('2');
    expect(await page.getByTestId('export-replaces').textContent()).toContain('取代第 1 号');
    const secondPath = (await page.getByTestId('export-path').textContent()) ?? '';
    expect(secondPath).not.toBe(path);
    const second = readScoresFile(new Uint8Array(readFileSync(secondPath)));
    if (!second.ok) throw new Error(`second scores file refused: ${JSON.stringify(second)}`);
    expect(second.file.payload).toMatchObject({ sequence: 2, previousHash: firstHash });
  }, 60_000);

  it('had no console errors, page errors or CSP violations', () => {
    expect(serious(problems)).toEqual([]);
    expect(serious(cspViolations(page))).toEqual([]);
  });

  it('refuses a tampered session file in another profile, and saves nothing', async () => {
    const bytes = readFileSync(sessionFile);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    writeFileSync(tampered, bytes);
    host.child.kill('SIGINT');
    expect(await host.exited).toBe(0);

    host = startHost(other);
    const otherUrl = await printedUrl(host);
    const fresh = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    await watchCsp(fresh);
    page = await fresh.newPage();
    problems = watch(page);
    await page.goto(otherUrl);
    await page.locator('#rd-first-title').waitFor({ timeout: 15_000 });
    await page.getByLabel('姓名').fill('李秀英');
    await page.getByRole('button', { name: '保存并生成密钥' }).click();
    await page.getByRole('button', { name: '继续' }).click();
    await page.locator('#rd-open-title').waitFor();
    await page.locator('#rd-session-file').setInputFiles(tampered);
    const refused = page.getByTestId('open-refused');
    await refused.waitFor({ timeout: 30_000 });
    expect(await refused.textContent()).toMatch(/未能打开评审会文件/);
    await shoot('11-tampered');
    expect(await page.locator('#rd-open-title').isVisible()).toBe(true);
    expect(await page.getByTestId('open-done').count()).toBe(0);
    // Nothing saved: after a reload the app is still at the open-session screen (no session to return to).
    await page.reload();
    await page.locator('#rd-open-title').waitFor({ timeout: 15_000 });
    expect(serious(problems)).toEqual([]);
    expect(serious(cspViolations(page))).toEqual([]);
    await fresh.close();
  }, 60_000);
});
