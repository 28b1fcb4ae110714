// The Excel template office staff fill in to author a creation standard, and the same layout for any
// standard (`writeStandardWorkbook`). What goes in which cell comes from shared/standard/sheet-import/
// render.ts, the inverse of the importer; this file only adds what makes it pleasant in Excel and WPS:
// widths, a frozen bold header, dropdowns, merged parent cells, text-formatted id columns, print setup.
// Values are written as plain strings and numbers, never formulas, so no author's text can become one.
import ExcelJS, { type Borders, type Cell, type DataValidation, type Worksheet } from 'exceljs';
import sampleStandardJson from '../../shared/data/sample-standard.json';
import { readStandard } from '../../shared/standard/read';
import type { Standard } from '../../shared/standard/schema';
import { guideLines } from '../../shared/standard/sheet-import/guide';
import { renderIndicatorTable, renderSettings, type RenderedValue } from '../../shared/standard/sheet-import/render';
import { KIND_WORDS } from '../../shared/standard/sheet-import/words';

export const INDICATOR_SHEET = '指标';
export const SETTINGS_SHEET = '设置';
export const GUIDE_SHEET = '说明';

/** Rows below the example that still get the kind dropdown, for the clerk's own additions. */
const SPARE_ROWS = 300;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;
const THIN = { style: 'thin', color: { argb: 'FF999999' } } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Printed on A4 (paper size 9), as wide as the page, as many pages long as needed. */
const FIT_TO_WIDTH = { paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as const;
/** Text format, so a typed 3.10 stays "3.10" instead of becoming the number 3.1. */
const TEXT_FORMAT = '@';

/** The bundled sample standard, which makes the template a worked example. */
export function sampleStandard(): Standard {
  const { standard, problems } = readStandard(sampleStandardJson);
  if (standard === null) throw new Error(`bundled sample standard is invalid: ${JSON.stringify(problems)}`);
  return standard;
}

export async function writeStandardTemplate(): Promise<Buffer> {
  return writeStandardWorkbook(sampleStandard());
}

export async function writeStandardWorkbook(standard: Standard): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '评审台 Review Desk';
  writeIndicatorSheet(workbook.addWorksheet(INDICATOR_SHEET), standard);
  writeSettingsSheet(workbook.addWorksheet(SETTINGS_SHEET), standard);
  writeGuideSheet(workbook.addWorksheet(GUIDE_SHEET));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel and WPS do not grow rows for wrapped text on their own; estimate from the text, counting a CJK
 * character as two width units like Excel does. */
function heightFor(cells: ReadonlyArray<{ text: string; width: number }>): number {
  const lines = Math.max(
    1,
    ...cells.map(({ text, width }) =>
      text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil([...line].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) / Math.max(1, width - 1))), 0),
    ),
  );
  return Math.min(409, 16 * lines + 4);
}

function put(cell: Cell, value: RenderedValue): void {
  if (value !== null && value !== '') cell.value = value;
}

function listValidation(choices: readonly string[], prompt: string): DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${choices.join(',')}"`],
    showErrorMessage: true,
    errorTitle: '请从列表中选择',
    error: prompt,
  };
}

