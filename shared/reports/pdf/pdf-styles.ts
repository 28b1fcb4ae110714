// The look every PDF report shares: one CJK font, a line height that gives Chinese room to breathe, a few
// named styles, and the table layouts. Nodes refer to styles by name, so a table of 60 000 cells carries
// strings and a style name, never an object per cell.
import type { PdfStyle, PdfTableLayout } from './pdf-document';

/** The font family name renderers register (electron/reports/render-pdf.ts: Noto Sans SC). */
export const PDF_FONT = 'NotoSansSC';

/** Left, top, right, bottom, in points: about 2 cm at the sides, room for the header and two footer lines. */
export const PAGE_MARGINS: [number, number, number, number] = [50, 58, 50, 62];
/** Turned pages hold the widest tables: narrower margins give them the room (header and footer still fit). */
export const LANDSCAPE_MARGINS: [number, number, number, number] = [36, 50, 36, 52];

export const COLOR = {
  text: '#1a1a1a',
  muted: '#5c5c5c',
  rule: '#9a9a9a',
  lightRule: '#cfcfcf',
  headerFill: '#e9edf2',
  groupFill: '#f4f6f8',
  warning: '#9c2a00',
  warningFill: '#fff1e8',
  cutLine: '#c0392b',
} as const;

export const PDF_STYLES: Record<string, PdfStyle> = {
  reportTitle: { fontSize: 20, bold: true, alignment: 'center', margin: [0, 4, 0, 6] },
  reportSubtitle: { fontSize: 12, alignment: 'center', margin: [0, 0, 0, 14] },
  h1: { fontSize: 15, bold: true, margin: [0, 0, 0, 6] },
  h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 5] },
  h3: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
  paragraph: { margin: [0, 0, 0, 5] },
  note: { fontSize: 8.5, color: COLOR.muted, margin: [0, 2, 0, 4] },
  muted: { color: COLOR.muted },
  warning: { color: COLOR.warning, bold: true },
  /** Labels of facts tables: short, never broken across lines. */
  label: { color: COLOR.muted, noWrap: true },
  th: { bold: true, fillColor: COLOR.headerFill },
  /** A heading inside a table's header rows: no fill, the table's own margin above it. */
  tableHeading: { margin: [0, 0, 0, 1], fillColor: '#ffffff', alignment: 'left' },
  group: { bold: true, fillColor: COLOR.groupFill },
  num: { alignment: 'right' },
  center: { alignment: 'center' },
  /** Tables of many rows: smaller and tighter than running text. */
  table: { fontSize: 9, lineHeight: 1.25 },
  tableCentred: { fontSize: 9, lineHeight: 1.25, alignment: 'center' },
  denseTable: { fontSize: 7.5, lineHeight: 1.1 },
  denseTableCentred: { fontSize: 7.5, lineHeight: 1.1, alignment: 'center' },
  fingerprint: { fontSize: 8, characterSpacing: 0.2 },
  pageHeader: { fontSize: 8, color: COLOR.muted },
  pageFooter: { fontSize: 7, color: COLOR.muted, lineHeight: 1.25 },
  signatureLabel: { fontSize: 10.5 },
};

export const DEFAULT_STYLE: PdfStyle = { font: PDF_FONT, fontSize: 10, lineHeight: 1.35, color: COLOR.text };

/** Thin grey grid: what a printed score table looks like. */
export const GRID: PdfTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: COLOR.rule,
  vLineColor: COLOR.rule,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** The same grid with less padding, for tables of many narrow columns. */
export const DENSE_GRID: PdfTableLayout = {
  ...GRID,
  paddingLeft: () => 2,
  paddingRight: () => 2,
  paddingTop: () => 1.5,
  paddingBottom: () => 0.5,
};

/** Label–value pairs without a grid. */
export const FACTS: PdfTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  // Label and value 6 pt apart; a second label–value pair on the row (factsGrid) 18 pt from the first.
  paddingLeft: (i) => (i === 0 ? 0 : i % 2 === 0 ? 18 : 6),
  paddingRight: () => 0,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};
