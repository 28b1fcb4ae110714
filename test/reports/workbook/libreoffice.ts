// LibreOffice headless for the workbook tests: converts workbooks to CSV (UTF-8, every sheet) after a full
// recalculation. LibreOffice trusts the cached results of an .xlsx whose generator it knows (exceljs writes
// "Microsoft Excel") unless told otherwise, so the private profile sets Calc's "recalculation on file load"
// for Excel 2007+ files to "always" (OOXMLRecalcMode 0). Each call has its own profile, so parallel test files
// cannot lock each other out.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * CSV filter options: comma, double quote, UTF-8 (76), from line 1, …, "save cell contents as shown" true
 * (scores as 94.50), and the 12th token -1: every sheet, each to `<file>-<sheet>.csv` (LibreOffice ≥ 7.2).
 */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

export interface CsvInput {
  path: string;
  /** The workbook's sheet names: LibreOffice names each CSV after its sheet. */
  sheetNames: readonly string[];
}

/** Recalculates and converts the workbooks; returns, per input, its sheets' rows by sheet name. */
export async function recalculatedCsv(inputs: readonly CsvInput[], dir: string): Promise<Array<Map<string, string[][]>>> {
  const profile = join(dir, 'profile');
  const outDir = join(dir, 'csv');
  await mkdir(join(profile, 'user'), { recursive: true });
  await writeFile(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE);
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', CSV_ALL_SHEETS, '--outdir', outDir, ...inputs.map((input) => input.path)],
    { encoding: 'utf8', timeout: 170_000 },
  );
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
  return Promise.all(
    inputs.map(async (input) => {
      const base = basename(input.path).replace(/\.xlsx$/, '');
      const sheets = new Map<string, string[][]>();
      for (const name of input.sheetNames) sheets.set(name, parseCsv(await readFile(join(outDir, `${base}-${name}.csv`), 'utf8')));
      return sheets;
    }),
  );
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
