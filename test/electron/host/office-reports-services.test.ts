// The office's reports through the host API on a real signed session with E1's export taken in: refused
// before any list is signed (office.reports.noSignedList) and once scores came in after signing
// (office.reports.listOutdated), a folder that cannot be made refused by name; otherwise the chosen reports
// written with progress to the end, carrying the latest signed version (its adjustments, dissent and
// signature in the review report's text and the workbook), and the writing entered in the audit log.
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../../electron/office/office-workspace';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import { translate } from '../../../shared/i18n/translate';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { loadWorkbook } from '../../reports/workbook/workbook-fixtures';
import { compact, pdfText } from '../../reports/pdf/pdf-test-support';
import { demoSheetsOf } from './expert-fixtures';
import { call, currentDataFingerprint, E2_KEY, exportE1, handMade, importAllAccepted, officeWorld, SESSION_ID, type OfficeWorld } from './office-collect-fixtures';
import { listOf } from '../../shared/support/list-of';

type Written = Extract<HostResult<'writeSessionReports'>, { ok: true }>;
const REASON = '经评审委员会集体复议，同意调整';
const DISSENT = { by: '王评委', text: '建议保留原计算名单。' };

describe('writeSessionReports', () => {
  let world: OfficeWorld;
  let out: string;
  let dataFingerprint = '';
  let listHash = '';
  const write = (params: Record<string, unknown>, onProgress?: (done: number, total: number) => void) =>
    call(world.officeHost, 'writeSessionReports', { sessionId: SESSION_ID, ...params }, onProgress);

  beforeAll(async () => {
    world = await officeWorld();
    out = await mkdtemp(join(tmpdir(), 'rd-office-reports-'));
    const e1 = await exportE1(world);
    await importAllAccepted(world, [e1.path]);
    dataFingerprint = await currentDataFingerprint(world);
  }, 90_000);

  it('refuses before any list is signed, saying to sign it first, and writes nothing', async () => {
    const folder = join(out, 'none');
    const refused = await write({ folder });
    expect(refused).toMatchObject({ ok: false, code: 'office.reports.noSignedList' });
    if (refused.ok) return;
    expect(refused.messages[0]).toContain('建议名单');
    expect(await readdir(folder).catch(() => 'missing')).toBe('missing');
  });

  it('writes the chosen reports with the latest signed list, progress to the end, and enters them in the audit log', { timeout: 120_000 }, async () => {
    const results = await call(world.officeHost, 'officeResults', { sessionId: SESSION_ID });
    if (!results.ok) throw new Error('no results');
    const last = listOf(results.results).entries.at(-1);
    if (!last) throw new Error('the demo has a list');
    const signed = await call(world.officeHost, 'signSuggestionList', {
      sessionId: SESSION_ID,
      dataFingerprint,
      previousHash: null,
      adjustments: [{ kind: 'exclude', applicationId: last.applicationId, reason: REASON }],
      dissent: [DISSENT],
      note: '',
    });
    if (!signed.ok) throw new Error(signed.messages.join('\n'));
    listHash = signed.version.hash;

    const folder = join(out, '报告');
    const progress: Array<[number, number]> = [];
    const result = await write({ folder, kinds: ['reviewReport', 'workbook'] }, (done, total) => progress.push([done, total]));
    if (!result.ok) throw new Error(result.messages.join('\n'));
    const written: Written = result;
    expect(written.dataFingerprint).toBe(dataFingerprint);
    expect(written.list).toEqual({ version: 1, hash: listHash });
    expect(written.files.map((f) => f.kind)).toEqual(['reviewReport', 'workbook']);
    for (const file of written.files) expect((await stat(file.path)).size).toBe(file.bytes);
    expect(progress.length).toBeGreaterThan(2);
    const end = progress.at(-1);
    expect(end?.[0]).toBe(end?.[1]);

    const pdf = compact(await pdfText(written.files[0]?.path ?? ''));
    for (const needle of ['五、建议名单（第1版', '人工调整', REASON, `${DISSENT.by}：${DISSENT.text}`, groupedFingerprint(listHash)]) expect(pdf).toContain(compact(needle));
    const workbook = await loadWorkbook(new Uint8Array(await readFile(written.files[1]?.path ?? '')));
    const sheet = workbook.getWorksheet(translate('zh-CN', 'reportWorkbook.sheet.suggestion'));
    const cells: string[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value))));
    expect(cells.some((text) => text.includes(REASON))).toBe(true);

    const { auditLog } = await loadWorkspace(world.workspace);
    const entry = auditLog.at(-1);
    expect(entry?.action).toBe('reportsWritten');
    expect(entry?.actor).toBe(world.office.identity.fingerprint);
    expect(entry?.details).toEqual({
      folder,
      files: written.files.map(({ kind, path, bytes }) => ({ kind, path, bytes })),
      dataFingerprint,
      list: { version: 1, hash: listHash },
    });
  });

  it('refuses a folder it cannot make, naming it, and enters nothing in the audit log', async () => {
    const blocker = join(out, 'a-file');
    await writeFile(blocker, 'not a folder');
    const before = (await loadWorkspace(world.workspace)).auditLog.length;
    const refused = await write({ folder: join(blocker, '报告'), kinds: ['reviewReport'] });
    expect(refused).toMatchObject({ ok: false, code: 'report.cannotCreateFolder' });
    if (!refused.ok) expect(refused.messages.join('\n')).toContain(join(blocker, '报告'));
    expect((await loadWorkspace(world.workspace)).auditLog.length).toBe(before);
  });

  it('refuses once scores came in after the list was signed, saying to sign a new version', { timeout: 60_000 }, async () => {
    const e2 = await handMade(world, 'e2.rdscores', { expertId: 'E2', sequence: 1, sheets: demoSheetsOf('E2'), signer: E2_KEY });
    await importAllAccepted(world, [e2], [{ expertId: 'E2', fingerprint: E2_KEY.fingerprint }]);
    const folder = join(out, 'outdated');
    const refused = await write({ folder });
    expect(refused).toMatchObject({ ok: false, code: 'office.reports.listOutdated' });
    if (!refused.ok) expect(refused.messages[0]).toContain('第 1 版');
    expect(await readdir(folder).catch(() => 'missing')).toBe('missing');
  });
});
