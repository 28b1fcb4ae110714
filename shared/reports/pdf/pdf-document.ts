// The part of pdfmake's document definition the report builders use, declared here rather than imported:
// @types/pdfmake's interfaces.d.ts carries `/// <reference lib="dom" />` and `types="node"`, and importing
// it (even `import type`) would put the DOM and Node globals into every program that compiles shared/,
// silently lifting the "shared/ has no DOM and no Node" rule (DESIGN.md §1). These shapes are a strict
// subset of pdfmake's: test/reports/pdf/pdf-document-types.test.ts checks a PdfDocument is assignable to
// pdfmake's TDocumentDefinitions, so anything built here is a valid pdfmake document.
import type { PDF_FINGERPRINT_INFO_KEY, PDF_KIND_INFO_KEY } from '../report-files';

export type PdfAlignment = 'left' | 'right' | 'center' | 'justify';
export type PdfMargins = number | [number, number] | [number, number, number, number];
export type PdfOrientation = 'portrait' | 'landscape';

export interface PdfStyle {
  font?: string;
  fontSize?: number;
  lineHeight?: number;
  bold?: boolean;
  italics?: boolean;
  alignment?: PdfAlignment;
  color?: string;
  fillColor?: string;
  margin?: PdfMargins;
  characterSpacing?: number;
  /** Keep on one line; in an auto-width table column the column grows to fit instead. */
  noWrap?: boolean;
}

interface PdfNodeBase extends PdfStyle {
  /** Names of entries in the document's style dictionary; shared, so no style object is made per node. */
  style?: string | string[];
  pageBreak?: 'before' | 'after';
  unbreakable?: boolean;
}

/** Properties a node has when it is a table cell. */
export interface PdfCellProperties {
  colSpan?: number;
  rowSpan?: number;
  /** Left, top, right, bottom. */
  border?: [boolean, boolean, boolean, boolean];
}

export interface PdfText extends PdfNodeBase, PdfCellProperties {
  /** A string is printed as it is: pdfmake never interprets markup in it. */
  text: string | Array<string | PdfText>;
}

export interface PdfStack extends PdfNodeBase, PdfCellProperties {
  stack: PdfContent[];
}

export type PdfColumn = (PdfText | PdfStack) & { width?: number | 'auto' | '*' };

export interface PdfColumns extends PdfNodeBase {
  columns: PdfColumn[];
  columnGap?: number;
}

export type PdfTableCell = string | ((PdfText | PdfStack | PdfTableNode) & PdfCellProperties) | Record<string, never>;

export interface PdfTableLayout {
  hLineWidth?: (rowIndex: number) => number;
  vLineWidth?: (columnIndex: number) => number;
  hLineColor?: string | ((rowIndex: number) => string);
  vLineColor?: string | ((columnIndex: number) => string);
  paddingLeft?: (columnIndex: number) => number;
  paddingRight?: (columnIndex: number) => number;
  paddingTop?: (rowIndex: number) => number;
  paddingBottom?: (rowIndex: number) => number;
  fillColor?: string | ((rowIndex: number) => string | null);
}

export interface PdfTable {
  body: PdfTableCell[][];
  widths?: Array<number | 'auto' | '*'>;
  /** Least height of each row; content taller than it grows the row. */
  heights?: (rowIndex: number) => number | 'auto';
  headerRows?: number;
  dontBreakRows?: boolean;
  keepWithHeaderRows?: number;
}

export interface PdfTableNode extends PdfNodeBase {
  table: PdfTable;
  layout?: PdfTableLayout | 'noBorders' | 'lightHorizontalLines' | 'headerLineOnly';
}

export interface PdfCanvasRect {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  lineWidth?: number;
  lineColor?: string;
}

export interface PdfCanvasLine {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth?: number;
  lineColor?: string;
}

export interface PdfCanvas extends PdfNodeBase {
  canvas: Array<PdfCanvasRect | PdfCanvasLine>;
}

/** Starts a new page (unless the current one is empty) and may turn the pages it fills; root level only. */
export interface PdfSection {
  section: PdfContent;
  pageOrientation?: PdfOrientation;
  pageMargins?: PdfMargins;
}

export type PdfContent = string | PdfContent[] | PdfText | PdfStack | PdfColumns | PdfTableNode | PdfCanvas;

export interface PdfPageSize {
  width: number;
  height: number;
}

/** Header and footer are drawn per page; the page size lets them span a turned (landscape) page. */
export type PdfPageContent = (currentPage: number, pageCount: number, pageSize: PdfPageSize) => PdfContent;

export interface PdfInfo {
  /** Read back by verify-report (electron/reports/report-fingerprint-reader.ts). */
  [PDF_FINGERPRINT_INFO_KEY]: string;
  [PDF_KIND_INFO_KEY]: string;
  title: string;
  subject?: string;
  author?: string;
  keywords?: string;
  creator?: string;
  producer?: string;
  creationDate?: Date;
}

export interface PdfDocument {
  pageSize: 'A4';
  pageOrientation?: PdfOrientation;
  pageMargins: PdfMargins;
  /** Custom keys go into the information dictionary under their own names. */
  info: PdfInfo;
  header?: PdfPageContent;
  footer?: PdfPageContent;
  /** Sections each start a new page; plain content flows. */
  content: Array<PdfSection | PdfContent>;
  styles: Record<string, PdfStyle>;
  defaultStyle: PdfStyle;
  language?: string;
}
