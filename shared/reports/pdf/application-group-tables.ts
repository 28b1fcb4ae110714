// The application summary for a large panel on a large standard (score-table-plan.ts): each expert's
// subtotal per indicator group with the totals below, then every leaf's panel figure, the range of the
// experts' points and how many experts found a veto failed or a prerequisite unmet.
import type { ApplicationReport, LeafColumn, SheetRecord } from '../report-model';
import { plainNumber } from '../report-text';
import type { BuilderContext } from './builder-context';
import { EXPERT_COLUMN_WIDTH, expertHeadings, groupSubtotals, partHeading, totalRows } from './expert-columns';
import { groupLabel, maxPointsText, pointsText, withGroupRows } from './leaf-rows';
import type { PdfContent, PdfTableCell, PdfTableNode } from './pdf-document';
import { gridTable, headingRow, spanningRow, th } from './pdf-tables';
import type { ScoreTablePlan } from './score-table-plan';

interface GroupRow {
  id: string;
  label: string;
  points: number;
}

/** The innermost groups in the standard's order, each once. */
function innermostGroups(context: BuilderContext): GroupRow[] {
  const points = new Map(context.model.groups.map((group) => [group.id, group.points]));
  const seen = new Set<string>();
  const rows: GroupRow[] = [];
  for (const leaf of context.model.leaves) {
    const id = leaf.groupIds.at(-1);
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    rows.push({ id, label: groupLabel(leaf), points: points.get(id) ?? 0 });
  }
  return rows;
}

function groupTable(context: BuilderContext, report: ApplicationReport, sheets: SheetRecord[], groups: readonly GroupRow[], title: string): PdfTableNode {
  const { t, model } = context;
  const subtotals = sheets.map((sheet) => (sheet.state === 'scored' ? groupSubtotals(model.leaves, sheet) : null));
  const widths: Array<number | '*'> = [24, '*', 24, ...sheets.map(() => EXPERT_COLUMN_WIDTH), 32];
  const header: PdfTableCell[] = [th(t('reportPdf.column.id')), th(t('reportPdf.column.group')), th(t('reportPdf.column.max')), ...expertHeadings(context, sheets), th(t('reportPdf.column.panel'))];
  const body = groups
    // A group of vetoes or prerequisites adds no points: its findings are in the leaf table below.
    .filter((group) => subtotals.some((totals) => (totals?.get(group.id) ?? null) !== null))
    .map((group): PdfTableCell[] => {
      const panel = report.result.indicators[group.id];
      return [
        group.id,
        { text: group.label, alignment: 'left' },
        group.points > 0 ? plainNumber(group.points) : '—',
        ...subtotals.map((totals) => {
          const sum = totals?.get(group.id);
          return sum === null || sum === undefined ? '' : pointsText(sum);
        }),
        panel === undefined ? '—' : pointsText(panel),
      ];
    });
  body.push(...totalRows(context, report, sheets, 3));
  return gridTable({ widths, header: [headingRow(title, widths.length), header], body, dense: true, centred: true });
}

/** The experts' points on a leaf: "3.5–5", "4" when all agree, "" when nobody scored. */
function rangeText(points: readonly number[]): string {
  if (points.length === 0) return '';
  const low = Math.min(...points);
  const high = Math.max(...points);
  return low === high ? pointsText(low) : `${pointsText(low)}–${pointsText(high)}`;
}

function leafTable(context: BuilderContext, report: ApplicationReport): PdfTableNode {
  const { t, model } = context;
  const scored = report.sheets.filter((sheet) => sheet.state === 'scored');
  const note = (leaf: LeafColumn, index: number): string => {
    if (leaf.kind !== 'veto' && leaf.kind !== 'prerequisite') return '';
    const found = scored.filter((sheet) => sheet.leaves[index]?.value === false).length;
    if (found === 0) return t('reportPdf.summary.allClear', { value: context.words(leaf, true) });
    return t(leaf.kind === 'veto' ? 'reportPdf.summary.vetoCount' : 'reportPdf.summary.unmetCount', { found, outOf: scored.length });
  };
  const columns = 6;
  const header = [t('reportPdf.column.id'), t('reportPdf.column.indicator'), t('reportPdf.column.max'), t('reportPdf.column.panel'), t('reportPdf.column.range'), t('reportPdf.column.notes')].map(th);
  const body = withGroupRows<PdfTableCell[]>(
    model.leaves,
    (leaf) => spanningRow({ text: groupLabel(leaf), style: 'group', alignment: 'left' }, columns),
    (leaf, index) => {
      const panel = report.result.indicators[leaf.id];
      const points = scored.flatMap((sheet) => {
        const value = sheet.leaves[index]?.points;
        return value === null || value === undefined ? [] : [value];
      });
      return [leaf.id, { text: leaf.name, alignment: 'left' }, maxPointsText(leaf), panel === undefined ? '—' : pointsText(panel), rangeText(points), { text: note(leaf, index), alignment: 'left' }];
    },
  );
  return gridTable({ widths: [24, '*', 28, 40, 52, 150], header: [headingRow(t('reportPdf.summary.leafFiguresHeading'), columns), header], body, dense: true, centred: true });
}

export function applicationGroupTables(context: BuilderContext, report: ApplicationReport, plan: ScoreTablePlan): PdfContent[] {
  const { t } = context;
  const groups = innermostGroups(context);
  const heading = t('reportPdf.summary.groupScoresHeading');
  return [
    { text: t('reportPdf.summary.groupsNote', { experts: report.sheets.length, leaves: context.model.leaves.length }), style: 'note' },
    ...plan.chunks.map((sheets, index) => groupTable(context, report, sheets, groups, partHeading(t, heading, index, plan.chunks.length))),
    leafTable(context, report),
  ];
}
