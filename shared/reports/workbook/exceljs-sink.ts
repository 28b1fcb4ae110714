// The review workbook into exceljs: either an in-memory ExcelJS.Workbook (buildReviewWorkbook: the demo and
// tests) or exceljs' streaming WorkbookWriter, which the desktop app writes with (electron/reports/
// review-workbook-stream.ts). Only the API both share is used — addWorksheet, getRow, cell values and
// styles, autoFilter — plus, for the streaming writer, committing each row once written and each sheet at
// its end, so they go to the zip and leave memory (the in-memory Worksheet has no commit to call).
import type { Borders, Fill, Font, Row, Style, Workbook, Worksheet } from 'exceljs';
import type { Look } from './cell-styles';
import type { CellSpec } from './safe-cell';
import { PAGE_MARGINS, PAPER_A4, type SheetSetup, type SheetSink, type WorkbookSink } from './sheet-sink';

const THIN = { style: 'thin', color: { argb: 'FF999999' } } as const;
const BORDERS: Record<NonNullable<Look['border']>, Partial<Borders>> = {
  box: { top: THIN, left: THIN, bottom: THIN, right: THIN },
  cutLine: { bottom: { style: 'medium', color: { argb: 'FFC00000' } } },
};

// One exceljs style object per look, so exceljs recognises it by identity instead of serialising it per cell.
const styles = new WeakMap<Look, Partial<Style>>();

function excelStyle(look: Look): Partial<Style> {
  const known = styles.get(look);
  if (known) return known;
  const font: Partial<Font> = {
    ...(look.bold ? { bold: true } : {}),
    ...(look.size ? { size: look.size } : {}),
    ...(look.strike ? { strike: true } : {}),
    ...(look.color ? { color: { argb: look.color } } : {}),
  };
  const fill: Fill | undefined = look.fill ? { type: 'pattern', pattern: 'solid', fgColor: { argb: look.fill } } : undefined;
  const alignment = {
    ...(look.horizontal ? { horizontal: look.horizontal } : {}),
    ...(look.vertical ? { vertical: look.vertical } : {}),
    ...(look.wrap ? { wrapText: true } : {}),
  };
  const style: Partial<Style> = {
    numFmt: look.numFmt,
    ...(Object.keys(font).length > 0 ? { font } : {}),
    ...(fill ? { fill } : {}),
    ...(look.border ? { border: BORDERS[look.border] } : {}),
    ...(Object.keys(alignment).length > 0 ? { alignment } : {}),
  };
  styles.set(look, style);
  return style;
}

function putCell(row: Row, column: number, spec: CellSpec): void {
  const cell = row.getCell(column);
  cell.style = excelStyle(spec.look);
  switch (spec.kind) {
    case 'text':
      cell.value = spec.text;
      break;
    case 'number':
      cell.value = spec.value;
      break;
    case 'formula':
      cell.value = { formula: spec.formula.text, result: spec.formula.result };
      break;
    case 'blank':
      break;
  }
}

export interface ExceljsSinkOptions {
  /** The workbook is exceljs' streaming WorkbookWriter: commit rows and sheets as they are finished. */
  streaming: boolean;
}

class ExceljsSheet implements SheetSink {
  private next = 1;

  constructor(
    private readonly sheet: Worksheet,
    private readonly streaming: boolean,
  ) {}

  get nextRow(): number {
    return this.next;
  }

  row(cells: ReadonlyArray<CellSpec | null>, height?: number): number {
    const number = this.next;
    const row = this.sheet.getRow(number);
    if (height !== undefined) row.height = height;
    cells.forEach((spec, index) => {
      if (spec) putCell(row, index + 1, spec);
    });
    // Rows are written top to bottom and never touched again: the streaming writer can serialise this one now.
    if (this.streaming) row.commit();
    this.next += 1;
    return number;
  }

  skip(rows = 1): void {
    this.next += rows;
  }

  filter(range: { firstRow: number; lastRow: number; columns: number }): void {
    this.sheet.autoFilter = { from: { row: range.firstRow, column: 1 }, to: { row: range.lastRow, column: range.columns } };
  }

  end(): void {
    // The streaming writer writes the sheet's tail (autofilter, print setup…) and ends its zip entry; in
    // memory there is nothing to finish.
    if (this.streaming) this.sheet.commit();
  }
}

export function exceljsSink(workbook: Workbook, options: ExceljsSinkOptions): WorkbookSink {
  return {
    properties: (properties) => {
      workbook.creator = properties.creator;
      workbook.lastModifiedBy = properties.creator;
      workbook.title = properties.title;
      workbook.subject = properties.subject;
      workbook.keywords = properties.keywords;
      workbook.created = new Date(properties.created);
      workbook.modified = new Date(properties.created);
    },
    addSheet: (setup: SheetSetup) => {
      const sheet = workbook.addWorksheet(setup.name, {
        views: [{ state: 'frozen', xSplit: setup.frozenColumns, ySplit: setup.frozenRows }],
        pageSetup: {
          paperSize: PAPER_A4,
          orientation: setup.landscape ? 'landscape' : 'portrait',
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          printTitlesRow: `${setup.printTitleRow}:${setup.printTitleRow}`,
          margins: { ...PAGE_MARGINS },
        },
        headerFooter: { oddHeader: setup.header, oddFooter: setup.footer },
      });
      sheet.columns = setup.columnWidths.map((width) => ({ width }));
      return new ExceljsSheet(sheet, options.streaming);
    },
  };
}
