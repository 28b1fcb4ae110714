// What every sheet of the review workbook has: a frozen header row, an autofilter over its table, widths,
// A4 print setup as wide as the page with the header row repeated, and the session in the printed header and
// the data fingerprint and page numbers in the footer.
import { translate, type Locale } from '../../i18n/translate';
import type { ReportFacts } from '../report-model';
import { LOOK, type TextLook } from './cell-styles';
import { textCell } from './safe-cell';
import type { SheetSink, WorkbookSink } from './sheet-sink';

export interface TableColumn {
  header: string;
  /** In Excel's character widths. */
  width: number;
}

export interface SheetSpec {
  name: string;
  columns: readonly TableColumn[];
  /** The table's header row; rows above it hold a title and facts. */
  headerRow: number;
  landscape: boolean;
  /** Columns kept in view when scrolling right (e.g. rank and county). */
  frozenColumns?: number;
  /** Height of the header row in points (taller when headers wrap, e.g. expert names). */
  headerHeight?: number;
}

/** Excel refuses headers and footers longer than 255 characters; the session name is the only long part. */
const MAX_HEADER_NAME = 80;

/** In header and footer codes `&` starts a command (&P page, &N pages, &12 font size…): a literal one is `&&`. */
function headerText(text: string): string {
  const short = text.length > MAX_HEADER_NAME ? `${text.slice(0, MAX_HEADER_NAME - 1)}…` : text;
  return short.replaceAll('&', '&&');
}

/** What a sheet's printed header and footer name: the workbook's title (the session, or the programme) and its data. */
export interface SheetHeading {
  title: string;
  dataFingerprint: string;
}

function headerFooter(locale: Locale, heading: SheetHeading, sheetName: string): { header: string; footer: string } {
  const fingerprint = translate(locale, 'reportWorkbook.footer.fingerprint', { fingerprint: heading.dataFingerprint });
  // The page placeholders are header codes, put in after escaping so they are not doubled.
  const page = headerText(translate(locale, 'reportWorkbook.footer.page', { page: '\u0000P', pages: '\u0000N' })).replaceAll('\u0000', '&');
  return { header: `&C${headerText(`${heading.title} · ${sheetName}`)}`, footer: `&L${headerText(fingerprint)}&R${page}` };
}

/** Adds a sheet with its views, widths and print setup under `heading`; rows above `headerRow` are the caller's. */
export function addHeadedSheet(sink: WorkbookSink, locale: Locale, heading: SheetHeading, spec: SheetSpec): SheetSink {
  return sink.addSheet({
    name: spec.name,
    columnWidths: spec.columns.map((column) => column.width),
    frozenRows: spec.headerRow,
    frozenColumns: spec.frozenColumns ?? 0,
    landscape: spec.landscape,
    printTitleRow: spec.headerRow,
    ...headerFooter(locale, heading, spec.name),
  });
}

/** A review workbook's sheet, headed with its session. */
export function addTableSheet(sink: WorkbookSink, locale: Locale, facts: ReportFacts, spec: SheetSpec): SheetSink {
  return addHeadedSheet(sink, locale, { title: facts.sessionName, dataFingerprint: facts.dataFingerprint }, spec);
}

/** The header row of the table; call when the sheet is at `spec.headerRow`. */
export function writeHeaderRow(sheet: SheetSink, spec: SheetSpec): void {
  if (sheet.nextRow !== spec.headerRow) throw new Error(`header row of ${spec.name} written at row ${sheet.nextRow}`);
  sheet.row(
    spec.columns.map((column) => textCell(column.header, LOOK.header)),
    spec.headerHeight ?? 30,
  );
}

/** The autofilter over the header row and the table rows below it, up to `lastRow`. */
export function filterTable(sheet: SheetSink, spec: SheetSpec, lastRow: number): void {
  sheet.filter({ firstRow: spec.headerRow, lastRow: Math.max(spec.headerRow, lastRow), columns: spec.columns.length });
}

/** A line of text above or below a table (title, facts, notes). */
export function writeLine(sheet: SheetSink, text: string, look: TextLook = LOOK.text): number {
  return sheet.row([textCell(text, look)]);
}

/**
 * The height a row needs for wrapped text in a column of `width` characters: Excel does not grow rows for
 * wrapped text when it opens a file, so the writer must. A CJK character counts as two width units, as in Excel.
 */
export function wrappedHeight(text: string, width: number): number {
  const units = (line: string): number => [...line].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1), 0);
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(units(line) / Math.max(1, width - 1))), 0);
  return Math.min(409, 15 * Math.max(1, lines) + 3);
}
