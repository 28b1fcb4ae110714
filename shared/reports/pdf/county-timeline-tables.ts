// The two tables of a county timeline: every recorded transition in order (date, from → to, event, result
// with the panel's score when the event carries one, 文号, review session, who recorded it with their key's
// grouped fingerprint), and the progress reports the county owed (period, report, due, received, standing,
// file and short hash) with the missing and overdue ones marked in the warning colour.
import type { Locale } from '../../i18n/translate';
import type { CountyEntry } from '../../lifecycle/county-entry';
import { kindLabel, periodLabel, standingLabel } from '../../lifecycle/progress-report-text';
import type { CountyReportStatus, PeriodReportStatus } from '../../lifecycle/progress-reports';
import { outcomeOf, type TransitionEvent } from '../../lifecycle/transition-events';
import { groupedFingerprint } from '../../util/fingerprint';
import { scoreText } from '../report-text';
import { eventWord, outcomeWord, stateWord } from '../county-lifecycle-words';
import type { PdfContent, PdfStack, PdfTableCell, PdfText } from './pdf-document';
import { gridTable, headingRow, th } from './pdf-tables';
import { translatorFor } from './pdf-text';

/** Hash digits shown for a report file: enough to tell two files apart at a glance; the full hash is in the data. */
export const SHORT_HASH_DIGITS = 12;

const dash = '—';

/** Whether any event carries its panel's score: the timeline then explains what the score is. */
export const hasScores = (county: Pick<CountyEntry, 'history'>): boolean => county.history.some(({ event }) => event.score !== undefined);

/** The result or grade, and under it the county's total at the session on the same row, so the row says how the stage went. */
function outcomeCell(locale: Locale, event: TransitionEvent): PdfTableCell {
  const outcome = outcomeWord(locale, outcomeOf(event)) || dash;
  if (event.score === undefined) return outcome;
  return { stack: [outcome, { text: translatorFor(locale)('lifecycleReports.timeline.score', { score: scoreText(event.score) }), noWrap: true }] };
}

export function transitionsTable(locale: Locale, county: Pick<CountyEntry, 'history'>): PdfContent {
  const t = translatorFor(locale);
  const heading = t('lifecycleReports.timeline.transitions');
  if (county.history.length === 0) return [{ text: heading, style: 'h2' }, { text: t('lifecycleReports.timeline.noTransitions'), style: 'muted' }];
  const columns = 7;
  let from = stateWord(locale, 'applied');
  const body = county.history.map(({ event, state }): PdfTableCell[] => {
    const to = stateWord(locale, state);
    const row: PdfTableCell[] = [
      { text: event.date, noWrap: true },
      { text: t('lifecycleReports.timeline.change', { from, to }), noWrap: true },
      eventWord(locale, event.kind),
      outcomeCell(locale, event),
      { text: event.documentNumber ?? dash, noWrap: true },
      { text: event.sessionId ?? dash, noWrap: true },
      { stack: [event.recordedBy.name, { text: groupedFingerprint(event.recordedBy.keyFingerprint), style: 'fingerprint' }] },
    ];
    from = to;
    return row;
  });
  return gridTable({
    // 文号 and session ids are read as one piece: their columns take their longest one whole.
    widths: ['auto', 'auto', 95, 60, 'auto', 'auto', '*'],
    header: [
      headingRow(heading, columns),
      [
        th(t('lifecycleReports.column.date')),
        th(t('lifecycleReports.column.change')),
        th(t('lifecycleReports.column.event')),
        th(t('lifecycleReports.column.outcome')),
        th(t('lifecycleReports.column.documentNumber')),
        th(t('lifecycleReports.column.session')),
        th(t('lifecycleReports.column.recordedBy')),
      ],
    ],
    body,
  });
}

/** Missing or returned and past its due day: what the office has to chase. */
const isOverdue = (period: PeriodReportStatus): boolean => period.daysOverdue > 0;

/** The standing in words; an overdue one in the warning colour with its own mark, so it shows in print and in text. */
function standingCell(locale: Locale, period: PeriodReportStatus): PdfText | PdfStack {
  const standing = standingLabel(locale, period);
  if (!isOverdue(period)) return { text: standing };
  const mark = translatorFor(locale)('lifecycleReports.timeline.overdueMark', { days: period.daysOverdue });
  return { stack: [standing, mark], style: 'warning' };
}

function fileCells(locale: Locale, period: PeriodReportStatus): [PdfTableCell, PdfTableCell] {
  const t = translatorFor(locale);
  const returned = period.returned.map((report) => report.file.name);
  const returnedLine = returned.length > 0 ? [{ text: t('lifecycleReports.timeline.returned', { files: returned.join('、') }), style: 'muted' }] : [];
  if (period.report === null) return [{ stack: [dash, ...returnedLine] }, dash];
  return [
    { stack: [period.report.file.name, ...returnedLine] },
    { text: period.report.file.sha256.slice(0, SHORT_HASH_DIGITS), style: 'fingerprint' },
  ];
}

/** The progress reports; `status` undefined when the caller keeps none for this county. */
export function progressTable(locale: Locale, status: CountyReportStatus | undefined): PdfContent {
  const t = translatorFor(locale);
  const heading = t('lifecycleReports.timeline.progress');
  if (status === undefined) return [{ text: heading, style: 'h2' }, { text: t('lifecycleReports.timeline.progressNotGiven'), style: 'muted' }];
  if (status.periods.length === 0) return [{ text: heading, style: 'h2' }, { text: t('lifecycleReports.timeline.noProgress'), style: 'muted' }];
  const body = status.periods.map((period): PdfTableCell[] => [
    periodLabel(locale, period.kind, period.period),
    kindLabel(locale, period.kind),
    { text: period.due, noWrap: true },
    { text: period.report?.receivedOn ?? dash, noWrap: true },
    standingCell(locale, period),
    ...fileCells(locale, period),
  ]);
  return gridTable({
    widths: [95, 95, 'auto', 'auto', 140, '*', 'auto'],
    header: [
      headingRow(heading, 7),
      [
        th(t('lifecycleReports.column.period')),
        th(t('lifecycleReports.column.kind')),
        th(t('lifecycleReports.column.due')),
        th(t('lifecycleReports.column.receivedOn')),
        th(t('lifecycleReports.column.standing')),
        th(t('lifecycleReports.column.file')),
        th(t('lifecycleReports.column.hash')),
      ],
    ],
    body,
  });
}
