// @vitest-environment happy-dom
// 创建标准: a chosen file is uploaded and read by the host; its indicators, totals and fingerprint are shown
// with every problem by row; errors block it, warnings do not; a standard in use is replaced only after asking.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import sampleStandardJson from '../../../shared/data/sample-standard.json';
import type { StandardFileProblem } from '../../../shared/contract/office-standard-spec';
import { translate, type MessageKey } from '../../../shared/i18n/translate';
import type { DraftStandard } from '../../../shared/office/session-draft';
import { standardSchema, type Standard } from '../../../shared/standard/schema';
import { fingerprintOf, groupedFingerprint } from '../../../shared/util/fingerprint';
import { StandardStep } from '../../../renderer/src/office/standard/StandardStep';
import { fakeHost, renderScreen } from '../app/app-harness';
import { newDatabase } from '../db/expert-db-fixture';

const zh = (key: MessageKey, params: Record<string, string | number> = {}): string => translate('zh-CN', key, params);
const SAMPLE: Standard = standardSchema.parse(sampleStandardJson);
const SAMPLE_FINGERPRINT = fingerprintOf(SAMPLE);
const UPLOADED = { path: '/data/uploads/1.xlsx', name: '标准.xlsx', size: 3 };
const file = (name = '创建标准（第二批）.xlsx'): File => new File([new Uint8Array([0x50, 0x4b, 3, 4])], name);

function choose(chosen: File): void {
  fireEvent.change(screen.getByLabelText(zh('officeStandard.choose.button')), { target: { files: [chosen] } });
}

function setup(value: DraftStandard | null = null) {
  const host = fakeHost();
  host.upload.mockResolvedValue(UPLOADED);
  const onChange = vi.fn<(next: DraftStandard) => void>();
  renderScreen(<StandardStep value={value} onChange={onChange} />, { host, db: newDatabase() });
  return { host, onChange };
}

const problem = (severity: StandardFileProblem['severity'], message: string, site: Partial<StandardFileProblem> = {}): StandardFileProblem => ({
  severity,
  code: severity === 'error' ? 'excel.cell.notNumber' : 'excel.sheet.noteIgnored',
  message,
  ...site,
});

