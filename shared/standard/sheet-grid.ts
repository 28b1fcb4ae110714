// A worksheet as a spreadsheet reader hands it to the pure importers: plain data, no library types, so
// shared/ can interpret sheets without knowing how the file was parsed (exceljs today, anything tomorrow).
// Values are already normalised: text trimmed (and `\r\n` → `\n`), rich text flattened, formulas replaced
// by their cached result, dates as ISO strings, whitespace-only cells dropped.

export type SheetValue = string | number | boolean;

export interface SheetCell {
  /** 1-based column number (A = 1). */
  column: number;
  value: SheetValue;
  /** Present on the other cells of a merged range: they carry the master cell's value, and this says where
   * the master is, so an importer can tell "typed here" from "merged down from row 3". */
  mergedFrom?: { row: number; column: number };
}

export interface SheetRow {
  /** 1-based row number as the spreadsheet shows it, so messages can say "第12行". */
  number: number;
  /** Non-empty cells only, in column order. */
  cells: SheetCell[];
}

export interface SheetGrid {
  name: string;
  /** Rows with at least one cell, in row order; blank rows are simply absent. */
  rows: SheetRow[];
}

export function cellAt(row: SheetRow, column: number): SheetCell | undefined {
  return row.cells.find((cell) => cell.column === column);
}

/** 1 → A, 27 → AA: how people name columns, for `where` in problems. */
export function columnLetter(column: number): string {
  let rest = column;
  let letters = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** `指标!G12`: where a cell is, in the notation Excel and WPS users type into the name box. */
export function cellAddress(sheet: string, row: number, column: number): string {
  return `${sheet}!${columnLetter(column)}${row}`;
}
