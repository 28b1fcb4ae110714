// An in-memory exceljs workbook as the bytes of an .xlsx file.
import type ExcelJS from 'exceljs';

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  // exceljs declares its own `Buffer extends ArrayBuffer`; at run time writeBuffer gives a Node Buffer,
  // a Uint8Array view over exactly the file's bytes. Copy it out whatever exceljs hands back.
  const written: unknown = await workbook.xlsx.writeBuffer();
  if (written instanceof Uint8Array) return new Uint8Array(written.buffer, written.byteOffset, written.byteLength).slice();
  if (written instanceof ArrayBuffer) return new Uint8Array(written.slice(0));
  throw new TypeError('exceljs writeBuffer returned neither bytes nor an ArrayBuffer');
}
