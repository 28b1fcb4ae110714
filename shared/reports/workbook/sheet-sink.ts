// What the review workbook is written into. The sheets are described row by row — a row is a list of
// cells (safe-cell.ts), written top to bottom — and a sink turns them into a file: exceljs-sink.ts, over an
// in-memory ExcelJS.Workbook or exceljs' streaming WorkbookWriter. Rows are never revisited once written, so
// a streaming writer can serialise each at once: the bench's W2 has about 1.5 million detail rows, which must
// not all be held as exceljs cell objects at the same time.
// Everything a sheet needs before its first row is in SheetSetup, so a streaming sink can write its head at
// once; the autofilter may come at any time before `end`.
import type { CellSpec } from './safe-cell';

/** A4 in SpreadsheetML's paperSize codes; every sheet prints on A4, as wide as the page. */
export const PAPER_A4 = 9;
/** Page margins in inches. */
export const PAGE_MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

export interface SheetSetup {
  name: string;
  /** Column widths in Excel's character units, from column A. */
  columnWidths: readonly number[];
  /** Rows and columns kept in view when scrolling (the header row; rank and county). */
  frozenRows: number;
  frozenColumns: number;
  landscape: boolean;
  /** The row repeated at the top of every printed page. */
  printTitleRow: number;
  /** Header and footer in Excel's header/footer codes (&C centre, &P page…), already escaped. */
  header: string;
  footer: string;
}

export interface FilterRange {
  firstRow: number;
  lastRow: number;
  columns: number;
}

export interface SheetSink {
  /** The number of the row `row` writes next (1-based). */
  readonly nextRow: number;
  /** Writes the next row: cells from column A, null for none; returns its number. */
  row(cells: ReadonlyArray<CellSpec | null>, height?: number): number;
  /** Leaves rows empty. */
  skip(rows?: number): void;
  filter(range: FilterRange): void;
  /** No more rows: a streaming sink finishes the sheet (its tail and its zip entry). */
  end(): void;
}

export interface WorkbookProperties {
  creator: string;
  title: string;
  subject: string;
  keywords: string;
  /** ISO 8601. */
  created: string;
}

export interface WorkbookSink {
  properties(properties: WorkbookProperties): void;
  /** Sheets are added in tab order, each ended before the next is added. */
  addSheet(setup: SheetSetup): SheetSink;
}
