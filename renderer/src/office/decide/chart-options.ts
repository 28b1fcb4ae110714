// The results charts as ECharts options, built from the results alone (pure functions, so tests check the
// series without a canvas). Tooltips are plain text with line breaks and ECharts draws them on the canvas
// (renderMode 'richText'): its default HTML tooltips put style attributes into innerHTML, which the page CSP
// blocks. Only types come from echarts here; the runtime is loaded with the chart (echarts-setup.ts).
import type { BarSeriesOption, BoxplotSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { scoreText } from '../../../../shared/reports/report-text';
import { signedScoreText } from '../../../../shared/reports/pdf/pdf-text';
import { applicationsInOrder, expertLabels, type Translate } from './results-text';
import type { Results } from './results-types';

export type ResultsChartOption = ComposeOption<BoxplotSeriesOption | ScatterSeriesOption | BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption>;

/** Colours chosen to read apart in grey print too: stricter blue, more lenient orange, flags red. */
export const CHART_COLOURS = { box: '#5b8ff9', kept: '#1d39c4', dropped: '#8c8c8c', flagged: '#cf1322', aggregate: '#d48806', stricter: '#2f54eb', lenient: '#fa8c16' } as const;

/** The n-th quantile by linear interpolation between order statistics (R's default, type 7). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below] ?? Number.NaN;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (position - below);
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

export interface SpreadRow {
  applicationId: string;
  countyName: string;
  /** [min, Q1, median, Q3, max] of the scored totals. */
  box: [number, number, number, number, number];
  aggregate: number | null;
  dots: { expertId: string; total: number; dropped: 'highest' | 'lowest' | null; flagged: boolean }[];
}

/** One row per application with at least one scored total, in the screen's order (ranking, then the rest). */
export function spreadRows(results: Results): SpreadRow[] {
  return applicationsInOrder(results).flatMap((application): SpreadRow[] => {
    const dots = application.experts.flatMap((entry) =>
      entry.state === 'scored' && entry.total !== undefined
        ? [{ expertId: entry.expertId, total: entry.total, dropped: entry.dropped ?? null, flagged: entry.deviationFlagged === true }]
        : [],
    );
    if (dots.length === 0) return [];
    const sorted = dots.map((dot) => dot.total).sort((a, b) => a - b);
    const box: SpreadRow['box'] = [sorted[0] ?? 0, round2(quantile(sorted, 0.25)), round2(quantile(sorted, 0.5)), round2(quantile(sorted, 0.75)), sorted.at(-1) ?? 0];
    return [{ applicationId: application.applicationId, countyName: application.countyName, box, aggregate: application.aggregate, dots }];
  });
}

/** The spread chart: a horizontal box per application with each expert's dot, flags ringed, the panel score as a diamond. */
export function spreadOption(t: Translate, results: Results): ResultsChartOption {
  const rows = spreadRows(results);
  const label = expertLabels(t, results);
  const dotTip = (county: string, dot: SpreadRow['dots'][number]): string => {
    const notes = [
      ...(dot.dropped === 'highest' ? [t('officeResults.cell.droppedHighest')] : []),
      ...(dot.dropped === 'lowest' ? [t('officeResults.cell.droppedLowest')] : []),
      ...(dot.flagged ? [t('officeResults.cell.flagged')] : []),
    ];
    return t('officeResults.charts.spread.dotTip', { county, expert: label(dot.expertId), total: scoreText(dot.total), note: notes.join('') });
  };
  const dotsWhere = (keep: (dot: SpreadRow['dots'][number]) => boolean): ScatterSeriesOption['data'] =>
    rows.flatMap((row, index) => row.dots.filter(keep).map((dot) => ({ name: dotTip(row.countyName, dot), value: [dot.total, index] })));
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 40, bottom: 40, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'item', renderMode: 'richText', formatter: (params) => (Array.isArray(params) ? '' : String(params.name ?? '')) },
    // Counties down the side, best first at the top: long Chinese names stay readable with 40 applications.
    yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.countyName) },
    xAxis: { type: 'value', scale: true, name: t('officeResults.charts.spread.axis'), nameLocation: 'middle', nameGap: 28 },
    series: [
      {
        type: 'boxplot',
        name: t('officeResults.charts.spread.box'),
        itemStyle: { color: '#e6f0ff', borderColor: CHART_COLOURS.box },
        data: rows.map((row) => ({
          name: t('officeResults.charts.spread.boxTip', { county: row.countyName, min: scoreText(row.box[0]), median: scoreText(row.box[2]), max: scoreText(row.box[4]) }),
          value: row.box,
        })),
      },
      { type: 'scatter', name: t('officeResults.charts.spread.kept'), symbolSize: 8, itemStyle: { color: CHART_COLOURS.kept }, data: dotsWhere((dot) => dot.dropped === null) },
      {
        type: 'scatter',
        name: t('officeResults.charts.spread.dropped'),
        symbol: 'emptyCircle',
        symbolSize: 8,
        itemStyle: { color: CHART_COLOURS.dropped },
        data: dotsWhere((dot) => dot.dropped !== null),
      },
      // A ring drawn over the dot, so a flagged total keeps its kept/dropped look underneath.
      {
        type: 'scatter',
        name: t('officeResults.charts.spread.flagged'),
        symbol: 'emptyCircle',
        symbolSize: 16,
        itemStyle: { color: CHART_COLOURS.flagged, borderWidth: 2 },
        data: dotsWhere((dot) => dot.flagged),
      },
      {
        type: 'scatter',
        name: t('officeResults.charts.spread.aggregate'),
        symbol: 'diamond',
        symbolSize: 12,
        itemStyle: { color: CHART_COLOURS.aggregate },
        data: rows.flatMap((row, index) =>
          row.aggregate === null ? [] : [{ name: t('officeResults.charts.spread.aggregateTip', { county: row.countyName, score: scoreText(row.aggregate) }), value: [row.aggregate, index] }],
        ),
      },
    ],
  };
}

