// A mid-term inspection session (no quota: the stage grades each county by the standard's bands) through the
// office's host services, on a real signed session with E1's and E2's exports taken in: officeResults gives
// each county's grade with no quota and no list; there is no list to sign; writeSessionReports writes every
// report without a signed list (the review report states the grades and has no quota or list part) and
// enters the writing in the audit log. A qualification session without a quota is still refused.
import { readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../../electron/office/office-workspace';
import { gradeOf } from '../../../shared/panel/grade';
import type { PanelInput } from '../../../shared/panel/run-panel';
import type { ScoreSheet } from '../../../shared/scoring/score-sheet';
import { compileStandard } from '../../../shared/standard/compile';
import { standardSchema } from '../../../shared/standard/schema';
import { toHundredths } from '../../../shared/util/hundredths';
import { compact, pdfText } from '../../reports/pdf/pdf-test-support';
import { loadWorkbook } from '../../reports/workbook/workbook-fixtures';
import { translate } from '../../../shared/i18n/translate';
import { demoSheetsOf } from './expert-fixtures';
import { call, E2_KEY, exportE1, handMade, importAllAccepted, officeWorld, SESSION_ID, type OfficeWorld } from './office-collect-fixtures';

/** The demo as a mid-term inspection: graded by the sample standard's bands (优秀 ≥ 90, 合格 ≥ 80, 不合格 ≥ 0), no quota. */
const asMidterm = (demo: PanelInput): PanelInput => {
  const { quota: _quota, ...rest } = demo;
  return { ...rest, session: { ...demo.session, name: '示例省示范县创建中期检查', stage: 'midterm' } };
};

/** The demo without its quota but still a qualification review: a file the draft would never export. */
const qualificationWithoutQuota = (demo: PanelInput): PanelInput => {
  const { quota: _quota, ...rest } = demo;
  return rest;
};

/** The demo's sheets of one expert with only the values the session's stage asks for. */
function sheetsFor(world: OfficeWorld, expertId: string): ScoreSheet[] {
  const active = new Set(compileStandard(standardSchema.parse(world.payload.standard), world.payload.stage).leaves.map((leaf) => leaf.id));
  return demoSheetsOf(expertId).map((sheet) => (sheet.status === 'scored' ? { ...sheet, values: Object.fromEntries(Object.entries(sheet.values).filter(([id]) => active.has(id))) } : sheet));
}

describe('a mid-term session without a quota through the office services', () => {
  let world: OfficeWorld;

  beforeAll(async () => {
    world = await officeWorld({ reshape: asMidterm });
    const e1 = await exportE1(world, sheetsFor(world, 'E1'));
    const e2 = await handMade(world, 'e2.rdscores', { expertId: 'E2', sequence: 1, sheets: sheetsFor(world, 'E2'), signer: E2_KEY });
    await importAllAccepted(world, [e1.path, e2], [{ expertId: 'E2', fingerprint: E2_KEY.fingerprint }]);
  }, 90_000);

  it('officeResults grades each county by the bands, with no quota and no suggestion list', async () => {
    const answer = await call(world.officeHost, 'officeResults', { sessionId: SESSION_ID });
    if (!answer.ok) throw new Error(answer.messages.join('\n'));
    const { results } = answer;
    expect(results.session.stage).toBe('midterm');
    expect(results.quota).toBeNull();
    expect(results.suggestionList).toBeNull();
    const scored = results.applications.filter((app) => app.aggregate !== null && app.status === 'eligible');
    expect(scored.length).toBeGreaterThan(0);
    for (const app of scored) expect(app.grade).toBe(gradeOf(toHundredths(app.aggregate ?? 0), results.rules.grades));
    // A disqualified county (a failed veto) earns no grade, whatever its score.
    for (const app of results.applications.filter((candidate) => candidate.status === 'ineligible')) expect(app.grade).toBeNull();
    expect(new Set(scored.map((app) => app.grade)).size).toBeGreaterThan(0);
  });

  it('has no list to sign', async () => {
    const answer = await call(world.officeHost, 'officeResults', { sessionId: SESSION_ID });
    if (!answer.ok) throw new Error(answer.messages.join('\n'));
    const refused = await call(world.officeHost, 'signSuggestionList', { sessionId: SESSION_ID, dataFingerprint: answer.dataFingerprint, previousHash: null, adjustments: [], dissent: [], note: '' });
    expect(refused).toMatchObject({ ok: false, code: 'office.list.noList' });
    if (!refused.ok) expect(refused.messages[0]).toContain('中期检查');
  });

  it('writes every report without a signed list: the grades, no quota or list part; entered in the audit log', { timeout: 180_000 }, async () => {
    const answer = await call(world.officeHost, 'officeResults', { sessionId: SESSION_ID });
    if (!answer.ok) throw new Error(answer.messages.join('\n'));
    const folder = join(await mkdtemp(join(tmpdir(), 'rd-graded-reports-')), '报告');
    const written = await call(world.officeHost, 'writeSessionReports', { sessionId: SESSION_ID, folder });
    if (!written.ok) throw new Error(written.messages.join('\n'));
    expect(written.list).toBeNull();
    expect(written.dataFingerprint).toBe(answer.dataFingerprint);
    expect(written.files.map((file) => file.kind).sort()).toEqual(['applicationSummaries', 'expertSheets', 'reviewReport', 'workbook']);

    const review = written.files.find((file) => file.kind === 'reviewReport');
    const pdf = compact(await pdfText(review?.path ?? ''));
    expect(pdf).toContain(compact('三、评审得分与等次'));
    expect(pdf).toContain(compact('等次评定'));
    for (const app of answer.results.applications.filter((a) => a.grade !== null)) expect(pdf).toContain(compact(app.countyName));
    expect(pdf).toContain('优秀');
    expect(pdf).not.toContain('名额测算');
    expect(pdf).not.toContain('建议名单（');

    const workbookFile = written.files.find((file) => file.kind === 'workbook');
    const workbook = await loadWorkbook(new Uint8Array(await readFile(workbookFile?.path ?? '')));
    expect(workbook.getWorksheet(translate('zh-CN', 'reportWorkbook.sheet.suggestion'))).toBeUndefined();

    const { auditLog } = await loadWorkspace(world.workspace);
    const entry = auditLog.at(-1);
    expect(entry?.action).toBe('reportsWritten');
    expect(entry?.details).toMatchObject({ folder, dataFingerprint: answer.dataFingerprint, list: null });
  });
});

describe('a qualification session without a quota', () => {
  let world: OfficeWorld;

  beforeAll(async () => {
    world = await officeWorld({ reshape: qualificationWithoutQuota });
  }, 90_000);

  it('is still refused by officeResults and writeSessionReports: it cannot make its list', async () => {
    expect(await call(world.officeHost, 'officeResults', { sessionId: SESSION_ID })).toMatchObject({ ok: false, code: 'report.noQuota' });
    const folder = join(await mkdtemp(join(tmpdir(), 'rd-no-quota-')), '报告');
    expect(await call(world.officeHost, 'writeSessionReports', { sessionId: SESSION_ID, folder })).toMatchObject({ ok: false, code: 'report.noQuota' });
  });
});
