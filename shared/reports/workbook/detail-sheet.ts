// 评分明细, the long table: one row per scored sheet × leaf (value as the expert gave it, in words, and the
// points it adds to the sheet's total), then one row with the sheet's opinion and recommendation; a recused,
// missing or invalid sheet is one row saying so (with the recusal reason). Sorted by application, expert and
// leaf, and spread over as many sheets (评分明细, 评分明细（2）, …) exactly as detail-layout.ts laid it out,
// which the summary sheet's formulas rely on.
import { translate, type Locale, type MessageKey } from '../../i18n/translate';
import { RECOMMENDATIONS, type LeafValue, type Opinion } from '../../scoring/score-sheet';
import type { ReportModel } from '../report-model';
import { leafValueText } from '../report-text';
import { LOOK } from './cell-styles';
import { DETAIL_COLUMN, DETAIL_COLUMN_COUNT, DETAIL_HEADER_ROW, detailRowCount, type DetailBlock, type DetailLayout } from './detail-layout';
import { numberCell, textCell, type CellSpec } from './safe-cell';
import { addTableSheet, filterTable, writeHeaderRow, type SheetSpec } from './sheet-layout';
import type { SheetSink, WorkbookSink } from './sheet-sink';
import { kindWord, listText, recommendationWord, stateWord } from './workbook-words';

/** Rows between pauses: often enough for a streaming writer to keep up and progress to move, seldom enough to cost nothing. */
const ROWS_PER_STEP = 2_000;

type Recommendation = (typeof RECOMMENDATIONS)[number];
const isRecommendation = (value: string | undefined): value is Recommendation => (RECOMMENDATIONS as readonly string[]).includes(value ?? '');

/** The name of the index-th detail sheet (0-based), which the summary's formulas refer to: 评分明细, 评分明细（2）, … */
export const detailSheetName = (locale: Locale, index: number): string =>
  index === 0 ? translate(locale, 'reportWorkbook.sheet.details') : translate(locale, 'reportWorkbook.sheet.detailsPart', { part: index + 1 });

function detailSpec(locale: Locale, name: string): SheetSpec {
  const column = (key: MessageKey, width: number) => ({ header: translate(locale, key), width });
  return {
    name,
    headerRow: DETAIL_HEADER_ROW,
    landscape: true,
    columns: [
      column('reportWorkbook.column.applicationId', 10),
      column('reportWorkbook.column.county', 14),
      column('reportWorkbook.column.expertId', 9),
      column('reportWorkbook.column.expertName', 12),
      column('reportWorkbook.column.indicatorId', 9),
      column('reportWorkbook.column.indicatorName', 32),
      column('reportWorkbook.column.kind', 12),
      column('reportWorkbook.column.value', 12),
      column('reportWorkbook.column.points', 9),
      column('reportWorkbook.column.comment', 48),
    ],
  };
}

function opinionText(locale: Locale, opinion: Opinion | null): string {
  if (!opinion) return '';
  const parts = [
    ['reportWorkbook.opinion.strengths', opinion.strengths],
    ['reportWorkbook.opinion.problems', opinion.problems],
    ['reportWorkbook.opinion.suggestions', opinion.suggestions],
  ] as const;
  // On one line: a table row shows one line per cell.
  return listText(
    locale,
    parts.filter(([, text]) => text.trim() !== '').map(([key, text]) => translate(locale, key, { text })),
  );
}

/** The same few words come back on hundreds of thousands of rows: each is translated and made a cell once. */
function cached<V>(make: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = make(key);
      known.set(key, value);
    }
    return value;
  };
}

/**
 * Writes the detail sheets, pausing every ROWS_PER_STEP rows to yield the fraction of them written so far:
 * a streaming writer uses the pauses to let its output drain and to report progress.
 */
