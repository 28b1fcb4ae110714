// Reading an .xlsx file into plain SheetGrids for the pure importers in shared/. Everything that depends on
// how Excel stores things (merged ranges, rich text, formulas, dates) is resolved here, so shared/ sees
// only values. Never throws on bad input: a wrong or broken file becomes a Problem.
import ExcelJS, { type Cell, type CellValue, type Workbook, type Worksheet } from 'exceljs';
import { error, type Problem } from '../../shared/problems';
import type { SheetCell, SheetGrid, SheetRow, SheetValue } from '../../shared/standard/sheet-grid';

export interface SheetsReadResult {
  sheets: SheetGrid[];
  problems: Problem[];
}

/** A creation standard is a few hundred rows; anything far larger is not one (and is not worth inflating). */
export const MAX_XLSX_BYTES = 20 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: Excel 97-2003 .xls (and old .doc), which exceljs cannot read. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

export async function readXlsxSheets(bytes: Uint8Array): Promise<SheetsReadResult> {
  const refuse = (problem: Problem): SheetsReadResult => ({ sheets: [], problems: [problem] });
  if (bytes.byteLength > MAX_XLSX_BYTES) {
    const mb = (n: number): number => Math.round((n / 1024 / 1024) * 10) / 10;
    return refuse(error('excel.file.tooLarge', '(file)', { size: mb(bytes.byteLength), limit: mb(MAX_XLSX_BYTES) }));
  }
  if (startsWith(bytes, OLE2_MAGIC)) return refuse(error('excel.file.xls', '(file)'));
  if (!startsWith(bytes, ZIP_MAGIC)) return refuse(error('excel.file.notXlsx', '(file)'));

  let workbook: Workbook;
  try {
    workbook = new ExcelJS.Workbook();
    // exceljs declares its own `Buffer extends ArrayBuffer`, so it gets an ArrayBuffer holding exactly these
    // bytes. Not `bytes.buffer` or `bytes.slice().buffer`: a Node Buffer's slice is a view, and its
    // ArrayBuffer can be a shared pool holding other data (or the rest of a file we were given a part of).
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (cause) {
    return refuse(error('excel.file.unreadable', '(file)', { detail: cause instanceof Error ? cause.message : String(cause) }));
  }
  if (workbook.worksheets.length === 0) return refuse(error('excel.file.notXlsx', '(file)'));
  return { sheets: workbook.worksheets.map(gridOf), problems: [] };
}

function gridOf(worksheet: Worksheet): SheetGrid {
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = plainValue(cell.value);
      if (value === null) return;
      const master = mergeMaster(cell);
      cells.push(master ? { column, value, mergedFrom: master } : { column, value });
    });
    if (cells.length > 0) rows.push({ number, cells: cells.sort((a, b) => a.column - b.column) });
  });
  return { name: worksheet.name, rows };
}

/** Where the master of a merged range is, for the range's other cells (which exceljs gives the master's value). */
function mergeMaster(cell: Cell): SheetCell['mergedFrom'] {
  if (!cell.isMerged || cell.master === cell || cell.master.address === cell.address) return undefined;
  return { row: Number(cell.master.row), column: Number(cell.master.col) };
}

/** A cell's value as shared/ sees it: rich text and hyperlinks as their text, formulas as their cached result,
 * dates as ISO strings (date only when there is no time), text trimmed, empty text as no value. */
export function plainValue(value: CellValue): SheetValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return plainText(value);
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return plainText(value.richText.map((run) => run.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? null : plainValue(value.result);
  if ('error' in value) return value.error;
  if ('text' in value) return plainValue(value.text as CellValue);
  return null;
}

/** Zero-width characters come in with text pasted from web pages and Word; they are never meant. */
const EDGE_INVISIBLES = /^[\s\u200b-\u200d\ufeff]+|[\s\u200b-\u200d\ufeff]+$/g;

function plainText(text: string): string | null {
  const tidy = text.replace(/\r\n?/g, '\n').replace(EDGE_INVISIBLES, '');
  return tidy === '' ? null : tidy;
}

function isoDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
