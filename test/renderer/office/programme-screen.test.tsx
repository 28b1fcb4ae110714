// @vitest-environment happy-dom
// 示范县管理 with the fake host: the quota line and overdue count, every county with its state, last step and
// next due (overdue in red), the filters, only the events the lifecycle allows from a county's state, a
// transition sent with the right params and the overview read again, a refusal shown inline in the host's
// words, and the screen in English.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import type { HistoryRecord } from '../../../shared/lifecycle/county-entry';
import { ProgrammeScreen } from '../../../renderer/src/office/programme/ProgrammeScreen';
import { newOfficeDatabase } from './office-fixture';
import { fakeHost, renderOffice, zh } from './office-harness';
import { COUNTIES, MIDTERM, overview, RECORDER } from './programme-fixture';

function show(answer: HostResult<'programmeOverview'> = overview(), locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const host = fakeHost();
  host.programmeOverview.mockResolvedValue(answer);
  renderOffice(<ProgrammeScreen />, { host, db: newOfficeDatabase(), locale });
  return host;
}

const rows = (): HTMLElement[] => within(screen.getByTestId('programme-table')).getAllByTestId('programme-row');
const row = (code: string): HTMLElement => rows().find((candidate) => candidate.dataset['code'] === code) ?? expect.fail(`no row ${code}`);
const openCounty = (code: string): void => void fireEvent.click(within(row(code)).getByTestId('programme-row-open'));
const eventOptions = (): string[] => [...screen.getByTestId<HTMLSelectElement>('transition-event').options].map((option) => option.value).filter((value) => value !== '');
const input = (testId: string): HTMLElement => screen.getByTestId(testId).querySelector('input') ?? screen.getByTestId(testId);
const type = (testId: string, value: string): void => void fireEvent.change(input(testId), { target: { value } });

