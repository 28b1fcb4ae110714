// @vitest-environment happy-dom
// 结果 on the demo's results (results-fixture.ts): the ranking in order with each expert's total, dropped ones
// struck through and flags marked; the veto-failed and unscored applications with their reasons; the flagged
// expert's own words; the agreement in the review report's words; the charts' text alternatives; the host's
// refusals with a way to the step that settles them. happy-dom has no canvas, so the ECharts wrapper is
// replaced by a box that shows which option it was given (chart-options are tested on their own).
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { iccLevel, kendallLevel } from '../../../shared/reports/pdf/review-agreement';
import { translate } from '../../../shared/i18n/translate';
import { groupsOf, leavesOf } from '../../../shared/standard/walk';
import type { DraftStep } from '../../../renderer/src/office/draft-steps';
import type { EChartProps } from '../../../renderer/src/office/decide/EChart';
import { ResultsStep } from '../../../renderer/src/office/decide/ResultsStep';
import { newOfficeDatabase, sampleDraft, sampleDraftStandard } from './office-fixture';
import { fakeHost, renderOffice, zh } from './office-harness';
import { demoOfficeResults } from './results-fixture';

vi.mock('../../../renderer/src/office/decide/EChart', () => ({
  EChart: ({ option, testId }: EChartProps) => <div data-testid={testId} data-series={Array.isArray(option.series) ? option.series.length : 0} />,
}));

const STEPS: ReadonlySet<DraftStep> = new Set<DraftStep>(['rules', 'export', 'collect', 'decide']);

function show(answer = demoOfficeResults(), onGoTo = vi.fn<(step: DraftStep) => void>()) {
  const host = fakeHost();
  host.officeResults.mockResolvedValue(answer);
  const draft = sampleDraft();
  renderOffice(<ResultsStep draft={draft} onGoTo={onGoTo} available={STEPS} />, { host, db: newOfficeDatabase() });
  return { host, draft, onGoTo };
}

const rankingRows = (): HTMLElement[] => within(screen.getByTestId('results-ranking')).getAllByRole('row').slice(1);

