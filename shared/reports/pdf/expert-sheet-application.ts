// One application on an expert's score sheet: every indicator with the value the expert gave, the points
// it earned and the expert's comment, then the totals, any veto or prerequisite the expert found failed,
// the written opinion and the recommendation.
import type { SheetRecord } from '../report-model';
import type { BuilderContext } from './builder-context';
import type { PdfContent, PdfTableCell } from './pdf-document';
import { gridTable, spanningRow, th } from './pdf-tables';
import { groupLabel, maxPointsText, pointsText, withGroupRows } from './leaf-rows';
import { opinionLines, recommendationText, stateText, totalsText, verdictLines } from './sheet-content';

const COLUMNS = 6;
const WIDTHS: Array<number | '*'> = [30, '*', 30, 62, 36, 120];

/** A row naming the application, repeated with the column headings on every page its table runs onto. */
function applicationHeading(context: BuilderContext, record: SheetRecord): PdfTableCell[] {
  const app = context.lookup.applicationById.get(record.applicationId);
  const title = app
    ? context.t('reportPdf.expert.applicationHeading', { id: app.id, county: app.countyName, city: app.city })
    : record.applicationId;
  return spanningRow({ text: title, style: 'h3', margin: [0, 1, 0, 1], alignment: 'left' }, COLUMNS);
}

export function sheetApplicationBlock(context: BuilderContext, record: SheetRecord): PdfContent {
  const { t, lookup, model } = context;
  const heading = applicationHeading(context, record);
  if (record.state !== 'scored') {
    return gridTable({ widths: WIDTHS, header: [heading], body: [spanningRow({ text: stateText(t, record), style: 'muted' }, COLUMNS)] });
  }
  const { words } = context;
  const rows = withGroupRows<PdfTableCell[]>(
    model.leaves,
    (leaf) => spanningRow({ text: groupLabel(leaf), style: 'group', alignment: 'left' }, COLUMNS),
    (leaf, index) => {
      const entry = record.leaves[index];
      const value = entry?.value ?? null;
      return [leaf.id, { text: leaf.name, alignment: 'left' }, maxPointsText(leaf), words(leaf, value), pointsText(entry?.points ?? null), { text: entry?.comment ?? '', alignment: 'left' }];
    },
  );
  const columnHeads = [
    t('reportPdf.column.id'),
    t('reportPdf.column.indicator'),
    t('reportPdf.column.max'),
    t('reportPdf.column.value'),
    t('reportPdf.column.points'),
    t('reportPdf.column.comment'),
  ].map(th);
  return [
    gridTable({ widths: WIDTHS, header: [heading, columnHeads], body: rows, centred: true }),
    { text: totalsText(t, record), style: 'paragraph', bold: true },
    ...verdictLines(t, lookup, record),
    ...opinionLines(t, record.opinion),
    { text: [{ text: t('reportPdf.sheet.recommendationLabel'), bold: true }, recommendationText(t, record.recommendation)], style: 'paragraph', margin: [0, 0, 0, 14] },
  ];
}