export function* writeDetailSheets(sink: WorkbookSink, locale: Locale, model: ReportModel, layout: DetailLayout): Generator<number, void, void> {
  // Cells that repeat (ids, names, words, values) are made once and shared by every row that shows them;
  // a writer may then also serialise each once.
  const text = cached((value) => textCell(value, LOOK.text));
  const nameOf = new Map(model.experts.map((e) => [e.expert.id, e.expert.name]));
  // A scored sheet's leaves are aligned with model.leaves, so per-leaf cells go by index.
  const leafCells = model.leaves.map((leaf) => ({
    leaf,
    id: text(leaf.id),
    name: text(leaf.name),
    kind: text(kindWord(locale, leaf.kind)),
    // Keyed by the value itself: 1, true and a tier named "1" are different keys.
    values: new Map<LeafValue | null, CellSpec>(),
  }));
  const opinionLabel = text(translate(locale, 'reportWorkbook.detail.opinion'));
  // Points repeat as much as words do (steps of 0.5 or 0.25 on a few dozen leaves).
  const pointsCells = new Map<number, CellSpec>();
  const pointsCell = (points: number): CellSpec => {
    let cell = pointsCells.get(points);
    if (cell === undefined) {
      cell = numberCell(points, LOOK.score);
      pointsCells.set(points, cell);
    }
    return cell;
  };

  const writeBlock = (sheet: SheetSink, { application, record, firstRow }: DetailBlock): void => {
    // The summary's formulas point at rows detail-layout.ts computed; a drift would silently sum the wrong rows.
    if (sheet.nextRow !== firstRow) throw new Error(`detail rows of ${record.applicationId}/${record.expertId} do not start where laid out`);
    const county = application.application.countyName;
    const lead = [text(record.applicationId), text(county), text(record.expertId), text(nameOf.get(record.expertId) ?? '')];
    // A row starts with the lead cells; blank cells are left out altogether (null): on this sheet they are
    // most of some columns (comments, the points of veto and prerequisite leaves), and every cell costs time.
    const put = (cells: Array<CellSpec | null>, column: number, cell: CellSpec): void => {
      cells[column - 1] = cell.kind === 'blank' ? null : cell;
    };
    const newRow = (): Array<CellSpec | null> => {
      const cells = new Array<CellSpec | null>(DETAIL_COLUMN_COUNT).fill(null);
      lead.forEach((cell, i) => put(cells, i + 1, cell));
      return cells;
    };
    if (record.state !== 'scored') {
      const cells = newRow();
      put(cells, DETAIL_COLUMN.kind, text(stateWord(locale, record.state)));
      put(cells, DETAIL_COLUMN.comment, textCell(record.recusalReason ?? '', LOOK.text));
      sheet.row(cells);
    } else {
      record.leaves.forEach((entry, index) => {
        const cells = newRow();
        const known = leafCells[index];
        const perLeaf = known && known.leaf.id === entry.leafId ? known : undefined;
        put(cells, DETAIL_COLUMN.indicatorId, perLeaf?.id ?? text(entry.leafId));
        if (perLeaf) {
          put(cells, DETAIL_COLUMN.indicatorName, perLeaf.name);
          put(cells, DETAIL_COLUMN.kind, perLeaf.kind);
          let value = perLeaf.values.get(entry.value);
          if (value === undefined) {
            value = textCell(leafValueText(locale, perLeaf.leaf.kind, entry.value), LOOK.text);
            perLeaf.values.set(entry.value, value);
          }
          put(cells, DETAIL_COLUMN.value, value);
        }
        if (entry.points !== null) put(cells, DETAIL_COLUMN.points, pointsCell(entry.points));
        if (entry.comment !== '') put(cells, DETAIL_COLUMN.comment, textCell(entry.comment, LOOK.text));
        sheet.row(cells);
      });
      const cells = newRow();
      const recommendation = record.recommendation;
      put(cells, DETAIL_COLUMN.indicatorName, opinionLabel);
      put(cells, DETAIL_COLUMN.value, text(isRecommendation(recommendation) ? recommendationWord(locale, recommendation) : (recommendation ?? '')));
      put(cells, DETAIL_COLUMN.comment, textCell(opinionText(locale, record.opinion), LOOK.text));
      sheet.row(cells);
    }
    if (sheet.nextRow - firstRow !== detailRowCount(record)) throw new Error(`detail rows of ${record.applicationId}/${record.expertId} do not match the layout`);
  };

  let written = 0;
  let sincePause = 0;
  for (const part of layout.parts) {
    const spec = detailSpec(locale, part.name);
    const sheet = addTableSheet(sink, locale, model.facts, spec);
    writeHeaderRow(sheet, spec);
    for (const block of part.blocks) {
      writeBlock(sheet, block);
      const rows = detailRowCount(block.record);
      written += rows;
      sincePause += rows;
      if (sincePause >= ROWS_PER_STEP) {
        sincePause = 0;
        yield written / Math.max(1, layout.totalRows);
      }
    }
    filterTable(sheet, spec, sheet.nextRow - 1);
    sheet.end();
  }
}
