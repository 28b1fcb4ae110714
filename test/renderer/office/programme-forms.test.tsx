// @vitest-environment happy-dom
// 示范县管理's other forms with the fake host: adding a county (and the host's refusal lines under the form),
// recording a progress report (uploaded first, then recorded with the path and the name the office saw),
// accepting or returning one, the overdue section for all counties, the settings sent as the contract takes
// them, and the way in from the office workspace beside the review sessions.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import { App } from '../../../renderer/src/app/App';
import type { OpenOutcome } from '../../../renderer/src/db/open-expert-database';
import type { OfficeOpenOutcome } from '../../../renderer/src/office/db/open-office-database';
import { ProgrammeScreen } from '../../../renderer/src/office/programme/ProgrammeScreen';
import { newDatabase } from '../db/expert-db-fixture';
import { identity, memoryStorage } from '../app/app-harness';
import { newOfficeDatabase } from './office-fixture';
import { fakeHost, renderOffice, zh } from './office-harness';
import { overview } from './programme-fixture';

function show(answer: HostResult<'programmeOverview'> = overview()) {
  const host = fakeHost();
  host.programmeOverview.mockResolvedValue(answer);
  renderOffice(<ProgrammeScreen />, { host, db: newOfficeDatabase() });
  return host;
}

const input = (testId: string): HTMLElement => screen.getByTestId(testId).querySelector('input') ?? screen.getByTestId(testId);
const type = (testId: string, value: string): void => void fireEvent.change(input(testId), { target: { value } });
const openCounty = (code: string): void => {
  const row = screen.getAllByTestId('programme-row').find((candidate) => candidate.dataset['code'] === code) ?? expect.fail(`no row ${code}`);
  fireEvent.click(within(row).getByTestId('programme-row-open'));
};

