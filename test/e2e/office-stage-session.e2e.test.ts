// A stage session's outcome into the county register end to end in Debian's Chromium against the local web
// host: an office that sent the demo as an acceptance inspection (no quota, graded by the standard's bands)
// and took in E1's and E2's scores, with three of the session's counties at 已中期检查 in its register,
// opens 写入名册, writes two counties' outcomes with the decision's 文号 — one of them failed against the
// results, with the reason — and then, in 示范县管理, takes the failed county through rectification and
// re-inspection to 已命名. Nothing reaches the register before the confirmation; the page's CSP reports nothing.
// Screenshot: out/screenshots/office-register-step.png. Skipped only when /usr/bin/chromium is missing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, officeWorld, SESSION_ID, type OfficeWorld } from '../electron/host/office-collect-fixtures';
import { asAcceptance, registerCounties, takeInScores } from '../electron/host/stage-session-fixtures';
import { sampleDraft } from '../renderer/office/office-fixture';
import { closeBrowserSession, openBrowserSession, type BrowserSession } from './browser-session';
import { openStoredDraft } from './office-draft';
import { cspViolations, serious } from './page-watch';
import { CHROMIUM, REPO_ROOT, SKIP_WITHOUT_CHROMIUM } from './web-host-process';

const skip = SKIP_WITHOUT_CHROMIUM;
const title = skip ? `stage session into the register in Chromium — SKIPPED: ${CHROMIUM} is missing (apt-get install chromium)` : 'stage session into the register in Chromium';
const DOC = '示文旅公服〔2026〕31号';
const REASON = '现场复核发现创建台账与实际不符';

