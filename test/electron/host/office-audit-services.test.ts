// The office's audit log through the host API, on a real sent session and real imports: each entry read back
// with a plain line in the caller's language, the chain's anchor, a log altered on disk refused at the entry
// where it breaks, and the export — a workbook whose text stays text and a JSON copy that verifies again —
// itself entered in the log.
import ExcelJS from 'exceljs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { callMethod } from '../../../electron/host/call-method';
import { appendAudit } from '../../../electron/office/commit-audit';
import { auditLogPathOf } from '../../../electron/office/office-workspace';
import { parseAuditLog } from '../../../electron/office/workspace-files';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import { verifyChain } from '../../../shared/office/audit-log';
import { call, exportE1, officeWorld, SESSION_ID, type OfficeWorld } from './office-collect-fixtures';

type Listed = Extract<HostResult<'officeAuditLog'>, { ok: true }>;
const listed = (result: HostResult<'officeAuditLog'>): Listed => {
  if (!result.ok) throw new Error(result.messages.join('\n'));
  return result;
};
const list = async (world: OfficeWorld, locale: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<HostResult<'officeAuditLog'>> => {
  const outcome = await callMethod(world.officeHost, 'officeAuditLog', { sessionId: SESSION_ID }, { operationId: 'op', locale });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.result as HostResult<'officeAuditLog'>;
};

/** A text that would run as a formula if a writer let Excel parse it. */
const FORMULA = '=HYPERLINK("http://evil.example","点我")';

describe('officeAuditLog and exportAuditLog', () => {
  let world: OfficeWorld;
  beforeAll(async () => {
    world = await officeWorld();
    const first = await exportE1(world);
    const second = await exportE1(world);
    const imported = await call(world.officeHost, 'importScores', { sessionId: SESSION_ID, paths: [second.path, first.path] });
    if (!imported.ok) throw new Error(imported.messages.join('\n'));
    // The import enters only what it accepts; a refusal is entered as importAuditDraft words one.
    const replay = { outcome: 'replay', exportHash: first.exportHash, sessionId: SESSION_ID, expertId: 'E1', sequence: 1, previousHash: null, sheets: 11 };
    await appendAudit(world.workspace, [{ action: 'scoresRefused', details: replay }], { actor: world.office.identity.fingerprint, recordedAt: new Date().toISOString() });
  }, 60_000);

  it('lists every committed entry with a plain line, the office as its actor, and the anchor', async () => {
    const result = listed(await list(world));
    expect(result.entries.map((e) => e.action)).toEqual(['scoresImported', 'scoresRefused']);
    expect(result.entries[0]?.description).toBe('导入评分：专家 E1（张明华）第 2 次导出，11 份评分表');
    expect(result.entries[1]?.description).toMatch(/^拒收评分文件：重放（旧的导出），专家 E1（张明华）第 1 次导出/);
    expect(result.entries[0]?.expertId).toBe('E1');
    expect(result.entries[0]?.actorLabel).toBe('示例省文旅厅评审办（办公室密钥）');
    expect(result.entries[1]?.previousHash).toBe(result.entries[0]?.hash);
    expect(result.anchor).toEqual({ length: 2, headHash: result.entries[1]?.hash });
    expect(result.sessionName).toBe(world.payload.name);
  });

  it('speaks the caller’s language', async () => {
    const result = listed(await list(world, 'en-US'));
    expect(result.entries[0]?.description).toMatch(/^Scores imported: expert E1 \(张明华\), export no\. 2, 11 score sheets$/);
    expect(result.entries[1]?.description).toMatch(/^Scores file refused: replay/);
  });

  it('describes entries of shapes it does not know without failing', async () => {
    const by = { actor: '老王', recordedAt: '2026-11-27T09:00:00.000Z' };
    await appendAudit(world.workspace, [{ action: 'suggestionListSigned', details: ['not', 'an', 'object'] }], by);
    await appendAudit(world.workspace, [{ action: 'reportsWritten', details: { files: 'many', folder: 42 } }], by);
    await appendAudit(world.workspace, [{ action: 'scoresRefused', details: { outcome: 'fromTheFuture', expertId: 'E99' } }], by);
    const result = listed(await list(world));
    const lines = result.entries.slice(-3).map((e) => e.description);
    expect(lines).toEqual(['签署建议名单', '写出评审报告', '拒收评分文件：原因「fromTheFuture」，专家 E99（不在本次名单中）']);
    expect(result.entries.at(-1)?.actorLabel).toBe('老王');
  });

  it('exports the log as a workbook and a JSON copy that verifies, then logs the export', async () => {
    // A detail and an actor that look like formulas must arrive in the workbook as text.
    await appendAudit(world.workspace, [{ action: 'sessionFileWritten', details: { path: FORMULA } }], { actor: FORMULA, recordedAt: '2026-11-27T10:00:00.000Z' });
    const before = listed(await list(world));
    const folder = join(world.root, '审计导出');
    await mkdir(folder, { recursive: true });

    const result = await call(world.officeHost, 'exportAuditLog', { sessionId: SESSION_ID, folder });
    if (!result.ok) throw new Error(result.messages.join('\n'));
    expect(result).toMatchObject({ entries: before.entries.length, anchor: before.anchor, logged: true, messages: [] });
    expect((await readdir(folder)).sort()).toEqual([result.jsonPath, result.workbookPath].map((p) => p.split('/').at(-1)).sort());
    expect(result.workbookPath.split('/').at(-1)).toMatch(/^审计日志-.+-\d{4}-\d{2}-\d{2}\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await readFile(result.workbookPath)).buffer);
    const [entries, check] = workbook.worksheets;
    expect(entries?.name).toBe('审计日志');
    expect(entries?.getRow(1).values).toEqual([undefined, '序号', '时间', '操作人', '操作', '说明', '哈希', '前一条哈希']);
    expect(entries?.rowCount).toBe(before.entries.length + 1);
    const last = entries?.getRow(before.entries.length + 1);
    expect(last?.getCell(1).value).toBe(before.entries.length);
    expect(last?.getCell(3).value).toBe(FORMULA);
    expect(last?.getCell(3).type).toBe(ExcelJS.ValueType.String);
    expect(last?.getCell(3).numFmt).toBe('@');
    expect(last?.getCell(4).value).toBe('写出评审会文件');
    expect(last?.getCell(5).value).toBe(`写出评审会文件到 ${FORMULA}`);
    expect(last?.getCell(6).value).toBe(before.anchor.headHash);
    expect(check?.name).toBe('核验');
    const checkText = JSON.stringify(check?.getSheetValues());
    expect(checkText).toContain(before.anchor.headHash);
    expect(checkText).toContain('完整');

    const copy = parseAuditLog(await readFile(result.jsonPath), SESSION_ID);
    expect(copy).not.toBeNull();
    expect(verifyChain(copy ?? [], before.anchor)).toEqual({ ok: true });
    expect(copy?.length).toBe(before.entries.length);

    const after = listed(await list(world));
    const logged = after.entries.at(-1);
    expect(after.entries.length).toBe(before.entries.length + 1);
    expect(logged?.action).toBe('auditLogExported');
    expect(logged?.description).toBe(`导出审计日志（共 ${before.entries.length} 条）到 ${result.workbookPath}`);
  });

  it('refuses a folder that does not exist, saying so', async () => {
    const result = await call(world.officeHost, 'exportAuditLog', { sessionId: SESSION_ID, folder: join(world.root, '没有这个文件夹') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('officeAudit.export.folderMissing');
    expect(result.messages[0]).toContain('没有这个文件夹');
    const file = join(world.root, '一个文件.txt');
    await writeFile(file, 'x');
    expect(await call(world.officeHost, 'exportAuditLog', { sessionId: SESSION_ID, folder: file })).toMatchObject({ ok: false, code: 'officeAudit.export.notFolder' });
  });

  it('refuses a log altered on disk, naming the entry and what to do, for listing and export alike', async () => {
    const path = auditLogPathOf(world.workspace);
    const text = await readFile(path, 'utf8');
    // The second entry's time moved by a minute: still valid JSON, no longer what was hashed.
    const entries = (JSON.parse(text) as { entries: Array<{ recordedAt: string }> }).entries;
    const second = entries[1]?.recordedAt ?? '';
    await writeFile(path, text.replace(second, second.replace(/:(\d\d):/, (_m, mm: string) => `:${String((Number(mm) + 1) % 60).padStart(2, '0')}:`)));

    const result = await list(world);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('officeAudit.damaged');
    expect(result.brokenAt).toBe(1);
    expect(result.messages[0]).toContain('第 2 条');
    expect(result.messages[0]).toContain(world.workspace.dir);
    expect(result.messages[0]).toContain('联系');

    const exported = await call(world.officeHost, 'exportAuditLog', { sessionId: SESSION_ID, folder: world.root });
    expect(exported).toMatchObject({ ok: false, code: 'officeAudit.damaged', brokenAt: 1 });
    await writeFile(path, text);
    expect(listed(await list(world)).entries.length).toBeGreaterThan(2);
  });
});
