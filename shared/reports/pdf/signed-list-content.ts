// The review report's suggestion list when the reports carry the list the office signed: the list as signed
// (position, county, score, the position the rule computed, and a mark on entries changed by hand), the
// preference rule as it applied to the computed list, then 人工调整 with every adjustment and its reason,
// 不同意见 with every dissent note, the office's note, and the signing line.
import { translate } from '../../i18n/translate';
import type { SignedListEntry } from '../../files/suggestion-list-file';
import type { Explanation } from '../../panel/preference';
import type { ReportSignedList } from '../report-signed-list';
import { signedListText } from '../signed-list-text';
import type { BuilderContext } from './builder-context';
import type { PdfContent, PdfTableCell, PdfText } from './pdf-document';
import { gridTable, headingRow, th } from './pdf-tables';
import { hundredthsText } from './pdf-text';

const COLUMNS = 8;

export function signedListContent(context: BuilderContext, list: ReportSignedList): PdfContent {
  const { t, locale, model } = context;
  const { payload } = list;
  const words = signedListText(locale, 'reportPdf.signedList', model, list);
  const resultOf = new Map(model.results.applications.map((app) => [app.applicationId, app]));
  const row = (entry: SignedListEntry): PdfTableCell[] => {
    const app = resultOf.get(entry.applicationId);
    const notes = [words.byHand(entry), entry.movedBy ? t('reportPdf.list.moved') : ''].filter((note) => note !== '').join('；');
    return [
      String(entry.position),
      { text: entry.countyName, alignment: 'left', bold: true },
      { text: app?.city ?? '', alignment: 'left' },
      entry.countyCode,
      app?.poverty ? t('reportPdf.yes') : '',
      hundredthsText(entry.scoreH),
      entry.computedPosition === null ? '—' : String(entry.computedPosition),
      { text: notes, alignment: 'left' },
    ];
  };
  const header = [
    t('reportPdf.column.position'),
    t('reportPdf.column.county'),
    t('reportPdf.column.city'),
    t('reportPdf.column.code'),
    t('reportPdf.column.povertyShort'),
    t('reportPdf.column.score'),
    t('reportPdf.signedList.computedPosition'),
    t('reportPdf.column.notes'),
  ].map(th);
  const heading = t('reportPdf.signedList.heading', { version: payload.version, places: payload.places, count: payload.entries.length });
  const table: PdfContent[] =
    payload.entries.length === 0
      ? [{ text: heading, style: 'h2' }, { text: t('reportPdf.list.empty'), style: 'paragraph' }]
      : [gridTable({ widths: [30, 70, 64, 60, 40, 46, 46, '*'], header: [headingRow(heading, COLUMNS), header], body: payload.entries.map(row), centred: true })];
  // A signed list is only ever made from a computed one; should the results lack it, the rule and its moves
  // are left out rather than invented.
  const computed = model.results.suggestionList;
  const explain = (key: Explanation): string => translate(locale, key.key, key.params);
  const paragraph = (text: string): PdfText => ({ text, style: 'paragraph' });
  const item = (text: string): PdfText => ({ text, style: 'paragraph', margin: [10, 0, 0, 4] });
  const moves = computed?.moves ?? [];
  return [
    ...table,
    ...(computed === null ? [] : [paragraph(explain(computed.ruleSummary))]),
    ...(moves.length > 0 ? [{ text: t('reportPdf.list.movesHeading'), style: 'h3' }] : []),
    ...moves.map((move) => item(t('reportPdf.list.move', { text: explain(move.explanation) }))),
    { text: t('reportPdf.signedList.adjustmentsHeading'), style: 'h3' },
    ...words.adjustments.map(item),
    { text: t('reportPdf.signedList.dissentHeading'), style: 'h3' },
    ...words.dissent.map(item),
    ...(words.note === null ? [] : [paragraph(words.note)]),
    { stack: [{ text: t('reportPdf.signedList.signatureHeading'), style: 'h3' }, ...words.signature.map(paragraph)], unbreakable: true },
  ];
}
