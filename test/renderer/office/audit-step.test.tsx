// @vitest-environment happy-dom
// 审计日志 with the fake host: the chain's status line, entries newest first, each filter narrowing the rows
// and the 「显示 x 条，共 y 条」 count, the export called with the typed folder and its files named,
// the host's refusals — no session file yet (with the way to 导出评审会文件), a log altered at an entry — and
// the friendly line for an empty log.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AuditLogEntryView } from '../../../shared/contract/office-audit-spec';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import { AuditStep } from '../../../renderer/src/office/audit/AuditStep';
import type { DraftStep } from '../../../renderer/src/office/draft-steps';
import { newOfficeDatabase, sampleDraft } from './office-fixture';
import { fakeHost, renderOffice, zh } from './office-harness';

const OFFICE = 'a'.repeat(64);
const hash = (n: number): string => n.toString(16).padStart(64, '0');

function entry(index: number, patch: Partial<AuditLogEntryView>): AuditLogEntryView {
  return {
    index,
    recordedAt: '2026-11-25T04:00:00.000Z',
    actor: OFFICE,
    actorLabel: '示例省文旅厅评审办（办公室密钥）',
    action: 'scoresImported',
    description: '',
    hash: hash(index + 1),
    previousHash: index === 0 ? null : hash(index),
    ...patch,
  };
}

const ENTRIES: AuditLogEntryView[] = [
  entry(0, { action: 'sessionFileWritten', description: '写出评审会文件到 /U盘/第2批.rdsession', recordedAt: '2026-11-24T04:00:00.000Z' }),
  entry(1, { description: '导入评分：专家 E1（张明华）第 1 次导出，11 份评分表', expertId: 'E1' }),
  entry(2, { description: '导入评分：专家 E2（李秀英）第 1 次导出，11 份评分表', expertId: 'E2' }),
  // A refused file is never logged (audit-log.ts), so the log holds no scoresRefused entry.
  entry(3, { description: '导入评分：专家 E1（张明华）第 2 次导出，替换第 1 次，11 份评分表', expertId: 'E1', recordedAt: '2026-11-26T04:00:00.000Z' }),
  entry(4, { action: 'suggestionListSigned', description: '签署建议名单第 1 版', actor: '老王', actorLabel: '老王', recordedAt: '2026-11-27T04:00:00.000Z' }),
];

const listed = (entries = ENTRIES): HostResult<'officeAuditLog'> => ({
  ok: true,
  sessionName: '第2批示范县资格评审',
  entries,
  anchor: { length: entries.length, headHash: entries.at(-1)?.hash ?? null },
});

const ROSTER = [
  { expertId: 'E1', name: '张明华', organisation: '', title: '', city: '', keyFingerprint: null },
  { expertId: 'E2', name: '李秀英', organisation: '', title: '', city: '', keyFingerprint: null },
];

function show(answer: HostResult<'officeAuditLog'> = listed(), options: { dialogs?: boolean } = {}) {
  const host = fakeHost();
  host.officeAuditLog.mockResolvedValue(answer);
  if (options.dialogs) host.getHostInfo.mockResolvedValue({ version: '0.1.0', host: 'electron', dataDir: '/data', dialogs: true });
  const onGoTo = vi.fn<(step: DraftStep) => void>();
  const draft = sampleDraft({ roster: ROSTER });
  renderOffice(<AuditStep draft={draft} onGoTo={onGoTo} available={new Set<DraftStep>(['export'])} />, { host, db: newOfficeDatabase() });
  return { host, draft, onGoTo };
}

const rowNumbers = (): string[] => within(screen.getByTestId('audit-table')).getAllByTestId('audit-row').map((row) => row.querySelector('th')?.textContent ?? '');
const count = (): string => screen.getByTestId('audit-count').textContent ?? '';

