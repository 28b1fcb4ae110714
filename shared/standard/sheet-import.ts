// Importing a creation standard from the spreadsheet template that office staff fill in (指标 + 设置
// sheets, see sheet-import/columns.ts and sheet-import/setting-labels.ts). Every refused cell becomes a
// Problem naming its row and column; once the cells are clean, the result goes through the same
// `readStandard` as a JSON file, so a spreadsheet standard is checked exactly like any other.
//
// When any cell is refused, the semantic checks are not run: sums over a table with a refused row would
// report mismatches that are not really there, and the clerk should fix the named cells first.
import { hasErrors } from '../problems';
import { readStandard, type StandardReadResult } from './read';
import { STANDARD_FORMAT, STANDARD_FORMAT_VERSION, type StandardInput } from './schema';
import type { SheetGrid } from './sheet-grid';
import { CellProblems } from './sheet-import/cells';
import { findIndicatorSheet, resolveColumns } from './sheet-import/header';
import { classifyRow } from './sheet-import/indicator-rows';
import { readLeafRow } from './sheet-import/leaf-row';
import { findSettingsSheet, readSettings } from './sheet-import/settings';
import { TreeBuilder } from './sheet-import/tree';

export function importStandardFromSheets(sheets: readonly SheetGrid[]): StandardReadResult {
  const out = new CellProblems();
  const found = findIndicatorSheet(sheets);
  if (found === undefined) {
    out.sheetError('(workbook)', 'excel.sheet.noIndicatorSheet');
    return { standard: null, problems: out.problems };
  }
  const { sheet, header } = found;
  const settingsSheet = findSettingsSheet(sheets.filter((s) => s !== sheet));
  if (settingsSheet === undefined) out.sheetError('(workbook)', 'excel.sheet.noSettingsSheet');

  const columns = resolveColumns(sheet, header, out);
  if (columns === null) return { standard: null, problems: out.problems };
  const tree = new TreeBuilder(out);
  let total: { value: number; row: number; column: number } | undefined;
  for (const row of sheet.rows.filter((r) => r.number > columns.headerRow)) {
    const reading = classifyRow(sheet.name, row, columns, out);
    if (reading.type === 'note') out.warn({ sheet: sheet.name, row: row.number, column: 1, header: '' }, 'excel.sheet.noteIgnored', { value: reading.text });
    if (reading.type === 'total') total = { value: reading.value, row: row.number, column: reading.column };
    if (reading.type !== 'data') continue;
    const leaf = reading.hasLeaf ? (readLeafRow(sheet.name, row, columns, out) ?? 'refused') : undefined;
    tree.addRow(reading.levels, leaf);
  }
  const indicators = tree.build();
  if (indicators.length === 0) out.sheetError(sheet.name, 'excel.sheet.noIndicators', { sheet: sheet.name });

  const settings = settingsSheet === undefined ? undefined : readSettings(settingsSheet, out);
  if (settings && total && Math.round(total.value * 100) !== Math.round(settings.totalPoints * 100)) {
    const site = { sheet: sheet.name, row: total.row, column: total.column, header: '合计' };
    out.refuse(site, 'excel.sheet.totalRowMismatch', { value: total.value, total: settings.totalPoints });
  }
  if (settings === undefined || hasErrors(out.problems)) return { standard: null, problems: out.problems };

  const input: StandardInput = { format: STANDARD_FORMAT, formatVersion: STANDARD_FORMAT_VERSION, ...settings, indicators };
  const read = readStandard(input);
  return { standard: read.standard, problems: [...out.problems, ...read.problems] };
}