describe('ProgrammeScreen forms', () => {
  it('adds one county as typed and reads the overview again', async () => {
    const host = show();
    host.addCounties.mockResolvedValue({ ok: true, counties: [{ code: '330784', name: '永康市', city: '金华市', batch: 3, povertyAlleviated: true, state: 'applied', history: [] }] });
    await screen.findByTestId('programme-table');
    type('add-county-code', ' 330784 ');
    type('add-county-name', '永康市');
    type('add-county-city', '金华市');
    type('add-county-batch', '3');
    fireEvent.click(input('add-county-poverty'));
    fireEvent.click(screen.getByTestId('add-county-submit'));
    expect((await screen.findByTestId('add-county-done')).textContent).toBe(zh('programmeUi.add.done', { name: '永康市' }));
    expect(host.addCounties).toHaveBeenCalledWith({ counties: [{ code: '330784', name: '永康市', city: '金华市', batch: 3, povertyAlleviated: true }] });
    await waitFor(() => expect(host.programmeOverview).toHaveBeenCalledTimes(2));
  });

  it('shows every line of the host’s refusal to add', async () => {
    const host = show();
    host.addCounties.mockResolvedValue({ ok: false, code: 'programme.addCounties.refused', messages: ['有 1 处问题，未添加任何县：请改正后重新添加。', '永康市 的行政区划代码“33078”不对：应为 6 位数字。'] });
    await screen.findByTestId('programme-table');
    type('add-county-code', '33078');
    type('add-county-name', '永康市');
    type('add-county-city', '金华市');
    fireEvent.click(screen.getByTestId('add-county-submit'));
    const refused = await screen.findByTestId('add-county-refused');
    expect(refused.textContent).toContain('未添加任何县');
    expect(refused.textContent).toContain('“33078”不对');
    expect(host.programmeOverview).toHaveBeenCalledTimes(1);
  });

  it('uploads a progress report’s file and records it with the path, the period and the name the office saw', async () => {
    const host = show();
    host.upload.mockResolvedValue({ path: '/data/uploads/7.bin', name: '西湖区第三季度.pdf', size: 4 });
    host.recordProgressReport.mockResolvedValue({
      ok: true,
      report: { id: 'R2', report: { county: '330106', kind: 'quarterly', period: '2026-Q3', receivedOn: '2026-11-27', status: 'received', file: { name: '西湖区第三季度.pdf', sha256: 'c'.repeat(64) } } },
    });
    await screen.findByTestId('programme-table');
    openCounty('330106');
    expect(within(screen.getByTestId('county-reports')).getAllByTestId('county-report-row')[0]?.textContent).toContain('2026-Q2');
    const file = new File(['%PDF'], '西湖区第三季度.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByTestId('report-kind'), { target: { value: 'quarterly' } });
    type('report-period', '2026-Q3');
    type('report-received', '2026-11-27');
    fireEvent.change(screen.getByTestId('report-file'), { target: { files: [file] } });
    fireEvent.click(screen.getByTestId('report-submit'));
    expect((await screen.findByTestId('report-done')).textContent).toBe(zh('programmeUi.reports.done'));
    expect(host.upload).toHaveBeenCalledWith(file);
    expect(host.recordProgressReport).toHaveBeenCalledWith({ county: '330106', kind: 'quarterly', period: '2026-Q3', receivedOn: '2026-11-27', path: '/data/uploads/7.bin', fileName: '西湖区第三季度.pdf' });
    await waitFor(() => expect(host.programmeOverview).toHaveBeenCalledTimes(2));
  });

  it('asks for the file before recording a report, without calling the host', async () => {
    const host = show();
    await screen.findByTestId('programme-table');
    openCounty('330106');
    type('report-period', '2026-Q3');
    fireEvent.click(screen.getByTestId('report-submit'));
    expect((await screen.findByTestId('report-refused')).textContent).toBe(zh('programmeUi.reports.noFile'));
    expect(host.upload).not.toHaveBeenCalled();
    expect(host.recordProgressReport).not.toHaveBeenCalled();
  });

  it('returns a recorded report', async () => {
    const host = show();
    host.setProgressReportStatus.mockImplementation(({ id, status }) => {
      const stored = overview().reports[0];
      return Promise.resolve(stored === undefined ? { ok: false, code: 'x', messages: ['x'] } : { ok: true, report: { id, report: { ...stored.report, status } } });
    });
    await screen.findByTestId('programme-table');
    openCounty('330106');
    fireEvent.click(screen.getByTestId('county-report-return'));
    await screen.findByTestId('county-report-status-done');
    expect(host.setProgressReportStatus).toHaveBeenCalledWith({ id: 'R1', status: 'returned' });
  });

  it('lists the overdue reports of every county, and says when none is overdue', async () => {
    show();
    const lines = within(await screen.findByTestId('programme-overdue')).getAllByTestId('programme-overdue-line');
    expect(lines.map((line) => line.textContent)).toEqual(['西湖区（330106）2026年第三季度工作动态应于 2026-10-15 前报送，已逾期 44 天']);
    expect(lines[0]?.className).toContain('rd-programme-alarm');
  });

  it('says none is overdue in the host’s line, not in red', async () => {
    show(overview({ overdue: [], overdueLines: ['没有逾期的进度报告。'] }));
    const lines = within(await screen.findByTestId('programme-overdue')).getAllByTestId('programme-overdue-line');
    expect(lines.map((line) => line.textContent)).toEqual(['没有逾期的进度报告。']);
    expect(lines[0]?.className).not.toContain('rd-programme-alarm');
    expect(screen.getByTestId('programme-overdue-count').textContent).toBe('逾期报告 0 份');
  });

  it('saves the settings as the contract takes them, and names a typo without calling the host', async () => {
    const host = show();
    host.setProgrammeSettings.mockResolvedValue({ ok: true, settings: overview().settings });
    await screen.findByTestId('programme-table');
    type('settings-divisions', '89');
    fireEvent.change(screen.getByTestId('settings-rounding'), { target: { value: 'round' } });
    type('settings-quarterlyDue', '20');
    type('settings-annualDue', '02-30');
    fireEvent.click(screen.getByTestId('settings-save'));
    expect((await screen.findByTestId('settings-refused')).textContent).toBe(zh('programmeUi.settings.invalid'));
    expect(host.setProgrammeSettings).not.toHaveBeenCalled();
    type('settings-annualDue', '02-28');
    fireEvent.click(screen.getByTestId('settings-save'));
    await screen.findByTestId('settings-done');
    expect(host.setProgrammeSettings).toHaveBeenCalledWith({
      settings: {
        quota: { countyLevelDivisions: 89, divisionsAsOf: '2025-12-31', capPercent: 40, rounding: 'round', batches: 3 },
        lifecycle: { creationPeriodMonths: 24, midtermAfterMonths: 12, recheckIntervalMonths: 36 },
        reports: { quarterlyDueDaysAfterQuarterEnd: 20, annualDueMonthDay: '02-28' },
      },
    });
  });

  it('opens from the office workspace beside the review sessions, and goes back', async () => {
    const host = fakeHost();
    host.getIdentity.mockResolvedValue({ ...identity('示例省文化和旅游厅评审办公室'), role: 'office' });
    host.programmeOverview.mockResolvedValue(overview());
    const expertDb = newDatabase();
    const officeDb = newOfficeDatabase();
    const openExpert = (): Promise<OpenOutcome> => expertDb.open().then(() => ({ ok: true, db: expertDb, problems: [] }));
    const openOffice = (): Promise<OfficeOpenOutcome> => officeDb.open().then(() => ({ ok: true, db: officeDb, problems: [] }));
    render(<App makeHost={() => host} openDatabase={openExpert} openOfficeDatabase={openOffice} storage={memoryStorage()} />);
    // The office workspace loads lazily after the database opens: slower than findBy's default second on a busy machine.
    fireEvent.click(await screen.findByTestId('open-programme', {}, { timeout: 10_000 }));
    expect(await screen.findByTestId('programme-table', {}, { timeout: 10_000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: zh('officeWorkspace.nav.drafts') }));
    expect(await screen.findByText(zh('officeWorkspace.drafts.none'))).toBeTruthy();
    expect(screen.queryByTestId('programme-screen')).toBeNull();
    expertDb.close();
    officeDb.close();
  });
});
