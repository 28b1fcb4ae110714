// Every expert's points on every indicator of one application: rows are the standard's leaves (with each
// group's subtotal), columns the assigned experts, the last column the panel's figure, then the totals
// (expert-columns.ts). A veto or prerequisite every expert found clear takes one cell across the experts.
import type { ApplicationReport, LeafColumn, SheetRecord } from '../report-model';
import type { BuilderContext } from './builder-context';
import { EXPERT_COLUMN_WIDTH, expertHeadings, groupSubtotals, partHeading, totalRows } from './expert-columns';
import { groupLabel, maxPointsText, pointsText, withGroupRows } from './leaf-rows';
import type { PdfTableCell, PdfTableNode, PdfText } from './pdf-document';
import { gridTable, headingRow, th } from './pdf-tables';
import type { ScoreTablePlan } from './score-table-plan';

const isVerdict = (leaf: LeafColumn): boolean => leaf.kind === 'veto' || leaf.kind === 'prerequisite';

function leafCells(context: BuilderContext, leaf: LeafColumn, index: number, sheets: readonly SheetRecord[]): PdfTableCell[] {
  const scored = sheets.filter((sheet) => sheet.state === 'scored');
  if (isVerdict(leaf) && scored.length > 0 && scored.every((sheet) => sheet.leaves[index]?.value === true)) {
    const text = context.t('reportPdf.summary.allClear', { value: context.words(leaf, true) });
    return [{ text, colSpan: sheets.length, style: 'muted' }, ...Array.from({ length: sheets.length - 1 }, (): PdfTableCell => ({}))];
  }
  return sheets.map((sheet) => {
    if (sheet.state !== 'scored') return '';
    const entry = sheet.leaves[index];
    if (!entry) return '—';
    return entry.points === null ? context.words(leaf, entry.value) : pointsText(entry.points);
  });
}

function scoreTable(context: BuilderContext, report: ApplicationReport, sheets: SheetRecord[], title: string): PdfTableNode {
  const { model, t } = context;
  const { result } = report;
  const subtotals = sheets.map((sheet) => (sheet.state === 'scored' ? groupSubtotals(model.leaves, sheet) : null));
  const widths: Array<number | '*'> = [24, '*', 24, ...sheets.map(() => EXPERT_COLUMN_WIDTH), 32];
  const header: PdfTableCell[] = [th(t('reportPdf.column.id')), th(t('reportPdf.column.indicator')), th(t('reportPdf.column.max')), ...expertHeadings(context, sheets), th(t('reportPdf.column.panel'))];
  const body = withGroupRows<PdfTableCell[]>(
    model.leaves,
    (leaf) => {
      const group = leaf.groupIds.at(-1) ?? '';
      const panel = result.indicators[group];
      return [
        { text: groupLabel(leaf), colSpan: 3, style: 'group', alignment: 'left' },
        {},
        {},
        ...subtotals.map((totals): PdfText => {
          const sum = totals?.get(group);
          return { text: sum === null || sum === undefined ? '' : pointsText(sum), style: 'group' };
        }),
        { text: panel === undefined ? '' : pointsText(panel), style: 'group' },
      ];
    },
    (leaf, index) => {
      const panel = result.indicators[leaf.id];
      return [leaf.id, { text: leaf.name, alignment: 'left' }, maxPointsText(leaf), ...leafCells(context, leaf, index, sheets), panel === undefined ? '—' : pointsText(panel)];
    },
  );
  body.push(...totalRows(context, report, sheets, 3));
  return gridTable({ widths, header: [headingRow(title, widths.length), header], body, dense: true, centred: true });
}

export function applicationScoreTables(context: BuilderContext, report: ApplicationReport, plan: ScoreTablePlan): PdfTableNode[] {
  const heading = context.t('reportPdf.summary.scoresHeading');
  return plan.chunks.map((sheets, index) => scoreTable(context, report, sheets, partHeading(context.t, heading, index, plan.chunks.length)));
}
