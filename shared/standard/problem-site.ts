// Where in the spreadsheet a standard's problem is, for a list the office reads beside the open workbook
// ("第 12 行（C 列）"). The importer records a cell as `指标!C12` (sheet-grid.ts, cellAddress) and passes the
// sheet as a parameter of sheet-wide findings; the semantic checks name an indicator id or a settings field,
// which the workbook's sites (sheet-import/sites.ts) turn into the row that holds it. Anything else (a JSON
// file's path, "(file)") has no row, and is shown without one.
import type { Problem } from '../problems';
import { columnLetter } from './sheet-grid';
import type { SheetSites } from './sheet-import/sites';

export interface ProblemSite {
  sheet?: string;
  row?: number;
  /** Column letter(s), as Excel and WPS show them. */
  column?: string;
}

const CELL_ADDRESS = /^(.+)!([A-Z]{1,3})([1-9]\d{0,6})$/;

export function problemSite(problem: Problem, sites?: SheetSites): ProblemSite {
  const cell = CELL_ADDRESS.exec(problem.where);
  if (cell) {
    const [, sheet = '', column = '', row = ''] = cell;
    return { sheet, row: Number(row), column };
  }
  // A settings field first: `tieBreak` may carry the id it names, but the mistake is in the settings row.
  const place = sites?.setting(problem.where) ?? sites?.indicator(problem.where);
  if (place) return { sheet: place.sheet, row: place.row, column: columnLetter(place.column) };
  const { sheet } = problem.params;
  return typeof sheet === 'string' && sheet !== '' ? { sheet } : {};
}

/** Rows first, sheet by sheet in the order the findings name them, each down its rows (as the clerk goes
 * through the workbook); then what has no row, in the order found. */
export function bySite<T extends ProblemSite>(items: readonly T[]): T[] {
  const sheetRank = new Map<string, number>();
  for (const item of items) if (item.row !== undefined && !sheetRank.has(item.sheet ?? '')) sheetRank.set(item.sheet ?? '', sheetRank.size);
  const key = (item: T, index: number): [number, number, number] =>
    item.row === undefined ? [Infinity, 0, index] : [sheetRank.get(item.sheet ?? '') ?? 0, item.row, index];
  return items
    .map((item, index) => ({ item, key: key(item, index) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2])
    .map(({ item }) => item);
}
