// The results charts' ECharts options from the demo's results: the spread chart's rows follow the ranking,
// its box spans each application's lowest to highest total with the quartiles between, its dots split into
// kept and dropped with the flags ringed; the severity bars run strictest first; the text alternatives name
// the widest spread and every expert's mean difference.
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n/translate';
import { quantile, severityOption, severityRows, severitySummary, spreadOption, spreadRows, spreadSummary } from '../../../renderer/src/office/decide/chart-options';
import { demoOfficeResults } from './results-fixture';

const t = (key: MessageKey, params: MessageParams = {}): string => translate('zh-CN', key, params);
const { results } = demoOfficeResults();

type Series = { type?: string; name?: string; data?: unknown[] };
const seriesOf = (option: ReturnType<typeof spreadOption>): Series[] => (Array.isArray(option.series) ? (option.series as Series[]) : []);
const named = (option: ReturnType<typeof spreadOption>, name: string): Series => {
  const found = seriesOf(option).find((series) => series.name === name);
  if (!found) throw new Error(`no series ${name}`);
  return found;
};

describe('quantile', () => {
  it('interpolates between order statistics as R type 7 does', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75);
    expect(quantile([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5);
    expect(quantile([5], 0.75)).toBe(5);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('spread chart', () => {
  const rows = spreadRows(results);

  it('has one row per application with totals, ranked first and the veto-failed one after; none for the unscored one', () => {
    expect(rows.map((row) => row.applicationId)).toEqual([...results.ranking.map((entry) => entry.applicationId), 'A10']);
    const option = spreadOption(t, results);
    const yAxis = option.yAxis as { data: string[] };
    expect(yAxis.data[0]).toBe('清河县');
    expect(yAxis.data).not.toContain('东坪县');
  });

  it('boxes each application from its lowest to its highest total, with the quartiles between', () => {
    const a01 = results.applications.find((application) => application.applicationId === 'A01');
    const totals = (a01?.experts ?? []).flatMap((entry) => (entry.total === undefined ? [] : [entry.total])).sort((a, b) => a - b);
    const row = rows[0];
    expect(row?.box[0]).toBe(totals[0]);
    expect(row?.box[4]).toBe(totals.at(-1));
    expect(row?.box[2]).toBeCloseTo(quantile(totals, 0.5), 2);
    const box = named(spreadOption(t, results), t('officeResults.charts.spread.box'));
    expect((box.data?.[0] as { value: number[] }).value).toEqual(row?.box);
  });

  it('draws kept and dropped totals apart, rings every flag, and marks each panel score', () => {
    const option = spreadOption(t, results);
    const all = results.applications.flatMap((application) => application.experts.filter((entry) => entry.state === 'scored'));
    const dropped = all.filter((entry) => entry.dropped !== null && entry.dropped !== undefined).length;
    expect(dropped).toBeGreaterThan(0);
    expect(named(option, t('officeResults.charts.spread.dropped')).data).toHaveLength(dropped);
    expect(named(option, t('officeResults.charts.spread.kept')).data).toHaveLength(all.length - dropped);
    const flags = named(option, t('officeResults.charts.spread.flagged')).data as { name: string; value: [number, number] }[];
    expect(flags).toHaveLength(5);
    expect(flags.every((flag) => flag.name.includes('孙志强'))).toBe(true);
    expect(named(option, t('officeResults.charts.spread.aggregate')).data).toHaveLength(rows.length);
  });

  it('keeps tooltips as plain text drawn on the canvas (no HTML under the page CSP)', () => {
    const option = spreadOption(t, results);
    expect(option.tooltip).toMatchObject({ renderMode: 'richText' });
    for (const series of seriesOf(option)) for (const item of series.data ?? []) expect((item as { name: string }).name).not.toMatch(/[<>]/);
  });

  it('says in one sentence where the experts disagreed most', () => {
    const widest = rows.reduce((best, row) => (row.box[4] - row.box[0] > best.box[4] - best.box[0] ? row : best));
    const summary = spreadSummary(t, results);
    expect(summary).toContain(String(rows.length));
    expect(summary).toContain(widest.countyName);
  });
});

describe('severity chart', () => {
  it('runs from the strictest expert to the most lenient, each bar its mean difference', () => {
    const ordered = severityRows(results);
    expect(ordered.map((row) => row.expertId)).toEqual(['E4', 'E2', 'E1', 'E5', 'E3', 'E6', 'E7']);
    const option = severityOption(t, results);
    const [bars] = seriesOf(option);
    expect((bars?.data as { value: number }[]).map((bar) => bar.value)).toEqual(ordered.map((row) => row.meanDifference));
    expect((option.yAxis as { data: string[] }).data[0]).toBe('陈丽（E4）');
  });

  it('leaves out an expert with no mean difference and says every value in its summary', () => {
    const edited = { ...results, experts: results.experts.map((expert) => (expert.expertId === 'E1' ? { ...expert, meanDifference: null } : expert)) };
    expect(severityRows(edited).map((row) => row.expertId)).not.toContain('E1');
    const summary = severitySummary(t, results);
    expect(summary).toContain('陈丽（E4） −6.21');
    expect(summary).toContain('孙志强（E7） +10.32');
    expect(summary.indexOf('陈丽')).toBeLessThan(summary.indexOf('孙志强'));
  });
});
