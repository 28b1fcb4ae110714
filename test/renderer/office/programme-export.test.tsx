// @vitest-environment happy-dom
// The programme's reports from 示范县管理 with the fake host: 「导出总览（Excel）」 writes into the default folder
// under the data directory and shows where the file went; 「导出创建历程（PDF）」 in a county's panel sends that
// county's code and the folder typed; the host's refusal is shown in its words, a host that cannot be reached
// in Chinese, an empty folder is asked for before anything is sent, and 浏览… where the host has dialogs.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgrammeScreen } from '../../../renderer/src/office/programme/ProgrammeScreen';
import { newOfficeDatabase } from './office-fixture';
import { fakeHost, renderOffice, zh } from './office-harness';
import { overview } from './programme-fixture';

function show(options: { dialogs?: boolean } = {}) {
  const host = fakeHost();
  host.programmeOverview.mockResolvedValue(overview());
  host.getHostInfo.mockResolvedValue({ version: '0.1.0', host: options.dialogs ? 'electron' : 'web', dataDir: '/data', dialogs: options.dialogs ?? false });
  renderOffice(<ProgrammeScreen />, { host, db: newOfficeDatabase(), locale: 'zh-CN' });
  return host;
}

const folderInput = (testId: string): HTMLInputElement => {
  const input = document.getElementById(`rd-${testId}-folder`);
  if (!(input instanceof HTMLInputElement)) throw new Error(`no folder field for ${testId}`);
  return input;
};

const openCounty = (code: string): void => {
  const row = within(screen.getByTestId('programme-table'))
    .getAllByTestId('programme-row')
    .find((candidate) => candidate.dataset['code'] === code);
  if (row === undefined) throw new Error(`no row ${code}`);
  fireEvent.click(within(row).getByTestId('programme-row-open'));
};

describe('exporting the programme’s reports', () => {
  it('writes the overview into the default folder under the data directory and shows where it went', async () => {
    const host = show();
    await screen.findByTestId('programme-table');
    await waitFor(() => expect(folderInput('programme-export-overview').value).toBe('/data/示范县报告'));
    const path = '/data/示范县报告/示范县创建工作总览（2026-11-28）.xlsx';
    host.writeProgrammeOverview.mockResolvedValue({ ok: true, path, bytes: 12_345 });
    const button = screen.getByTestId('programme-export-overview-write');
    expect(button.textContent).toBe('导出总览（Excel）');
    fireEvent.click(button);
    expect((await screen.findByTestId('programme-export-overview-done')).textContent).toBe(`已导出并读回核对：${path}`);
    expect(host.writeProgrammeOverview).toHaveBeenCalledWith({ folder: '/data/示范县报告' });
  });

  it('writes the open county’s timeline into the folder typed', async () => {
    const host = show();
    await screen.findByTestId('programme-table');
    openCounty('330106');
    const panel = screen.getByTestId('county-panel');
    const button = within(panel).getByTestId('county-export-timeline-write');
    expect(button.textContent).toBe('导出创建历程（PDF）');
    fireEvent.change(folderInput('county-export-timeline'), { target: { value: '  /media/U盘/创建历程  ' } });
    const path = '/media/U盘/创建历程/西湖区（330106）创建历程（2026-11-28）.pdf';
    host.writeCountyTimeline.mockResolvedValue({ ok: true, path, bytes: 54_321 });
    fireEvent.click(button);
    expect((await within(panel).findByTestId('county-export-timeline-done')).textContent).toContain(path);
    expect(host.writeCountyTimeline).toHaveBeenCalledWith({ code: '330106', folder: '/media/U盘/创建历程' });
  });

  it('shows the host’s refusal in its words, and a host that cannot be reached in Chinese', async () => {
    const host = show();
    await screen.findByTestId('programme-table');
    await waitFor(() => expect(folderInput('programme-export-overview').value).not.toBe(''));
    const noQuota = '尚未设置全省县级行政区总数，无法计算名额使用，总览未导出：请先在“设置”中填写县级行政区总数。';
    host.writeProgrammeOverview.mockResolvedValue({ ok: false, code: 'programme.reports.noQuota', messages: [noQuota] });
    fireEvent.click(screen.getByTestId('programme-export-overview-write'));
    expect((await screen.findByTestId('programme-export-overview-refused')).textContent).toContain(noQuota);

    host.writeProgrammeOverview.mockRejectedValue(new Error('connection refused'));
    fireEvent.click(screen.getByTestId('programme-export-overview-write'));
    expect((await screen.findByTestId('programme-export-overview-failed')).textContent).toContain('未能导出：');
  });

  it('asks for a folder before sending anything when none is typed', async () => {
    const host = show();
    await screen.findByTestId('programme-table');
    openCounty('330481');
    await waitFor(() => expect(folderInput('county-export-timeline').value).not.toBe(''));
    fireEvent.change(folderInput('county-export-timeline'), { target: { value: '   ' } });
    fireEvent.click(screen.getByTestId('county-export-timeline-write'));
    expect((await within(screen.getByTestId('county-export-timeline')).findByRole('alert')).textContent).toBe(zh('programmeUi.export.folderRequired'));
    expect(host.writeCountyTimeline).not.toHaveBeenCalled();
  });

  it('offers 浏览… where the host has a folder dialog, titled for the programme’s reports', async () => {
    const host = show({ dialogs: true });
    await screen.findByTestId('programme-table');
    host.chooseFolder.mockResolvedValue({ path: 'D:\\示范县\\报告' });
    const section = screen.getByTestId('programme-export-overview');
    fireEvent.click(await within(section).findByRole('button', { name: zh('programmeUi.export.browse') }));
    await waitFor(() => expect(folderInput('programme-export-overview').value).toBe('D:\\示范县\\报告'));
    expect(host.chooseFolder).toHaveBeenCalledWith(expect.objectContaining({ purpose: 'exportProgrammeReports' }));
  });
});
