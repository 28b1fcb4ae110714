// 创建标准: the standard the session used — title, version, fingerprint, total and bonus cap — and its tree
// as a table, one row per leaf active in the session's stage with the names of the groups above it, its kind
// and the most points it gives (for a deduction, the most it takes off).
import { translate, type Locale, type MessageKey } from '../../i18n/translate';
import type { ReportModel } from '../report-model';
import { scoreText } from '../report-text';
import { LOOK } from './cell-styles';
import { numberCell, textCell, type CellSpec } from './safe-cell';
import { addTableSheet, filterTable, wrappedHeight, writeHeaderRow, writeLine, type SheetSpec, type TableColumn } from './sheet-layout';
import type { WorkbookSink } from './sheet-sink';
import { kindWord } from './workbook-words';

/** Title, version, fingerprint, total and bonus cap, a blank row; then the table. */
const STANDARD_HEADER_ROW = 6;
/** Width of the indicator name column, in characters; longer names wrap. */
const NAME_WIDTH = 40;

function standardSpec(locale: Locale, depth: number): SheetSpec {
  const column = (key: MessageKey, width: number): TableColumn => ({ header: translate(locale, key), width });
  return {
    name: translate(locale, 'reportWorkbook.sheet.standard'),
    headerRow: STANDARD_HEADER_ROW,
    landscape: false,
    columns: [
      ...Array.from({ length: depth }, (_, i) => ({ header: translate(locale, 'reportWorkbook.column.groupLevel', { level: i + 1 }), width: 26 })),
      column('reportWorkbook.column.indicatorId', 9),
      column('reportWorkbook.column.indicatorName', NAME_WIDTH),
      column('reportWorkbook.column.kind', 12),
      column('reportWorkbook.column.maxPoints', 9),
    ],
  };
}

export function writeStandardSheet(sink: WorkbookSink, locale: Locale, model: ReportModel): void {
  const depth = Math.max(0, ...model.leaves.map((leaf) => leaf.groupNames.length));
  const spec = standardSpec(locale, depth);
  const sheet = addTableSheet(sink, locale, model.facts, spec);
  const { standard } = model.facts;
  writeLine(sheet, standard.title, LOOK.title);
  writeLine(sheet, translate(locale, 'reportWorkbook.standard.version', { version: standard.version }));
  writeLine(sheet, translate(locale, 'reportWorkbook.standard.fingerprint', { fingerprint: standard.fingerprint }));
  writeLine(sheet, translate(locale, 'reportWorkbook.standard.points', { total: scoreText(model.maxTotal), bonusCap: scoreText(model.bonusCap) }));
  sheet.skip();
  writeHeaderRow(sheet, spec);
  const pointsOf = new Map(model.groups.map((g) => [g.id, g.points]));
  let lastRow = spec.headerRow;
  const groupText = (leaf: (typeof model.leaves)[number], level: number): string => {
    const name = leaf.groupNames[level];
    const id = leaf.groupIds[level];
    const points = id === undefined ? undefined : pointsOf.get(id);
    if (name === undefined) return '';
    return points ? translate(locale, 'reportWorkbook.standard.group', { name, points: String(points) }) : name;
  };
  for (const leaf of model.leaves) {
    const groups: CellSpec[] = Array.from({ length: depth }, (_, level) => textCell(groupText(leaf, level), LOOK.text));
    lastRow = sheet.row([
      ...groups,
      textCell(leaf.id, LOOK.text),
      textCell(leaf.name, LOOK.wrapped),
      textCell(kindWord(locale, leaf.kind), LOOK.text),
      numberCell(leaf.maxPoints, LOOK.score),
    ], wrappedHeight(leaf.name, NAME_WIDTH));
  }
  filterTable(sheet, spec, lastRow);
  sheet.end();
}
