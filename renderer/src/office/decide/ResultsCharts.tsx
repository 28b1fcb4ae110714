// The two charts with their text alternatives: each a figure whose caption says how to read it and whose
// role="img" box carries a one-sentence summary as its accessible name; the ranking table and the severity
// summary carry every number the charts draw.
import { useMemo, type ReactNode } from 'react';
import { useApp } from '../../app/app-context';
import { severityOption, severityRows, severitySummary, spreadOption, spreadRows, spreadSummary } from './chart-options';
import { EChart } from './EChart';
import type { Results } from './results-types';

/** Rows of a horizontal chart at a readable pitch, plus room for the legend and the axis. */
const heightFor = (rows: number, pitch: number): number => 96 + rows * pitch;

function ChartFigure({ id, title, caption, summary, children }: { id: string; title: string; caption: string; summary: string; children: ReactNode }) {
  return (
    <figure className="rd-results-figure" data-testid={`${id}-figure`}>
      <h4 id={`${id}-title`}>{title}</h4>
      <div role="img" aria-label={summary} data-testid={`${id}-summary`}>
        {children}
      </div>
      <figcaption>
        <p>{caption}</p>
        <p className="rd-help">{summary}</p>
      </figcaption>
    </figure>
  );
}

export function ResultsCharts({ results }: { results: Results }) {
  const { t } = useApp();
  const spread = useMemo(() => ({ option: spreadOption(t, results), rows: spreadRows(results).length, summary: spreadSummary(t, results) }), [t, results]);
  const severity = useMemo(() => ({ option: severityOption(t, results), rows: severityRows(results).length, summary: severitySummary(t, results) }), [t, results]);
  return (
    <section aria-labelledby="rd-results-charts-title" data-testid="results-charts">
      <h3 id="rd-results-charts-title">{t('officeResults.charts.title')}</h3>
      <ChartFigure id="results-spread" title={t('officeResults.charts.spread.title')} caption={t('officeResults.charts.spread.caption')} summary={spread.summary}>
        {spread.rows > 0 && <EChart option={spread.option} height={heightFor(spread.rows, 28)} testId="results-spread-chart" />}
      </ChartFigure>
      <ChartFigure id="results-severity" title={t('officeResults.charts.severity.title')} caption={t('officeResults.charts.severity.caption')} summary={severity.summary}>
        {severity.rows > 0 && <EChart option={severity.option} height={heightFor(severity.rows, 32)} testId="results-severity-chart" />}
      </ChartFigure>
    </section>
  );
}
