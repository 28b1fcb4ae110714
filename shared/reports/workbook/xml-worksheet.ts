// A worksheet's XML for the XML writer, in the three pieces a stream needs: the head (sheet properties,
// frozen panes, column widths — everything before the first row), one row at a time, and the tail
// (autofilter, margins, A4 page setup, header and footer), in the element order SpreadsheetML requires.
// Text is written as shared strings (`t="s"`), never with an `<f>`: only FormulaCells have one.
import { columnLetter } from './formulas';
import type { CellSpec } from './safe-cell';
import { PAGE_MARGINS, PAPER_A4, type FilterRange, type SheetSetup } from './sheet-sink';
import type { SharedStrings } from './xml-shared-strings';
import type { StyleTable } from './xml-styles';
import { xmlText } from './xml-text';

const WORKSHEET_NAMESPACES =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function paneXml(setup: SheetSetup): string {
  const { frozenRows: rows, frozenColumns: columns } = setup;
  if (rows === 0 && columns === 0) return '';
  const topLeft = `${columnLetter(columns + 1)}${rows + 1}`;
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  return (
    `<pane${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

export function worksheetHead(setup: SheetSetup, selected: boolean): string {
  const cols = setup.columnWidths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet ${WORKSHEET_NAMESPACES}>` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${paneXml(setup)}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    '<sheetData>'
  );
}

const letters: string[] = [];
const letterOf = (column: number): string => (letters[column] ??= columnLetter(column));

/**
 * Turns cells into `<c>` elements for one workbook (its style table and shared strings). Text goes into the
 * shared-string table (`t="s"`): the detail sheet repeats the same ids, names and words on hundreds of
 * thousands of rows, and an index is a fraction of the bytes to write, checksum and deflate. A cell object
 * the builder shares between rows is serialised once: everything after its reference is kept and reused.
 */
export class CellXmlWriter {
  private readonly known = new WeakMap<CellSpec, string>();

  constructor(
    private readonly styles: StyleTable,
    private readonly strings: SharedStrings,
  ) {}

  row(rowNumber: number, cells: ReadonlyArray<CellSpec | null>, height?: number): string {
    let xml = `<row r="${rowNumber}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>`;
    for (let index = 0; index < cells.length; index += 1) {
      const cell = cells[index];
      if (cell) xml += `<c r="${letterOf(index + 1)}${rowNumber}"${this.rest(cell)}`;
    }
    return `${xml}</row>`;
  }

  /** The element after `<c r="…"`. */
  private rest(cell: CellSpec): string {
    const known = this.known.get(cell);
    if (known !== undefined) return known;
    const made = this.serialise(cell);
    this.known.set(cell, made);
    return made;
  }

  private serialise(cell: CellSpec): string {
    const s = this.styles.indexOf(cell.look);
    switch (cell.kind) {
      case 'text':
        return ` s="${s}" t="s"><v>${this.strings.indexOf(cell.text)}</v></c>`;
      case 'number':
        return ` s="${s}"><v>${cell.value}</v></c>`;
      case 'formula':
        return ` s="${s}"><f>${xmlText(cell.formula.text)}</f><v>${cell.formula.result}</v></c>`;
      case 'blank':
        return ` s="${s}"/>`;
    }
  }
}

/** The A1 reference of a filter range ("A6:T18"). */
const filterReference = (range: FilterRange): string => `A${range.firstRow}:${columnLetter(range.columns)}${range.lastRow}`;

export function worksheetTail(setup: SheetSetup, filter: FilterRange | null): string {
  const m = PAGE_MARGINS;
  return (
    '</sheetData>' +
    (filter ? `<autoFilter ref="${filterReference(filter)}"/>` : '') +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${PAPER_A4}" orientation="${setup.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddHeader>${xmlText(setup.header)}</oddHeader><oddFooter>${xmlText(setup.footer)}</oddFooter></headerFooter>` +
    '</worksheet>'
  );
}