function writeIndicatorSheet(sheet: Worksheet, standard: Standard): void {
  const table = renderIndicatorTable(standard);
  const width = table.columns.length;
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 2 }];
  sheet.pageSetup = { ...FIT_TO_WIDTH, orientation: 'landscape', printTitlesRow: '2:2' };

  const title = sheet.getCell(1, 1);
  title.value = standard.title;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sheet.mergeCells(1, 1, 1, width);
  sheet.getRow(1).height = 32;

  table.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.width;
    if (column.role.field === 'id') sheetColumn.numFmt = TEXT_FORMAT;
    const cell = sheet.getCell(2, index + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  sheet.getRow(2).height = 30;

  const firstDataRow = 3;
  table.rows.forEach((values, rowIndex) => {
    values.forEach((value, columnIndex) => {
      const cell = sheet.getCell(firstDataRow + rowIndex, columnIndex + 1);
      const role = table.columns[columnIndex]?.role;
      put(cell, value);
      cell.border = BORDER;
      const centred = role !== undefined && (role.field === 'id' || (role.level !== null && role.field === 'points'));
      cell.alignment = { vertical: 'middle', wrapText: true, ...(centred ? { horizontal: 'center' } : {}) };
    });
    const leafTexts = values.flatMap((value, i) => {
      const column = table.columns[i];
      return typeof value === 'string' && column?.role.level === null ? [{ text: value, width: column.width }] : [];
    });
    sheet.getRow(firstDataRow + rowIndex).height = heightFor(leafTexts);
  });
  for (const merge of table.merges) {
    sheet.mergeCells(firstDataRow + merge.firstRow, merge.column + 1, firstDataRow + merge.lastRow, merge.column + 1);
  }

  const kindColumn = table.columns.findIndex((c) => c.role.level === null && c.role.field === 'kind') + 1;
  const validation = listValidation(Object.values(KIND_WORDS.label), '计分方式只能是：' + Object.values(KIND_WORDS.label).join('、'));
  for (let row = firstDataRow; row < firstDataRow + table.rows.length + SPARE_ROWS; row += 1) {
    sheet.getCell(row, kindColumn).dataValidation = validation;
  }
}

function writeSettingsSheet(sheet: Worksheet, standard: Standard): void {
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 2 }];
  sheet.pageSetup = { ...FIT_TO_WIDTH, orientation: 'landscape' };
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 50;
  sheet.getColumn(3).width = 80;
  const title = sheet.getCell(1, 1);
  title.value = '创建标准设置';
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, 3);
  ['项目', '内容', '填写说明'].forEach((header, index) => {
    const cell = sheet.getCell(2, index + 1);
    cell.value = header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
  });

  renderSettings(standard).forEach((setting, index) => {
    const row = 3 + index;
    const label = sheet.getCell(row, 1);
    label.value = setting.spec.label;
    label.font = { bold: true };
    const value = sheet.getCell(row, 2);
    // Ids and versions are text even when they look like numbers (2026.10, 3.10).
    if (['title', 'version', 'tieBreak', 'notes'].includes(setting.spec.key)) value.numFmt = TEXT_FORMAT;
    put(value, setting.value);
    if (setting.choices) value.dataValidation = listValidation(setting.choices, '请选择：' + setting.choices.join('、'));
    const help = sheet.getCell(row, 3);
    help.value = setting.spec.help;
    sheet.getRow(row).height = heightFor([
      { text: setting.spec.help, width: 80 },
      { text: typeof setting.value === 'string' ? setting.value : '', width: 50 },
    ]);
    help.font = { color: { argb: 'FF666666' } };
    for (const cell of [label, value, help]) {
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', horizontal: 'left', wrapText: true };
    }
  });
}

function writeGuideSheet(sheet: Worksheet): void {
  sheet.pageSetup = { ...FIT_TO_WIDTH, orientation: 'portrait' };
  sheet.getColumn(1).width = 36;
  sheet.getColumn(2).width = 100;
  guideLines().forEach((line, index) => {
    const row = index + 1;
    const cell = sheet.getCell(row, 1);
    if (line.style === 'term') {
      cell.value = line.term ?? '';
      cell.font = { bold: true };
      const text = sheet.getCell(row, 2);
      text.value = line.text;
      text.alignment = { vertical: 'top', wrapText: true };
      cell.alignment = { vertical: 'top', wrapText: true };
      sheet.getRow(row).height = heightFor([{ text: line.text, width: 100 }, { text: line.term ?? '', width: 36 }]);
      return;
    }
    cell.value = line.text;
    cell.font = line.style === 'title' ? { bold: true, size: 14 } : line.style === 'section' ? { bold: true, size: 12 } : {};
    cell.alignment = { vertical: 'top', wrapText: true };
    sheet.mergeCells(row, 1, row, 2);
    sheet.getRow(row).height = line.style === 'title' ? 28 : heightFor([{ text: line.text, width: 136 }]);
  });
}