describe('ResultsStep', () => {
  it('asks the host for the draft session’s results and ranks the applications best first', async () => {
    const { host, draft } = show();
    await screen.findByTestId('results-ranking');
    expect(host.officeResults).toHaveBeenCalledWith({ sessionId: draft.sessionId });
    const counties = rankingRows().map((row) => row.querySelector('th')?.textContent ?? '');
    expect(counties.map((text) => text.replace(zh('officeResults.ranking.poverty'), ''))).toEqual([
      '清河县', '潮音县', '柳溪县', '雪岭县', '青峰县', '平湖县', '望江县', '云台县', '松岭县', '草甸县',
    ]);
    const first = rankingRows()[0];
    expect(first?.textContent).toContain('93.45');
    expect(first?.textContent).toContain(zh('officeResults.method.trimmed', { counted: 7, kept: 5 }));
    expect(first?.textContent).toContain('优秀');
    expect(screen.getByTestId('results-basis').textContent).toBe(zh('officeResults.basis', { experts: 7, session: demoOfficeResults().results.session.name, standard: demoOfficeResults().results.standard.title }));
  });

  it('shows every expert’s total, strikes through the dropped ones, marks the flags and says so in the legend', async () => {
    const { results } = demoOfficeResults();
    show();
    await screen.findByTestId('results-ranking');
    const table = screen.getByTestId('results-ranking');
    expect(within(table).getByRole('columnheader', { name: '孙志强（E7）' })).toBeTruthy();
    const dropped = table.querySelectorAll('[data-dropped]');
    const expectedDropped = results.ranking.flatMap((entry) => results.applications.find((a) => a.applicationId === entry.applicationId)?.experts ?? []).filter((e) => e.dropped);
    expect(dropped.length).toBe(expectedDropped.length);
    for (const cell of dropped) {
      expect(cell.querySelector('.rd-results-dropped')).not.toBeNull();
      expect(cell.textContent).toMatch(/去掉的最[高低]分/);
    }
    expect(table.querySelectorAll('[data-flagged]')).toHaveLength(5);
    // A08: E3 recused (same city).
    const a08 = rankingRows().find((row) => row.textContent?.includes('潮音县'));
    expect(a08?.textContent).toContain(zh('officeResults.cell.recused'));
    expect(a08?.textContent).toContain(zh('officeResults.method.trimmed', { counted: 6, kept: 4 }));
    const legend = screen.getByTestId('results-legend').textContent ?? '';
    expect(legend).toContain(zh('officeResults.legend.dropped'));
    expect(legend).toContain(zh('officeResults.legend.flagged'));
  });

  it('says 回避 where the office confirmed a recusal and — where the expert was not assigned, and the legend explains both', async () => {
    // Both take the expert off the application's assignment, so the results carry no entry for them: E3 on
    // A08 (a recusal the office confirmed) and E5 on A01 (chosen out of a subset).
    const answer = demoOfficeResults((results) => ({
      ...results,
      applications: results.applications.map((application) =>
        application.applicationId === 'A08'
          ? { ...application, experts: application.experts.filter((entry) => entry.expertId !== 'E3') }
          : application.applicationId === 'A01'
            ? { ...application, experts: application.experts.filter((entry) => entry.expertId !== 'E5') }
            : application,
      ),
    }));
    const host = fakeHost();
    host.officeResults.mockResolvedValue(answer);
    const draft = sampleDraft({ recusals: [{ expertId: 'E3', applicationId: 'A08', reason: 'sameCity', decision: 'confirmed' }] });
    renderOffice(<ResultsStep draft={draft} />, { host, db: newOfficeDatabase() });
    await screen.findByTestId('results-ranking');
    const column = (header: string): number => within(screen.getByTestId('results-ranking')).getAllByRole('columnheader').findIndex((cell) => cell.textContent === header);
    const cellOf = (county: string, header: string): string => {
      const row = rankingRows().find((candidate) => candidate.textContent?.includes(county));
      return row?.children[column(header)]?.textContent ?? '';
    };
    const labels = new Map(answer.results.experts.map((expert) => [expert.expertId, `${expert.name}（${expert.expertId}）`]));
    expect(cellOf('潮音县', labels.get('E3') ?? '')).toBe(zh('officeResults.cell.recused'));
    expect(cellOf('清河县', labels.get('E5') ?? '')).toBe(`—${zh('officeResults.cell.notAssigned')}`);
    expect(screen.getByTestId('results-legend').textContent).toContain(zh('officeResults.legend.notAssigned'));
  });

  it('names the method as the results say: a plain mean below the threshold, a median', async () => {
    show(demoOfficeResults((results) => ({
      ...results,
      applications: results.applications.map((a) =>
        a.applicationId === 'A01' ? { ...a, aggregateMethod: 'meanBelowThreshold' as const, counted: 4 } : a.applicationId === 'A03' ? { ...a, aggregateMethod: 'median' as const, counted: 7 } : a,
      ),
    })));
    await screen.findByTestId('results-ranking');
    expect(rankingRows()[0]?.textContent).toContain(zh('officeResults.method.meanBelowThreshold', { counted: 4, threshold: 5 }));
    expect(rankingRows()[2]?.textContent).toContain(zh('officeResults.method.median', { counted: 7 }));
  });

  it('lists the applications not ranked with their reasons: the veto found by six of seven, the plan missing at intake', async () => {
    show();
    const a10 = await screen.findByTestId('results-excluded-A10');
    expect(a10.textContent).toContain('金川县');
    expect(a10.textContent).toContain(zh('officeResults.excluded.ineligible'));
    expect(a10.textContent).toContain(zh('officeResults.excluded.veto', { leaf: '创建期内县级公共图书馆或文化馆未设置、被挤占挪用或长期闭馆', count: 6, outOf: 7, rule: zh('officeResults.consensus.majority') }));
    // The six identical reasons read once, naming all six experts.
    const reasons = a10.querySelectorAll('.rd-results-reason');
    expect(reasons).toHaveLength(1);
    expect(reasons[0]?.textContent).toContain('张明华（E1）');
    expect(reasons[0]?.textContent).toContain('赵敏（E6）');
    expect(reasons[0]?.textContent).not.toContain('E7');
    expect(reasons[0]?.textContent).toContain('县文化馆馆舍被挤占用作办公场所已逾一年');
    const a12 = screen.getByTestId('results-excluded-A12');
    expect(a12.textContent).toContain(zh('officeResults.excluded.notScored'));
    expect(a12.textContent).toContain(zh('officeResults.excluded.prerequisiteByOffice', { leaf: '提交创新规划设计方案并经形式审查通过' }));
    expect(rankingRows().some((row) => row.textContent?.includes('金川县'))).toBe(false);
  });

  it('shows each deviation flag with the numbers and the expert’s own words, or asks for them when there are none', async () => {
    const answer = demoOfficeResults();
    const [first, second] = answer.deviations;
    if (!first || !second) throw new Error('the demo has flags');
    show({ ...answer, deviations: [first, { ...second, opinion: { strengths: '', problems: '', suggestions: '' }, comments: {} }] });
    const flagged = await screen.findByTestId(`results-deviation-${first.applicationId}-${first.expertId}`);
    expect(flagged.textContent).toContain('松岭县 · 孙志强（E7）');
    expect(flagged.textContent).toContain('总分 98.50，合议分 83.45，相差 +15.05 分');
    expect(flagged.textContent).toContain(first.opinion.strengths);
    expect(flagged.textContent).toContain(first.opinion.problems);
    expect(flagged.textContent).toContain(zh('officeResults.deviation.recommendation', { value: zh('reportPdf.recommendation.recommend') }));
    const silent = screen.getByTestId(`results-deviation-${second.applicationId}-${second.expertId}`);
    expect(silent.textContent).toContain(zh('officeResults.deviation.noWords'));
  });

  it('names indicators from the draft’s standard when it is the one the results used, and gives the id alone otherwise', async () => {
    const standard = sampleDraftStandard();
    const [leaf] = leavesOf(standard.standard.indicators).map((entry) => entry.leaf);
    const [group] = groupsOf(standard.standard.indicators);
    if (!leaf || !group) throw new Error('the sample standard has indicators');
    const base = demoOfficeResults((results) => ({
      ...results,
      applications: results.applications.map((a) => (a.applicationId === 'A08' ? { ...a, tieWithPreviousDecidedBy: { kind: 'indicator' as const, indicatorId: group.id } } : a)),
    }));
    const [first] = base.deviations;
    if (!first) throw new Error('the demo has flags');
    const answer = { ...base, deviations: [{ ...first, comments: { [leaf.id]: '佐证材料与自评分不符。' } }] };
    for (const [draftStandard, named] of [[standard, true], [{ ...standard, fingerprint: 'f'.repeat(64) }, false]] as const) {
      const host = fakeHost();
      host.officeResults.mockResolvedValue(answer);
      const view = renderOffice(<ResultsStep draft={sampleDraft({ standard: draftStandard })} />, { host, db: newOfficeDatabase() });
      const tie = await screen.findByTestId('results-tie-note');
      const indicator = named ? `${group.id} ${group.name}` : group.id;
      expect(tie.textContent).toBe(zh('officeResults.ranking.tieIndicator', { indicator }));
      const comment = zh('officeResults.deviation.comment', { indicator: named ? `${leaf.id} ${leaf.name}` : leaf.id, text: '佐证材料与自评分不符。' });
      expect(screen.getByTestId(`results-deviation-${first.applicationId}-${first.expertId}`).textContent).toContain(comment);
      view.unmount();
    }
  });

  it('reads ICC(2,k), ICC(2,1) and Kendall’s W as the review report does', async () => {
    const { results } = demoOfficeResults();
    const { iccAverage, iccSingle, kendallW } = results.agreement;
    show();
    const section = await screen.findByTestId('results-agreement');
    expect(within(section).getByTestId('results-agreement-iccAverage').textContent).toContain(zh('reportPdf.agreement.statValue', { value: (iccAverage ?? 0).toFixed(3), level: zh(iccLevel(iccAverage)) }));
    expect(within(section).getByTestId('results-agreement-kendallW').textContent).toContain('0.836（很强）');
    expect(within(section).getByTestId('results-agreement-iccSingle').textContent).toContain('0.560（一般）');
    expect(screen.getByTestId('results-agreement-reading').textContent).toBe(
      zh('reportPdf.agreement.reading', { average: zh(iccLevel(iccAverage)), single: zh(iccLevel(iccSingle)), w: zh(kendallLevel(kendallW)) }),
    );
  });

  it('gives both charts a caption and a summary as their accessible name', async () => {
    show();
    const spread = await screen.findByTestId('results-spread-summary');
    expect(spread.getAttribute('role')).toBe('img');
    // 草甸县's experts gave 63.00 to 86.50, the widest spread of the demo.
    expect(spread.getAttribute('aria-label')).toContain('分差最大的是草甸县：63.00～86.50 分');
    expect(screen.getByTestId('results-spread-chart').dataset['series']).toBe('5');
    const severity = screen.getByRole('img', { name: /从严到宽/ });
    expect(severity.getAttribute('aria-label')).toContain('陈丽（E4） −6.21');
    expect(screen.getByTestId('results-severity-figure').textContent).toContain(zh('officeResults.charts.severity.caption'));
  });

  it('reads in English when the office chose English', async () => {
    const host = fakeHost();
    host.officeResults.mockResolvedValue(demoOfficeResults());
    renderOffice(<ResultsStep draft={sampleDraft()} />, { host, db: newOfficeDatabase(), locale: 'en-US' });
    const table = await screen.findByTestId('results-ranking');
    expect(within(table).getByRole('heading').textContent).toBe(translate('en-US', 'officeResults.ranking.title'));
    expect(table.textContent).toContain(translate('en-US', 'officeResults.method.trimmed', { counted: 7, kept: 5 }));
    expect(screen.getByTestId('results-agreement-reading').textContent).toMatch(/^In short: /);
    expect(screen.getByTestId('results-excluded-A12').textContent).toContain(translate('en-US', 'officeResults.excluded.notScored'));
  });

  it('shows a refusal as the host words it, with a way to the step that settles it', async () => {
    const host = fakeHost();
    const message = zh('office.collect.noExports', { session: '第2批示范县资格评审' });
    host.officeResults.mockResolvedValue({ ok: false, code: 'office.collect.noExports', messages: [message] });
    const onGoTo = vi.fn<(step: DraftStep) => void>();
    renderOffice(<ResultsStep draft={sampleDraft()} onGoTo={onGoTo} available={STEPS} />, { host, db: newOfficeDatabase() });
    const refused = await screen.findByTestId('results-refused');
    expect(refused.textContent).toContain(message);
    expect(screen.queryByTestId('results-ranking')).toBeNull();
    fireEvent.click(within(refused).getByRole('button', { name: zh('officeResults.goTo', { step: zh('officeWorkspace.steps.collect') }) }));
    expect(onGoTo).toHaveBeenCalledWith('collect');
  });

  it('sends the office to export the session file, or to the rules when the session carries no quota', async () => {
    for (const [code, step] of [['office.collect.noSession', 'export'], ['report.noQuota', 'rules']] as const) {
      const host = fakeHost();
      host.officeResults.mockResolvedValue({ ok: false, code, messages: [zh(code === 'report.noQuota' ? 'report.noQuota' : 'office.collect.noSession', { session: 'x' })] });
      const onGoTo = vi.fn<(step: DraftStep) => void>();
      const view = renderOffice(<ResultsStep draft={sampleDraft()} onGoTo={onGoTo} available={STEPS} />, { host, db: newOfficeDatabase() });
      const refused = await screen.findByTestId('results-refused');
      fireEvent.click(within(refused).getByRole('button', { name: zh('officeResults.goTo', { step: zh(`officeWorkspace.steps.${step}`) }) }));
      expect(onGoTo).toHaveBeenCalledWith(step);
      view.unmount();
    }
  });

  it('says when the host could not be reached, and tries again on request', async () => {
    const host = fakeHost();
    host.officeResults.mockRejectedValueOnce(new Error('连接中断')).mockResolvedValueOnce(demoOfficeResults());
    renderOffice(<ResultsStep draft={sampleDraft()} />, { host, db: newOfficeDatabase() });
    const failed = await screen.findByTestId('results-failed');
    expect(failed.textContent).toContain(zh('officeResults.failed', { message: '连接中断' }));
    fireEvent.click(within(failed).getByRole('button', { name: zh('officeResults.retry') }));
    await screen.findByTestId('results-ranking');
    expect(host.officeResults).toHaveBeenCalledTimes(2);
  });
});
