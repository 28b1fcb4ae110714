// Opening a standard from disk, whichever of the two forms the office has: the project's JSON or the Excel
// template. The content decides (a zip or an old .xls is a workbook, `{` is JSON); the extension only
// decides for content that is neither, so the problem reported matches what the user meant to open.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { error } from '../../shared/problems';
import { readStandardJson, type StandardReadResult } from '../../shared/standard/read';
import { importStandardFromSheets } from '../../shared/standard/sheet-import';
import { readXlsxSheets } from './xlsx-reader';

/** The problem code for a file that could not be read at all (missing, a folder, no permission). */
export const CANNOT_OPEN = 'excel.file.cannotOpen';

export type StandardFileForm = 'json' | 'xlsx';

export function standardFileForm(bytes: Uint8Array, fileName: string): StandardFileForm {
  const first = bytes[0];
  if (first === 0x50 || first === 0xd0) return 'xlsx'; // "PK" zip, or an OLE2 .xls to refuse clearly
  const text = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\ufeff/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  return extname(fileName).toLowerCase() === '.json' ? 'json' : 'xlsx';
}

export async function loadStandardBytes(bytes: Uint8Array, fileName: string): Promise<StandardReadResult> {
  if (standardFileForm(bytes, fileName) === 'json') {
    const text = new TextDecoder().decode(bytes).replace(/^\ufeff/, '');
    return readStandardJson(text);
  }
  const { sheets, problems } = await readXlsxSheets(bytes);
  if (problems.length > 0) return { standard: null, problems };
  return importStandardFromSheets(sheets);
}

export async function loadStandardFile(path: string): Promise<StandardReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return { standard: null, problems: [error(CANNOT_OPEN, '(file)', { path, detail })] };
  }
  return loadStandardBytes(bytes, path);
}