describe('StandardStep', () => {
  it('reads the chosen file through the host and previews the indicators, totals and kinds before it is used', async () => {
    const { host, onChange } = setup();
    host.readStandard.mockResolvedValue({ ok: true, standard: SAMPLE, fingerprint: SAMPLE_FINGERPRINT, problems: [] });
    choose(file());
    expect(await screen.findByRole('status')).toHaveProperty('textContent', zh('officeStandard.reading', { name: '创建标准（第二批）.xlsx' }));
    const pending = await screen.findByTestId('standard-pending');
    expect(host.readStandard).toHaveBeenCalledWith({ path: UPLOADED.path });

    const tree = within(pending).getByTestId('standard-tree');
    // First-level indicators are open, their items showing kind and rule; the sample's 1 is 组织领导与规划保障.
    expect(tree.textContent).toContain('组织领导与规划保障');
    expect(tree.textContent).toContain(`${zh('officeStandard.tree.level1')}1 组织领导与规划保障 ${zh('officeStandard.tree.groupPoints', { points: 15 })}`);
    const item = within(tree).getByTestId('standard-leaf-6.1');
    expect(item.textContent).toContain(zh('officeStandard.tree.level2'));
    expect(item.textContent).toContain(zh('standard.kind.tiers'));
    // Every tier with its points, best first as the file lists them: 满意度≥90% 8 分 / 85%–90% 6 分 / …
    expect(item.textContent).toContain(`${zh('officeStandard.rule.tier', { name: '满意度≥90%', points: 8 })} / ${zh('officeStandard.rule.tier', { name: '85%–90%', points: 6 })}`);
    expect(within(tree).getByTestId('standard-leaf-B1').textContent).toContain(zh('standard.kind.bonus'));
    expect(within(tree).getByTestId('standard-leaf-V1').textContent).toContain(zh('officeStandard.rule.veto'));

    const summary = within(pending).getByTestId('standard-summary');
    expect(summary.textContent).toContain(SAMPLE.title);
    expect(summary.textContent).toContain(zh('officeStandard.summary.totalValue', { total: 100, sum: 100 }));
    expect(summary.textContent).toContain(zh('officeStandard.summary.bonusCapValue', { cap: 5 }));
    expect(summary.textContent).toContain(['资格评审', '中期检查', '验收', '复查'].join('、'));
    expect(summary.textContent).toContain(zh('officeStandard.summary.countsValue', { groups: 9, leaves: 29 }));
    expect(within(pending).getByTestId('standard-fingerprint').textContent).toBe(groupedFingerprint(SAMPLE_FINGERPRINT));

    expect(within(pending).queryByTestId('standard-problems')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: zh('officeStandard.pending.use') }));
    expect(onChange).toHaveBeenCalledOnce();
    expect(onChange.mock.calls[0]?.[0]).toMatchObject({ standard: SAMPLE, fingerprint: SAMPLE_FINGERPRINT, fileName: '创建标准（第二批）.xlsx' });
    expect(Number.isNaN(Date.parse(onChange.mock.calls[0]?.[0].importedAt ?? ''))).toBe(false);
    expect(screen.queryByTestId('standard-pending')).toBeNull();
  });

  it('shows an item’s guidance and evidence when it is opened', async () => {
    const { host } = setup();
    host.readStandard.mockResolvedValue({ ok: true, standard: SAMPLE, fingerprint: SAMPLE_FINGERPRINT, problems: [] });
    choose(file());
    const item = await screen.findByTestId('standard-leaf-1.1');
    const leaf = SAMPLE.indicators.flatMap((node) => ('children' in node ? node.children : [node])).find((node) => node.id === '1.1');
    if (leaf === undefined || 'children' in leaf) throw new Error('sample has no leaf 1.1');
    const guidance = zh('officeStandard.tree.guidance', { text: leaf.guidance });
    expect(screen.queryByText(guidance)).toBeNull();
    const switcher = item.closest('.ant-tree-treenode')?.querySelector('.ant-tree-switcher');
    if (!switcher) throw new Error('no switcher for 1.1');
    fireEvent.click(switcher);
    expect(await screen.findByText(guidance)).toBeTruthy();
    expect(screen.getByText(zh('officeStandard.tree.evidence', { text: leaf.evidence.join('；') }))).toBeTruthy();
  });

  it('lists every problem with its row and column, and a file with errors cannot be used', async () => {
    const { host, onChange } = setup();
    host.readStandard.mockResolvedValue({
      ok: false,
      problems: [
        problem('error', "工作表「指标」第12行 分值：'四' 不是数字", { sheet: '指标', row: 12, column: 'G' }),
        problem('warning', "工作表「指标」第40行：'备注' 看作表格下方的备注，已忽略", { sheet: '指标', row: 40 }),
        problem('error', '总分 100 与各一级指标之和 99 不一致'),
      ],
    });
    choose(file());
    const list = await screen.findByTestId('standard-problems');
    const items = within(list).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      `${zh('officeStandard.problems.error')}${zh('officeStandard.problems.sheet', { sheet: '指标' })} ${zh('officeStandard.problems.rowColumn', { row: 12, column: 'G' })}：工作表「指标」第12行 分值：'四' 不是数字`,
      `${zh('officeStandard.problems.warning')}${zh('officeStandard.problems.sheet', { sheet: '指标' })} ${zh('officeStandard.problems.row', { row: 40 })}：工作表「指标」第40行：'备注' 看作表格下方的备注，已忽略`,
      `${zh('officeStandard.problems.error')}${zh('officeStandard.problems.whole')}：总分 100 与各一级指标之和 99 不一致`,
    ]);
    expect(screen.getByText(zh('officeStandard.problems.title', { errors: 2, warnings: 1 }))).toBeTruthy();
    expect(screen.getByTestId('standard-blocked').textContent).toContain(zh('officeStandard.pending.blocked', { count: 2 }));
    expect(screen.queryByRole('button', { name: zh('officeStandard.pending.use') })).toBeNull();
    expect(screen.queryByTestId('standard-tree')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('goes back to the standard in use when a file with errors is put aside', async () => {
    const current: DraftStandard = { standard: SAMPLE, fingerprint: SAMPLE_FINGERPRINT, fileName: '旧标准.xlsx', importedAt: '2026-11-20T02:00:00.000Z' };
    const { host, onChange } = setup(current);
    host.readStandard.mockResolvedValue({ ok: false, problems: [problem('error', '总分不一致')] });
    fireEvent.change(screen.getByLabelText(zh('officeStandard.choose.another')), { target: { files: [file('坏.xlsx')] } });
    await screen.findByTestId('standard-blocked');
    // While the bad file is shown the standard in use is not, so the two are never confused.
    expect(screen.queryByTestId('standard-current')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: zh('officeStandard.pending.discard') }));
    expect(screen.getByTestId('standard-current').textContent).toContain('旧标准.xlsx');
    expect(screen.queryByTestId('standard-problems')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows warnings and still lets the standard be used', async () => {
    const { host, onChange } = setup();
    host.readStandard.mockResolvedValue({
      ok: true,
      standard: SAMPLE,
      fingerprint: SAMPLE_FINGERPRINT,
      problems: [problem('warning', '加分上限 5 分大于各加分项之和', {})],
    });
    choose(file('standard.json'));
    expect((await screen.findByTestId('standard-problems')).textContent).toContain('加分上限 5 分大于各加分项之和');
    expect(screen.getByText(zh('officeStandard.pending.warningsOnly', { count: 1 }))).toBeTruthy();
    expect(screen.queryByTestId('standard-blocked')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: zh('officeStandard.pending.use') }));
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ fingerprint: SAMPLE_FINGERPRINT, fileName: 'standard.json' }));
  });

  it('asks before replacing the standard in use, and keeps it when the office cancels', async () => {
    const current: DraftStandard = { standard: SAMPLE, fingerprint: SAMPLE_FINGERPRINT, fileName: '旧标准.xlsx', importedAt: '2026-11-20T02:00:00.000Z' };
    const next: Standard = { ...SAMPLE, version: '2026.2' };
    const { host, onChange } = setup(current);
    host.readStandard.mockResolvedValue({ ok: true, standard: next, fingerprint: fingerprintOf(next), problems: [] });
    expect(screen.getByTestId('standard-current').textContent).toContain('旧标准.xlsx');
    fireEvent.change(screen.getByLabelText(zh('officeStandard.choose.another')), { target: { files: [file('新标准.xlsx')] } });

    fireEvent.click(await screen.findByRole('button', { name: zh('officeStandard.pending.replace') }));
    const confirm = screen.getByTestId('replace-confirm');
    expect(confirm.textContent).toContain(zh('officeStandard.confirm.question'));
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: zh('officeStandard.confirm.no') }));
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(within(confirm).getByRole('button', { name: zh('officeStandard.confirm.no') }));
    expect(screen.queryByTestId('replace-confirm')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: zh('officeStandard.pending.replace') }));
    fireEvent.click(within(screen.getByTestId('replace-confirm')).getByRole('button', { name: zh('officeStandard.confirm.yes') }));
    expect(onChange).toHaveBeenCalledOnce();
    expect(onChange.mock.calls[0]?.[0]).toMatchObject({ standard: next, fingerprint: fingerprintOf(next), fileName: '新标准.xlsx' });
  });

  it('shows the standard in use with its file, its fingerprint grouped, and its tree', () => {
    const current: DraftStandard = { standard: SAMPLE, fingerprint: SAMPLE_FINGERPRINT, fileName: '旧标准.xlsx', importedAt: '2026-11-20T02:00:00.000Z' };
    setup(current);
    const shown = screen.getByTestId('standard-current');
    expect(within(shown).getByTestId('standard-fingerprint').textContent).toBe(groupedFingerprint(SAMPLE_FINGERPRINT));
    expect(within(shown).getByTestId('standard-leaf-3.2')).toBeTruthy();
  });

  it('refuses a standard whose fingerprint is not its content’s, and a file too large to be one without uploading it', async () => {
    const { host, onChange } = setup();
    host.readStandard.mockResolvedValue({ ok: true, standard: SAMPLE, fingerprint: 'e'.repeat(64), problems: [] });
    choose(file());
    expect((await screen.findByTestId('standard-refused')).textContent).toContain(zh('officeStandard.fingerprintMismatch'));
    expect(screen.queryByRole('button', { name: zh('officeStandard.pending.use') })).toBeNull();

    const huge = file('大文件.xlsx');
    Object.defineProperty(huge, 'size', { value: 300 * 1024 * 1024 });
    host.upload.mockClear();
    choose(huge);
    await waitFor(() => expect(screen.getByTestId('standard-refused').textContent).toContain('大文件.xlsx'));
    expect(screen.getByTestId('standard-refused').textContent).toContain(zh('officeStandard.choose.tooLarge', { name: '大文件.xlsx', size: 300, limit: 20 }));
    expect(host.upload).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says why when the upload or the read fails', async () => {
    const { host } = setup();
    host.upload.mockRejectedValue(new Error('磁盘已满'));
    choose(file());
    expect((await screen.findByTestId('standard-refused')).textContent).toContain(zh('officeStandard.failed', { name: '创建标准（第二批）.xlsx', message: '磁盘已满' }));
    expect(host.readStandard).not.toHaveBeenCalled();
  });

  it('offers the template from the host’s route, with how to fill it in', () => {
    const { host } = setup();
    const link = screen.getByTestId('standard-template-link');
    expect(link.getAttribute('href')).toBe('/api/templates/standard.xlsx?locale=zh-CN');
    expect(link.hasAttribute('download')).toBe(true);
    expect(link.textContent).toBe(zh('officeStandard.template.download'));
    expect(host.standardTemplateUrl).toHaveBeenCalled();
    expect(screen.getByText(zh('officeStandard.template.step3'))).toBeTruthy();
  });

  it('in the desktop app saves the template where the clerk chooses instead of a download link', async () => {
    const host = fakeHost();
    host.getHostInfo.mockResolvedValue({ version: '0.1.0', host: 'electron', dataDir: '/data', dialogs: true });
    host.chooseSaveFile.mockResolvedValueOnce({ path: null }).mockResolvedValueOnce({ path: 'D:\\标准\\创建标准模板.xlsx' });
    host.saveStandardTemplate.mockResolvedValue({ ok: true, path: 'D:\\标准\\创建标准模板.xlsx', bytes: 9000 });
    renderScreen(<StandardStep value={null} onChange={vi.fn()} />, { host, db: newDatabase() });
    const save = await screen.findByTestId('standard-template-save');
    expect(screen.queryByTestId('standard-template-link')).toBeNull();
    expect(save.textContent).toBe(zh('officeStandard.template.save'));

    // Cancelled: nothing written, nothing said.
    fireEvent.click(save);
    await waitFor(() => expect(host.chooseSaveFile).toHaveBeenCalledTimes(1));
    expect(host.chooseSaveFile).toHaveBeenCalledWith({ purpose: 'standardTemplate' });
    await waitFor(() => expect(save.className).not.toContain('ant-btn-loading'));
    expect(host.saveStandardTemplate).not.toHaveBeenCalled();
    expect(screen.queryByTestId('standard-template-saved')).toBeNull();

    fireEvent.click(save);
    expect((await screen.findByTestId('standard-template-saved')).textContent).toContain(zh('officeStandard.template.saved', { path: 'D:\\标准\\创建标准模板.xlsx' }));
    expect(host.saveStandardTemplate).toHaveBeenCalledWith({ path: 'D:\\标准\\创建标准模板.xlsx' });
  });

  it('in the desktop app says why the template was not saved', async () => {
    const host = fakeHost();
    host.getHostInfo.mockResolvedValue({ version: '0.1.0', host: 'electron', dataDir: '/data', dialogs: true });
    host.chooseSaveFile.mockResolvedValue({ path: '/u/t.xlsx' });
    host.saveStandardTemplate.mockResolvedValueOnce({ ok: false, messages: ['文件已存在'] }).mockRejectedValueOnce(new Error('磁盘已满'));
    renderScreen(<StandardStep value={null} onChange={vi.fn()} />, { host, db: newDatabase() });
    fireEvent.click(await screen.findByTestId('standard-template-save'));
    expect((await screen.findByTestId('standard-template-refused')).textContent).toContain('文件已存在');
    await waitFor(() => expect(screen.getByTestId('standard-template-save').className).not.toContain('ant-btn-loading'));
    fireEvent.click(screen.getByTestId('standard-template-save'));
    await waitFor(() => expect(screen.getByTestId('standard-template-refused').textContent).toContain(zh('officeStandard.template.saveFailed', { message: '磁盘已满' })));
  });

  it('speaks English when the office chose English', async () => {
    const host = fakeHost();
    host.upload.mockResolvedValue(UPLOADED);
    host.readStandard.mockResolvedValue({ ok: false, problems: [problem('error', "Sheet 指标 row 12 分值: '四' is not a number", { sheet: '指标', row: 12, column: 'G' })] });
    renderScreen(<StandardStep value={null} onChange={vi.fn()} />, { host, db: newDatabase(), locale: 'en-US' });
    expect(screen.getByTestId('standard-template-link').textContent).toBe('Download the template');
    fireEvent.change(screen.getByLabelText(translate('en-US', 'officeStandard.choose.button')), { target: { files: [file()] } });
    expect((await screen.findByTestId('standard-problems')).textContent).toContain('Sheet “指标” Row 12 (column G)');
    expect(screen.getByTestId('standard-blocked').textContent).toContain('cannot be used');
  });
});
