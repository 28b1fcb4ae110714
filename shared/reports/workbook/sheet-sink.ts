// What the review workbook is written into. The sheets are described row by row — a row is a list of
// cells (safe-cell.ts), written top to bottom — and a sink turns them into a file: the exceljs adapter
// (exceljs-sink.ts) into an in-memory ExcelJS.Workbook, the XML writer (xml-sink.ts) straight into the
// sheets' XML, which the desktop app streams into the zip. The second exists for size: the bench's W2 has
// hundreds of thousands of detail rows, and exceljs' cell objects take several times as long (and, in
// memory, gigabytes) where writing the XML takes seconds.
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
  /** No more rows: a streaming sink finishes the sheet's XML. */
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