/** The spread chart in one sentence: how many applications, and the widest spread. */
export function spreadSummary(t: Translate, results: Results): string {
  const rows = spreadRows(results);
  if (rows.length === 0) return t('officeResults.charts.spread.empty');
  const widest = rows.reduce((best, row) => (row.box[4] - row.box[0] > best.box[4] - best.box[0] ? row : best));
  const [min, , , , max] = widest.box;
  return t('officeResults.charts.spread.summary', {
    count: rows.length,
    widest: t('officeResults.charts.spread.widest', { county: widest.countyName, min: scoreText(min), max: scoreText(max), range: scoreText(max - min) }),
  });
}

export type SeverityRow = Results['experts'][number] & { meanDifference: number };

/** Experts with a mean difference, strictest first (ties by id, so the order never depends on the input's). */
export function severityRows(results: Results): SeverityRow[] {
  return results.experts
    .filter((expert): expert is SeverityRow => expert.meanDifference !== null)
    .sort((a, b) => a.meanDifference - b.meanDifference || a.expertId.localeCompare(b.expertId));
}

/** Each expert's severity as horizontal bars from zero: left stricter, right more lenient. */
export function severityOption(t: Translate, results: Results): ResultsChartOption {
  const rows = severityRows(results);
  const label = expertLabels(t, results);
  return {
    animation: false,
    grid: { left: 8, right: 56, top: 16, bottom: 40, containLabel: true },
    tooltip: { trigger: 'item', renderMode: 'richText', formatter: (params) => (Array.isArray(params) ? '' : String(params.name ?? '')) },
    yAxis: { type: 'category', inverse: true, data: rows.map((row) => label(row.expertId)) },
    xAxis: { type: 'value', name: t('officeResults.charts.severity.axis'), nameLocation: 'middle', nameGap: 28 },
    series: [
      {
        type: 'bar',
        name: t('officeResults.charts.severity.series'),
        label: { show: true, position: 'right', formatter: (params) => signedScoreText(typeof params.value === 'number' ? params.value : null) },
        data: rows.map((row) => ({
          name: t('officeResults.charts.severity.tip', { expert: label(row.expertId), mean: signedScoreText(row.meanDifference), scored: row.scored, flagged: row.flagged }),
          value: row.meanDifference,
          itemStyle: { color: row.meanDifference < 0 ? CHART_COLOURS.stricter : CHART_COLOURS.lenient },
        })),
      },
    ],
  };
}

/** The severity chart in one sentence: every expert's mean difference, strictest first. */
export function severitySummary(t: Translate, results: Results): string {
  const rows = severityRows(results);
  if (rows.length === 0) return t('officeResults.charts.severity.empty');
  const label = expertLabels(t, results);
  const list = rows.map((row) => t('officeResults.charts.severity.item', { expert: label(row.expertId), mean: signedScoreText(row.meanDifference) }));
  return t('officeResults.charts.severity.summary', { list: list.join(t('officeResults.charts.listSeparator')) });
}