describe('ProgrammeScreen', () => {
  it('shows the quota, the overdue count and every county with its state, last step and next due', async () => {
    show();
    await screen.findByTestId('programme-table');
    expect(screen.getByTestId('programme-quota').textContent).toContain('名额上限 36 个，已用 3 个，剩余 33 个');
    expect(screen.getByTestId('programme-quota').textContent).toContain('第 1 批：已用 2 个');
    expect(screen.queryByTestId('programme-quota-exceeded')).toBeNull();
    expect(screen.getByTestId('programme-overdue-count').textContent).toBe('逾期报告 1 份');
    expect(rows().map((candidate) => candidate.dataset['code'])).toEqual(COUNTIES.map((county) => county.code));
    const xihu = row('330106');
    expect(within(xihu).getByTestId('programme-row-state').textContent).toBe('已中期检查');
    expect(xihu.textContent).toContain('2026-03-10');
    expect(xihu.textContent).toContain('浙文旅〔2026〕12号');
    expect(within(xihu).getByTestId('programme-row-next').className).toContain('rd-programme-alarm');
    expect(within(row('330481')).getByTestId('programme-row-next').className).not.toContain('rd-programme-alarm');
    expect(row('330481').textContent).toContain(zh('programmeUi.table.povertyMark'));
    expect(screen.getByTestId('programme-overdue').textContent).toContain('已逾期 44 天');
  });

  it('marks an exceeded quota in red with how far over', async () => {
    const base = overview();
    show(overview({ quota: base.quota === null ? null : { ...base.quota, used: 38, remaining: 0, exceeded: true, exceededBy: 2, problems: ['已用名额超过上限 2 个'] } }));
    expect((await screen.findByTestId('programme-quota-exceeded')).textContent).toContain('已超出名额 2 个');
    expect(screen.getByTestId('programme-quota').className).toContain('rd-programme-alarm');
    expect(screen.getByTestId('programme-quota-problems').textContent).toContain('已用名额超过上限 2 个');
  });

  it('filters by state, by batch and by words', async () => {
    show();
    await screen.findByTestId('programme-table');
    fireEvent.change(screen.getByTestId('programme-filter-state'), { target: { value: 'named' } });
    expect(rows().map((candidate) => candidate.dataset['code'])).toEqual(['330481']);
    fireEvent.change(screen.getByTestId('programme-filter-state'), { target: { value: 'all' } });
    fireEvent.change(screen.getByTestId('programme-filter-batch'), { target: { value: '1' } });
    expect(rows().map((candidate) => candidate.dataset['code'])).toEqual(['330481', '331023']);
    fireEvent.change(screen.getByTestId('programme-filter-batch'), { target: { value: 'all' } });
    fireEvent.change(input('programme-filter-text'), { target: { value: '台州' } });
    expect(rows().map((candidate) => candidate.dataset['code'])).toEqual(['331023']);
    expect(screen.getByTestId('programme-count').textContent).toBe('显示 1 个，共 4 个');
  });

  it('offers only the events the lifecycle allows from the county’s state', async () => {
    show();
    await screen.findByTestId('programme-table');
    openCounty('330102');
    expect(eventOptions()).toEqual(['qualificationDecided']);
    openCounty('331023');
    expect(eventOptions()).toEqual(['retentionGranted', 'retentionDeclined']);
    openCounty('330481');
    expect(eventOptions()).toEqual(['recheckDecided']);
  });

  it('offers nothing for a county in a final state', async () => {
    const applied = COUNTIES[0];
    if (applied === undefined) return expect.fail('fixture without counties');
    show(overview({ counties: [{ ...applied, code: '330999', state: 'cancelled', stateLabel: '已取消资格' }] }));
    await screen.findByTestId('programme-table');
    openCounty('330999');
    expect(screen.getByTestId('transition-final').textContent).toBe(zh('programmeUi.transition.final'));
    expect(screen.queryByTestId('transition-event')).toBeNull();
  });

  it('sends the recorded acceptance with its result, date, 文号 and 评审会, shows the history and reads the overview again', async () => {
    const host = show();
    const named = { ...MIDTERM, event: { kind: 'acceptanceDecided' as const, result: 'pass' as const, date: '2026-11-25', documentNumber: '浙文旅〔2026〕88号', sessionId: 'S-ACC-2', recordedBy: RECORDER }, state: 'named' as const };
    host.recordTransition.mockResolvedValue({
      ok: true,
      entry: { code: '330106', name: '西湖区', city: '杭州市', batch: 2, povertyAlleviated: false, state: 'named', history: [MIDTERM, named] },
      stateLabel: '已命名',
      warnings: [],
    });
    await screen.findByTestId('programme-table');
    openCounty('330106');
    fireEvent.change(screen.getByTestId('transition-event'), { target: { value: 'acceptanceDecided' } });
    fireEvent.change(screen.getByTestId('transition-outcome'), { target: { value: 'pass' } });
    type('transition-date', '2026-11-25');
    type('transition-document', '浙文旅〔2026〕88号');
    type('transition-session', 'S-ACC-2');
    fireEvent.click(screen.getByTestId('transition-submit'));
    expect((await screen.findByTestId('transition-done')).textContent).toContain('已登记，该县现为“已命名”');
    expect(host.recordTransition).toHaveBeenCalledWith({
      code: '330106',
      event: { kind: 'acceptanceDecided', result: 'pass', date: '2026-11-25', documentNumber: '浙文旅〔2026〕88号', sessionId: 'S-ACC-2' },
    });
    await waitFor(() => expect(host.programmeOverview).toHaveBeenCalledTimes(2));
    const history = within(screen.getByTestId('county-history')).getAllByTestId('county-history-row');
    expect(history.map((line) => line.textContent)).toEqual([
      expect.stringContaining('中期检查结果'),
      expect.stringContaining('浙文旅〔2026〕88号'),
    ]);
    expect(history[1]?.textContent).toContain('S-ACC-2');
    expect(history[1]?.textContent).toContain(RECORDER.name);
  });

  it('shows a county’s whole history from the overview, oldest first, before anything is recorded here', async () => {
    const started: HistoryRecord = { event: { kind: 'creationStarted', date: '2025-03-01', recordedBy: RECORDER }, state: 'inCreation' };
    const scored: HistoryRecord = { ...MIDTERM, event: { ...MIDTERM.event, score: 86.5 } };
    const host = show(overview({ counties: COUNTIES.map((row) => (row.code === '330106' ? { ...row, history: [started, scored] } : row)) }));
    await screen.findByTestId('programme-table');
    openCounty('330106');
    const history = within(screen.getByTestId('county-history')).getAllByTestId('county-history-row');
    expect(history).toHaveLength(2);
    // The score the review session gave, beside the event it decided; none where no panel scored.
    expect(history.map((line) => within(line).getByTestId('county-history-score').textContent)).toEqual(['', '86.50']);
    expect(history[0]?.textContent).toContain('2025-03-01');
    expect(history[1]?.textContent).toContain('浙文旅〔2026〕12号');
    expect(host.recordTransition).not.toHaveBeenCalled();
  });

  it('shows the host’s refusal inline, under the form', async () => {
    const host = show();
    host.recordTransition.mockResolvedValue({ ok: false, code: 'lifecycle.refused', messages: ['缺少评审会：该结果来自专家评审，请选择产生该结果的评审会。'] });
    await screen.findByTestId('programme-table');
    openCounty('330102');
    fireEvent.change(screen.getByTestId('transition-event'), { target: { value: 'qualificationDecided' } });
    fireEvent.change(screen.getByTestId('transition-outcome'), { target: { value: 'qualified' } });
    type('transition-date', '2026-11-20');
    type('transition-document', '浙文旅〔2026〕80号');
    fireEvent.click(screen.getByTestId('transition-submit'));
    const refused = await screen.findByTestId('transition-refused');
    expect(within(screen.getByTestId('transition-form')).getByTestId('transition-refused')).toBe(refused);
    expect(refused.textContent).toContain('缺少评审会');
    expect(host.recordTransition).toHaveBeenCalledWith({ code: '330102', event: { kind: 'qualificationDecided', result: 'qualified', date: '2026-11-20', documentNumber: '浙文旅〔2026〕80号' } });
    expect(host.programmeOverview).toHaveBeenCalledTimes(1);
  });

  it('shows the host’s words when the overview is refused', async () => {
    show({ ok: false, code: 'programme.file.damaged', messages: ['示范县创建记录文件 /data/programme/counties.json 已损坏或被改动'] });
    expect((await screen.findByTestId('programme-refused')).textContent).toContain('已损坏或被改动');
  });

  it('reads in English', async () => {
    show(overview(), 'en-US');
    await screen.findByTestId('programme-table');
    expect(screen.getByTestId('programme-quota').textContent).toContain('Quota 36 places, 3 used, 33 remaining');
    expect(screen.getByTestId('programme-overdue-count').textContent).toBe('1 overdue reports');
    openCounty('330102');
    expect(screen.getByTestId('transition-event').textContent).toContain('Qualification');
    expect(screen.getByRole('heading', { name: 'Record the next step' })).toBeDefined();
  });
});
