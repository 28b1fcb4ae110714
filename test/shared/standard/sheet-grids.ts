// Building SheetGrids by hand for the importer tests: rows as arrays (index 0 is row 1, null is an empty
// cell), merges in A1 notation. Merged cells get the master's value and `mergedFrom`, as the xlsx reader
// produces them. `gridsOfStandard` lays a Standard out exactly as the xlsx writer does, without exceljs.
import type { Standard } from '../../../shared/standard/schema';
import type { SheetCell, SheetGrid, SheetRow, SheetValue } from '../../../shared/standard/sheet-grid';
import { renderIndicatorTable, renderSettings } from '../../../shared/standard/sheet-import/render';

export type CellInput = SheetValue | null | undefined;

function decode(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match || match[1] === undefined || match[2] === undefined) throw new Error(`bad address ${address}`);
  const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}

export function grid(name: string, rows: ReadonlyArray<ReadonlyArray<CellInput>>, merges: readonly string[] = []): SheetGrid {
  const cells = new Map<string, SheetCell & { row: number }>();
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      if (value !== null && value !== undefined) cells.set(`${r + 1}:${c + 1}`, { row: r + 1, column: c + 1, value });
    }),
  );
  for (const range of merges) {
    const [from, to] = range.split(':').map(decode);
    if (!from || !to) throw new Error(`bad range ${range}`);
    const master = cells.get(`${from.row}:${from.column}`);
    if (!master) continue;
    for (let row = from.row; row <= to.row; row += 1) {
      for (let column = from.column; column <= to.column; column += 1) {
        if (row === from.row && column === from.column) continue;
        cells.set(`${row}:${column}`, { row, column, value: master.value, mergedFrom: { row: from.row, column: from.column } });
      }
    }
  }
  const byRow = new Map<number, SheetRow>();
  for (const { row, ...cell } of cells.values()) {
    const sheetRow = byRow.get(row) ?? { number: row, cells: [] };
    sheetRow.cells.push(cell);
    byRow.set(row, sheetRow);
  }
  const sheetRows = [...byRow.values()].sort((a, b) => a.number - b.number);
  for (const row of sheetRows) row.cells.sort((a, b) => a.column - b.column);
  return { name, rows: sheetRows };
}

const letter = (column: number): string => {
  let rest = column;
  let out = '';
  while (rest > 0) {
    out = String.fromCharCode(65 + ((rest - 1) % 26)) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
};

/** The 指标 and 设置 sheets for `standard`, laid out like the xlsx template (title row, header row 2);
 * with `merged: false`, parent cells are typed once and left blank below, as in an unmerged table. */
export function gridsOfStandard(standard: Standard, { merged = true } = {}): SheetGrid[] {
  const table = renderIndicatorTable(standard);
  const width = table.columns.length;
  const indicatorRows: CellInput[][] = [[standard.title], table.columns.map((c) => c.header), ...table.rows];
  const merges = [
    `A1:${letter(width)}1`,
    ...(merged ? table.merges.map((m) => `${letter(m.column + 1)}${m.firstRow + 3}:${letter(m.column + 1)}${m.lastRow + 3}`) : []),
  ];
  const settingsRows: CellInput[][] = [
    ['创建标准设置'],
    ['项目', '内容', '填写说明'],
    ...renderSettings(standard).map((s) => [s.spec.label, s.value === '' ? null : s.value, s.spec.help]),
  ];
  return [grid('指标', indicatorRows, merges), grid('设置', settingsRows, ['A1:C1'])];
}
