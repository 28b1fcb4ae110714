// The review report's results: the ranking of eligible applications, the suggestion list with the cut line
// drawn across it and every move the preference rule made (and why), or, when the reports carry one, the list
// as the office signed it (signed-list-content.ts), and the applications not ranked with the findings that
// excluded them.
import { translate } from '../../i18n/translate';
import type { Explanation } from '../../panel/preference';
import type { SuggestionListEntry } from '../../panel/suggestion-list';
import { scoreText } from '../report-text';
import type { BuilderContext } from './builder-context';
import { findingContent } from './findings-content';
import type { PdfContent, PdfTableCell, PdfTableLayout, PdfText } from './pdf-document';
import { COLOR, GRID } from './pdf-styles';
import { gridTable, headingRow, spanningRow, th } from './pdf-tables';
import { partHeading } from './review-headings';
import { hundredthsText } from './pdf-text';
import { signedListContent } from './signed-list-content';

export function rankingContent(context: BuilderContext): PdfContent {
  const { t, lookup, model } = context;
  const { results } = model;
  const resultOf = new Map(results.applications.map((app) => [app.applicationId, app]));
  const header = [
    t('reportPdf.column.rank'),
    t('reportPdf.column.application'),
    t('reportPdf.column.county'),
    t('reportPdf.column.city'),
    t('reportPdf.column.povertyShort'),
    t('reportPdf.column.score'),
    t('reportPdf.column.grade'),
    t('reportPdf.column.notes'),
  ].map(th);
  const body = results.ranking.map((entry): PdfTableCell[] => {
    const app = resultOf.get(entry.applicationId);
    const tie = entry.tieWithPreviousDecidedBy;
    const note =
      tie === null ? '' : tie.kind === 'indicator' ? t('reportPdf.ranking.tieByIndicator', { indicator: lookup.indicatorLabel(tie.indicatorId) }) : { text: t('reportPdf.ranking.tieByCode'), style: 'warning' };
    return [
      String(entry.rank),
      entry.applicationId,
      { text: entry.countyName, alignment: 'left' },
      { text: app?.city ?? '', alignment: 'left' },
      app?.poverty ? t('reportPdf.yes') : '',
      scoreText(entry.score),
      app?.grade ?? '',
      typeof note === 'string' ? { text: note, alignment: 'left' } : { ...note, alignment: 'left' },
    ];
  });
  const heading = partHeading(context, 'ranking', { count: results.ranking.length });
  if (body.length === 0) return [{ text: heading, style: 'h2' }, { text: t('reportPdf.ranking.none'), style: 'paragraph' }];
  return gridTable({ widths: [30, 36, 70, 70, 40, 46, 40, '*'], header: [headingRow(heading, 8), header], body, centred: true });
}

const LIST_COLUMNS = 8;

/** The grid with the rules above and below the cut line row drawn thick and red. */
function cutLineLayout(cutRow: number | null): PdfTableLayout {
  if (cutRow === null) return GRID;
  const isCut = (i: number): boolean => i === cutRow || i === cutRow + 1;
  return { ...GRID, hLineWidth: (i) => (isCut(i) ? 1.5 : 0.5), hLineColor: (i) => (isCut(i) ? COLOR.cutLine : COLOR.rule) };
}

