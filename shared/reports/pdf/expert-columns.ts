// Pieces of the application summary's tables with one column per expert: the expert headings, each
// expert's subtotal per group, and the rows under the indicators — total, whether the trimmed mean dropped
// it, difference from the panel score, z and the deviation flag.
import type { ApplicationReport, LeafColumn, SheetRecord } from '../report-model';
import { scoreText } from '../report-text';
import type { BuilderContext } from './builder-context';
import type { PdfTableCell, PdfText } from './pdf-document';
import { th } from './pdf-tables';
import { signedScoreText, type Translate } from './pdf-text';

/** Width of an expert column: fits "99.50", a three-character name or "不具备" in 7.5 pt type. */
export const EXPERT_COLUMN_WIDTH = 30;

export function expertHeadings(context: BuilderContext, sheets: readonly SheetRecord[]): PdfText[] {
  return sheets.map((sheet) => th(context.lookup.expertName(sheet.expertId)));
}

/** Each expert's points per innermost group (null where the group adds no points, e.g. vetoes). */
export function groupSubtotals(leaves: readonly LeafColumn[], sheet: SheetRecord): Map<string, number | null> {
  const totals = new Map<string, number | null>();
  leaves.forEach((leaf, index) => {
    const group = leaf.groupIds.at(-1);
    if (group === undefined) return;
    const points = sheet.leaves[index]?.points ?? null;
    const sum = totals.get(group) ?? null;
    totals.set(group, points === null ? sum : (sum ?? 0) + points);
  });
  return totals;
}

function dropText(t: Translate, sheet: SheetRecord): string {
  if (sheet.state !== 'scored') return '';
  if (sheet.dropped === 'highest') return t('reportPdf.summary.droppedHighest');
  if (sheet.dropped === 'lowest') return t('reportPdf.summary.droppedLowest');
  return sheet.dropped === null ? t('reportPdf.summary.kept') : '—';
}

function zText(z: number | null | undefined): string {
  if (z === null || z === undefined) return '—';
  return z < 0 ? `−${Math.abs(z).toFixed(2)}` : z.toFixed(2);
}

/** Rows below the indicators; `labelSpan` columns hold the row's label, the last column the panel's figure. */
export function totalRows(context: BuilderContext, report: ApplicationReport, sheets: readonly SheetRecord[], labelSpan: number): PdfTableCell[][] {
  const { t } = context;
  const row = (label: string, cells: PdfTableCell[], panel: PdfTableCell): PdfTableCell[] => [
    { text: label, colSpan: labelSpan, bold: true, alignment: 'left' },
    ...Array.from({ length: labelSpan - 1 }, (): PdfTableCell => ({})),
    ...cells,
    panel,
  ];
  return [
    row(
      t('reportPdf.summary.total'),
      sheets.map((sheet): PdfText => ({ text: sheet.state === 'scored' ? scoreText(sheet.total) : t(`reportPdf.stateShort.${sheet.state}`), bold: true })),
      { text: scoreText(report.result.aggregate), bold: true },
    ),
    row(t('reportPdf.summary.counted'), sheets.map((sheet) => dropText(t, sheet)), ''),
    row(t('reportPdf.summary.difference'), sheets.map((sheet) => (sheet.state === 'scored' ? signedScoreText(sheet.difference) : '')), ''),
    row(t('reportPdf.summary.z'), sheets.map((sheet) => (sheet.state === 'scored' ? zText(sheet.z) : '')), ''),
    row(t('reportPdf.summary.deviation'), sheets.map((sheet) => (sheet.deviationFlagged ? { text: t('reportPdf.summary.flagged'), style: 'warning' } : '')), ''),
  ];
}

/** The table's heading, with the part when the experts are split over several tables. */
export function partHeading(t: Translate, heading: string, part: number, parts: number): string {
  return parts === 1 ? heading : t('reportPdf.summary.scoresPart', { heading, part: part + 1, parts });
}