describe('AuditStep', () => {
  it('asks for the draft session’s log, says the chain is whole and lists the entries newest first', async () => {
    const { host, draft } = show();
    await screen.findByTestId('audit-table');
    expect(host.officeAuditLog).toHaveBeenCalledWith({ sessionId: draft.sessionId });
    expect(screen.getByTestId('audit-chain').textContent).toContain('审计日志完整，共 5 条');
    expect(screen.getByTestId('audit-chain').textContent).toContain(hash(5));
    expect(rowNumbers()).toEqual(['5', '4', '3', '2', '1']);
    expect(count()).toBe('显示 5 条，共 5 条');
    const newest = screen.getAllByTestId('audit-row')[0];
    expect(newest?.textContent).toContain('签署建议名单');
    expect(newest?.textContent).toContain('老王');
    // The hash shortened, the full one in its title and folded under it.
    const summary = newest?.querySelector('summary');
    expect(summary?.getAttribute('title')).toBe(hash(5));
    expect(summary?.textContent).toContain(`${hash(5).slice(0, 12)}…`);
    expect(newest?.querySelector('details dl')?.textContent).toContain(hash(4));
  });

  it('narrows the rows and the count by action, person, words and days', async () => {
    show();
    await screen.findByTestId('audit-table');
    fireEvent.click(screen.getByRole('checkbox', { name: zh('officeAudit.action.scoresImported') }));
    expect(rowNumbers()).toEqual(['5', '1']);
    expect(count()).toBe('显示 2 条，共 5 条');
    fireEvent.click(screen.getByRole('checkbox', { name: zh('officeAudit.action.scoresImported') }));
    expect(count()).toBe('显示 5 条，共 5 条');

    const person = screen.getByRole('combobox', { name: zh('officeAudit.ui.filter.person') });
    expect(within(person).getByRole('option', { name: '专家 E1（张明华）' })).toBeTruthy();
    fireEvent.change(person, { target: { value: 'expert:E1' } });
    expect(rowNumbers()).toEqual(['4', '2']);
    fireEvent.change(person, { target: { value: 'actor:老王' } });
    expect(rowNumbers()).toEqual(['5']);
    fireEvent.change(person, { target: { value: '' } });

    fireEvent.change(screen.getByRole('textbox', { name: zh('officeAudit.ui.filter.text') }), { target: { value: '替换' } });
    expect(rowNumbers()).toEqual(['4']);
    expect(count()).toBe('显示 1 条，共 5 条');
    fireEvent.change(screen.getByRole('textbox', { name: zh('officeAudit.ui.filter.text') }), { target: { value: '' } });

    fireEvent.change(screen.getByLabelText(zh('officeAudit.ui.filter.from')), { target: { value: '2026-11-25' } });
    fireEvent.change(screen.getByLabelText(zh('officeAudit.ui.filter.to')), { target: { value: '2026-11-26' } });
    expect(rowNumbers()).toEqual(['4', '3', '2']);

    fireEvent.change(screen.getByLabelText(zh('officeAudit.ui.filter.from')), { target: { value: '2026-12-01' } });
    expect(screen.queryByTestId('audit-table')).toBeNull();
    expect(screen.getByTestId('audit-none-match')).toBeTruthy();
    expect(count()).toBe('显示 0 条，共 5 条');

    fireEvent.click(screen.getByRole('button', { name: zh('officeAudit.ui.filter.clear') }));
    expect(count()).toBe('显示 5 条，共 5 条');
  });

  it('offers only the kinds of action the log holds, in the log’s own order of kinds', async () => {
    show();
    const filters = await screen.findByTestId('audit-filters');
    const boxes = within(filters).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent?.trim());
    expect(boxes).toEqual([zh('officeAudit.action.scoresImported'), zh('officeAudit.action.sessionFileWritten'), zh('officeAudit.action.suggestionListSigned')]);
    expect(within(filters).queryByRole('checkbox', { name: zh('officeAudit.action.scoresRefused') })).toBeNull();
    expect(within(filters).queryByRole('checkbox', { name: zh('officeAudit.action.reportsWritten') })).toBeNull();
  });

  it('exports to the typed folder, names the files written and shows the log again with the export in it', async () => {
    const { host, draft } = show();
    await screen.findByTestId('audit-table');
    expect(screen.queryByRole('button', { name: zh('officeAudit.ui.export.browse') })).toBeNull();
    host.exportAuditLog.mockResolvedValue({
      ok: true,
      workbookPath: '/U盘/审计日志-第2批-2026-11-27.xlsx',
      jsonPath: '/U盘/审计日志-第2批-2026-11-27.json',
      entries: 5,
      anchor: { length: 5, headHash: hash(5) },
      logged: true,
      messages: [],
    });
    const exportEntry = entry(5, { action: 'auditLogExported', description: '导出审计日志（共 5 条）到 /U盘/审计日志-第2批-2026-11-27.xlsx' });
    host.officeAuditLog.mockResolvedValue(listed([...ENTRIES, exportEntry]));

    fireEvent.click(screen.getByRole('button', { name: zh('officeAudit.ui.export.button') }));
    expect(await screen.findByText(zh('officeAudit.ui.export.folderRequired'))).toBeTruthy();
    expect(host.exportAuditLog).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(zh('officeAudit.ui.export.folder')), { target: { value: ' /U盘 ' } });
    fireEvent.click(screen.getByRole('button', { name: zh('officeAudit.ui.export.button') }));
    await screen.findByTestId('audit-export-done');
    expect(host.exportAuditLog).toHaveBeenCalledWith({ sessionId: draft.sessionId, folder: '/U盘' });
    expect(screen.getByTestId('audit-export-workbook').textContent).toBe('/U盘/审计日志-第2批-2026-11-27.xlsx');
    expect(screen.getByTestId('audit-export-json').textContent).toBe('/U盘/审计日志-第2批-2026-11-27.json');
    await waitFor(() => expect(count()).toBe('显示 6 条，共 6 条'));
    expect(rowNumbers()[0]).toBe('6');
  });

  it('offers 「浏览…」 where the host has dialogs, and shows the host’s refusal of an export', async () => {
    const { host } = show(listed(), { dialogs: true });
    await screen.findByTestId('audit-table');
    host.chooseFolder.mockResolvedValue({ path: '/media/U盘' });
    fireEvent.click(await screen.findByRole('button', { name: zh('officeAudit.ui.export.browse') }));
    await waitFor(() => expect((screen.getByLabelText(zh('officeAudit.ui.export.folder')) as HTMLInputElement).value).toBe('/media/U盘'));
    expect(host.chooseFolder).toHaveBeenCalledWith({ purpose: 'exportAuditLog' });

    host.exportAuditLog.mockResolvedValue({ ok: false, code: 'officeAudit.export.folderMissing', messages: ['文件夹 /media/U盘 不存在（U 盘是否已拔出？）。'] });
    fireEvent.click(screen.getByRole('button', { name: zh('officeAudit.ui.export.button') }));
    const refused = await screen.findByTestId('audit-export-refused');
    expect(refused.textContent).toContain('不存在');
  });

  it('without a session file, says so with the way to 导出评审会文件', async () => {
    const { onGoTo } = show({ ok: false, code: 'office.collect.noSession', messages: ['本次评审的评审会文件还没有导出。'] });
    const refused = await screen.findByTestId('audit-refused');
    expect(refused.textContent).toContain('还没有导出');
    fireEvent.click(within(refused).getByRole('button', { name: zh('officeAudit.ui.goTo', { step: zh('officeWorkspace.steps.export') }) }));
    expect(onGoTo).toHaveBeenCalledWith('export');
  });

  it('names the entry where an altered log breaks, with the host’s advice, and offers no table', async () => {
    show({ ok: false, code: 'officeAudit.damaged', brokenAt: 2, messages: ['审计日志在第 3 条处被改动过……请不要改动、移动或删除这个文件夹'] });
    const refused = await screen.findByTestId('audit-refused');
    expect(refused.textContent).toContain('审计日志在第 3 条处被改动');
    expect(refused.textContent).toContain('请不要改动');
    expect(within(refused).queryByRole('button', { name: /前往/ })).toBeNull();
    expect(screen.queryByTestId('audit-table')).toBeNull();
  });

  it('says plainly when nothing has been recorded yet', async () => {
    show(listed([]));
    expect((await screen.findByTestId('audit-empty')).textContent).toBe(zh('officeAudit.ui.empty'));
    expect(screen.getByTestId('audit-chain').textContent).toContain('共 0 条');
  });
});