describe.skipIf(skip)(title, () => {
  let world: OfficeWorld;
  let session: BrowserSession | undefined;
  let page: Page;
  let problems: string[] = [];
  let ready: { code: string; name: string }[] = [];
  /** The county failed at acceptance in the second test, rectified in the third. */
  let failedCode = '';
  const sample = sampleDraft();
  const draft = { ...sample, sessionId: SESSION_ID, basics: { ...sample.basics, name: '示例省示范县创建验收', stage: 'acceptance' as const } };
  const field = (label: string) => page.getByLabel(label, { exact: true });

  beforeAll(async () => {
    world = await officeWorld({ reshape: asAcceptance });
    await takeInScores(world);
    await registerCounties(world, 3);
    ready = world.payload.applications.slice(0, 3).map((application) => ({ code: application.countyCode, name: application.countyName }));
    session = await openBrowserSession(world.officeDir, { locale: 'zh-CN', viewport: { width: 1400, height: 1000 } });
    ({ page, problems } = session);
  }, 120_000);

  afterAll(() => closeBrowserSession(session, world.root));

  it('shows every county beside the register at 写入名册, the ready ones ticked with the results’ proposal', async () => {
    await openStoredDraft(page, session?.url ?? '', draft);
    await page.getByRole('button', { name: '11. 写入名册' }).click();
    await page.getByTestId('register-table').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('register-event').textContent()).toContain('验收结果');
    expect(await page.locator('[data-testid^="register-row-"]').count()).toBe(world.payload.applications.length);
    for (const county of ready) expect(await page.getByTestId(`register-tick-${county.code}`).isChecked()).toBe(true);
    const held = world.payload.applications[3];
    if (!held) throw new Error('the demo has more than three applications');
    expect(await page.getByTestId(`register-tick-${held.countyCode}`).isDisabled()).toBe(true);
    expect(await page.getByTestId(`register-blocked-${held.countyCode}`).textContent()).toContain('需要处于「已中期检查」');
  }, 60_000);

  it('writes two counties with the 文号 after one confirmation, one failed against the results with its reason', async () => {
    // Which county plays which part follows the results: the one failed against them must have been proposed a pass.
    const proposals = await Promise.all(ready.map(async (county) => ({ ...county, proposed: await page.getByTestId(`register-outcome-${county.code}`).inputValue() })));
    const passing = proposals.filter((county) => county.proposed === 'pass' || county.proposed === 'excellent');
    const failed = passing[0];
    const named = passing[1];
    const untouched = proposals.find((county) => county !== failed && county !== named);
    if (!failed || !named || !untouched) throw new Error(`two ready counties proposed a pass, and a third: ${JSON.stringify(proposals)}`);
    failedCode = failed.code;
    await page.getByTestId(`register-tick-${untouched.code}`).uncheck();
    await page.getByTestId(`register-outcome-${failed.code}`).selectOption('fail');
    await page.getByTestId(`register-outcome-${named.code}`).selectOption('pass');
    expect(await page.getByTestId('register-unfinished').textContent()).toContain(failed.name);
    expect(await page.getByTestId('register-confirm').isDisabled()).toBe(true);
    await page.getByLabel(`${failed.name} 与评审结果不同的理由`).fill(REASON);
    // The results may already propose 合格 for the second county: a reason is asked for only when it departs.
    const secondReason = page.getByLabel(`${named.name} 与评审结果不同的理由`);
    if ((await secondReason.count()) > 0) await secondReason.fill('专家组复议后确认合格');
    await field('决定日期').fill('2026-11-20');
    await field('文号').fill(DOC);
    mkdirSync(join(REPO_ROOT, 'out', 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(REPO_ROOT, 'out', 'screenshots', 'office-register-step.png'), fullPage: true });

    const before = await call(world.officeHost, 'programmeOverview', {});
    if (!before.ok) throw new Error(before.messages.join('\n'));
    expect(before.counties.filter((county) => county.state === 'midtermChecked')).toHaveLength(3);

    await page.getByTestId('register-confirm').click();
    await page.getByTestId('register-confirm-question').getByRole('button', { name: '确认写入' }).click();
    const recorded = page.getByTestId('register-recorded');
    await recorded.waitFor({ timeout: 20_000 });
    expect(await recorded.textContent()).toContain(`${failed.name}：现为「验收未通过」`);
    expect(await recorded.textContent()).toContain(`${named.name}：现为「已命名」`);
    await expect.poll(() => page.getByTestId(`register-blocked-${failed.code}`).textContent(), { timeout: 10_000 }).toContain('已写入名册');
    expect(await page.getByTestId(`register-tick-${untouched.code}`).isDisabled()).toBe(false);

    const after = await call(world.officeHost, 'programmeOverview', {});
    if (!after.ok) throw new Error(after.messages.join('\n'));
    const failedEvent = after.counties.find((county) => county.code === failed.code)?.history.at(-1)?.event;
    expect(failedEvent).toMatchObject({ kind: 'acceptanceDecided', result: 'fail', date: '2026-11-20', documentNumber: DOC, sessionId: SESSION_ID, note: REASON });
    expect(typeof failedEvent?.score).toBe('number');
    expect(after.counties.find((county) => county.code === untouched.code)?.state).toBe('midtermChecked');
  }, 60_000);

  it('takes the failed county through rectification and re-inspection to 已命名 in 示范县管理', async () => {
    const row = page.locator(`[data-testid="programme-row"][data-code="${failedCode}"]`);
    await page.getByTestId('open-programme').click();
    await page.getByTestId('programme-table').waitFor({ timeout: 20_000 });
    await expect.poll(() => row.getByTestId('programme-row-state').textContent()).toBe('验收未通过');
    await row.getByTestId('programme-row-open').click();
    const steps = [
      { kind: 'retentionGranted', date: '2026-11-24', documentNumber: '示文旅公服〔2026〕33号', after: '整改中' },
      { kind: 'reinspectionDecided', outcome: 'pass', date: '2026-11-27', documentNumber: '示文旅公服〔2026〕35号', sessionId: 'S-RE-2026', after: '已命名' },
    ];
    for (const step of steps) {
      await page.getByTestId('transition-event').selectOption(step.kind);
      if (step.outcome !== undefined) await page.getByTestId('transition-outcome').selectOption(step.outcome);
      await field('日期').fill(step.date);
      await field('文号').fill(step.documentNumber);
      if (step.sessionId !== undefined) await field('评审会编号').fill(step.sessionId);
      await page.getByTestId('transition-submit').click();
      await expect.poll(() => row.getByTestId('programme-row-state').textContent(), { timeout: 10_000 }).toBe(step.after);
    }
    // The history shows the acceptance the session decided, with its 文号.
    expect(await page.getByTestId('county-history-row').count()).toBe(6);
    expect(await page.getByTestId('county-history').textContent()).toContain(DOC);
    expect(serious(problems)).toEqual([]);
    expect(serious(cspViolations(page))).toEqual([]);
  }, 60_000);
});
