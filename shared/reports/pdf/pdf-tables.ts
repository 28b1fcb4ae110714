// Table shapes the reports repeat: label–value facts, a gridded table whose header repeats on every page,
// and rows that span the whole width (a group of indicators, the cut line). Cells stay plain strings where
// they can; styling goes by style name on the table or the row, not per cell.
import type { PdfCellProperties, PdfStack, PdfTableCell, PdfTableLayout, PdfTableNode, PdfText } from './pdf-document';
import { DENSE_GRID, FACTS, GRID } from './pdf-styles';

export type Fact = [label: string, value: string | PdfText | PdfStack];

export function factsTable(facts: readonly Fact[]): PdfTableNode {
  return {
    table: { widths: ['auto', '*'], body: facts.map(([label, value]) => [{ text: label, style: 'label' }, value]) },
    layout: FACTS,
    margin: [0, 0, 0, 8],
  };
}

/** Facts two pairs to a row, where a page should keep room for the table that follows. */
export function factsGrid(facts: readonly Fact[]): PdfTableNode {
  const body: PdfTableCell[][] = [];
  for (let i = 0; i < facts.length; i += 2) {
    const row: PdfTableCell[] = [];
    for (const fact of facts.slice(i, i + 2)) row.push({ text: fact[0], style: 'label' }, fact[1]);
    while (row.length < 4) row.push('');
    body.push(row);
  }
  return { table: { widths: ['auto', '*', 'auto', '*'], body }, layout: FACTS, margin: [0, 0, 0, 8] };
}

export const th = (text: string): PdfText => ({ text, style: 'th' });

export interface GridTableOptions {
  widths: Array<number | 'auto' | '*'>;
  /** One or more header rows, repeated on every page the table runs onto. */
  header: PdfTableCell[][];
  body: PdfTableCell[][];
  /** Small type and tight padding for tables of many columns. */
  dense?: boolean;
  layout?: PdfTableLayout;
  /** Centre every cell (number columns); cells that should not be centred say so themselves. */
  centred?: boolean;
}

export function gridTable(options: GridTableOptions): PdfTableNode {
  // One style name per table: pdfmake looks every property of every cell up through the style stack.
  const style = `${options.dense ? 'denseTable' : 'table'}${options.centred ? 'Centred' : ''}`;
  return {
    table: {
      widths: options.widths,
      headerRows: options.header.length,
      // A heading row alone at the foot of a page reads as a table with nothing in it.
      keepWithHeaderRows: options.body.length > 0 ? 1 : 0,
      body: [...options.header, ...options.body],
    },
    layout: options.layout ?? (options.dense ? DENSE_GRID : GRID),
    style,
    margin: [0, 2, 0, 8],
  };
}

/** A row whose one cell spans `columns` columns. */
export function spanningRow(cell: PdfText | PdfStack, columns: number): PdfTableCell[] {
  const first: (PdfText | PdfStack) & PdfCellProperties = { ...cell, colSpan: columns };
  const rest: PdfTableCell[] = Array.from({ length: columns - 1 }, () => ({}));
  return [first, ...rest];
}

/**
 * A heading as the table's first header row: it repeats on every page the table runs onto and can never be
 * left alone at the foot of a page, as a heading paragraph before the table could.
 */
export function headingRow(text: string, columns: number, style = 'h2'): PdfTableCell[] {
  return spanningRow({ text, style: [style, 'tableHeading'], border: [false, false, false, true] }, columns);
}