export function suggestionListContent(context: BuilderContext): PdfContent {
  const { t, locale, model } = context;
  // The list the office signed is the one the report states; the computed cut line is then history.
  if (model.signedList) return signedListContent(context, model.signedList);
  const { results } = model;
  const list = results.suggestionList;
  // A stage that grades each county has no list; its grades stand in the ranking table.
  if (list === null) return [];
  const cityOf = new Map(results.applications.map((app) => [app.applicationId, app.city]));
  const row = (entry: SuggestionListEntry, listed: boolean): PdfTableCell[] => [
    String(entry.position),
    { text: entry.countyName, alignment: 'left', bold: listed },
    { text: cityOf.get(entry.applicationId) ?? '', alignment: 'left' },
    entry.countyCode,
    entry.poverty ? t('reportPdf.yes') : '',
    hundredthsText(entry.scoreH),
    String(entry.originalRank),
    {
      text: listed ? (entry.movedBy ? t('reportPdf.list.moved') : '') : t('reportPdf.list.notListed'),
      alignment: 'left',
      ...(listed ? {} : { style: 'muted' }),
    },
  ];
  const header = [
    t('reportPdf.column.position'),
    t('reportPdf.column.county'),
    t('reportPdf.column.city'),
    t('reportPdf.column.code'),
    t('reportPdf.column.povertyShort'),
    t('reportPdf.column.score'),
    t('reportPdf.column.originalRank'),
    t('reportPdf.column.notes'),
  ].map(th);
  const heading = t('reportPdf.review.listHeading', { places: list.places, count: list.entries.length });
  const headingRows = [headingRow(heading, LIST_COLUMNS), header];
  const body: PdfTableCell[][] = list.entries.map((entry) => row(entry, true));
  let cutRow: number | null = null;
  if (list.cutLine) {
    cutRow = headingRows.length + body.length;
    const text = t('reportPdf.list.cutLine', { lastIn: hundredthsText(list.cutLine.lastInScoreH), firstOut: hundredthsText(list.cutLine.firstOutScoreH) });
    body.push(spanningRow({ text, bold: true, color: COLOR.cutLine, alignment: 'center' }, LIST_COLUMNS));
  }
  body.push(...list.notListed.map((entry) => row(entry, false)));
  const table: PdfContent[] =
    body.length === 0
      ? [{ text: heading, style: 'h2' }, { text: t('reportPdf.list.empty'), style: 'paragraph' }]
      : [gridTable({ widths: [30, 70, 64, 60, 40, 46, 40, '*'], header: headingRows, body, centred: true, layout: cutLineLayout(cutRow) })];
  const explain = (explanation: Explanation): string => translate(locale, explanation.key, explanation.params);
  return [
    ...table,
    { text: explain(list.ruleSummary), style: 'paragraph' },
    ...(list.moves.length > 0 ? [{ text: t('reportPdf.list.movesHeading'), style: 'h3' }] : []),
    ...list.moves.map((move): PdfText => ({ text: t('reportPdf.list.move', { text: explain(move.explanation) }), style: 'paragraph', margin: [10, 0, 0, 4] })),
    ...(list.tieAtCutLine ? [{ text: t('reportPdf.list.tieAtCutLine', { text: explain(list.tieAtCutLine.explanation) }), style: ['paragraph', 'warning'] }] : []),
  ];
}

export function excludedContent(context: BuilderContext): PdfContent {
  const { t, lookup, model } = context;
  const { results } = model;
  const resultOf = new Map(results.applications.map((app) => [app.applicationId, app]));
  const blocks = results.excluded.map((excluded): PdfContent => {
    const app = resultOf.get(excluded.applicationId);
    const heading = t('reportPdf.excluded.heading', { id: excluded.applicationId, county: excluded.countyName, city: app?.city ?? '' });
    const findings = excluded.findings.map((finding) => findingContent(t, lookup, finding));
    const tail: PdfContent[] = [];
    if (excluded.status === 'ineligible' && app && app.aggregate !== null) tail.push({ text: t('reportPdf.excluded.scoreIgnored', { score: scoreText(app.aggregate) }), style: 'paragraph' });
    if (excluded.status === 'noScores') tail.push({ text: t('reportPdf.status.noScores'), style: 'paragraph' });
    return { stack: [{ text: heading, style: 'h3' }, ...findings, ...tail], unbreakable: findings.length <= 1 };
  });
  return [
    { text: partHeading(context, 'excluded', { count: results.excluded.length }), style: 'h2' },
    ...(blocks.length === 0 ? [{ text: t('reportPdf.excluded.none'), style: 'paragraph' }] : blocks),
  ];
}
