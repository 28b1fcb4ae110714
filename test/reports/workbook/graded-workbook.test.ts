// The review workbook of a stage that grades each county (the demo as a mid-term inspection, no quota), read
// back with exceljs: no 建议名单 sheet, and the summary sheet gives every county its grade (等次) with no
// 列入名单 column.
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { workbookBytes } from '../../../electron/reports/workbook-bytes';
import { translate } from '../../../shared/i18n/translate';
import { buildReportModel, type ReportModel } from '../../../shared/reports/report-model';
import { reportDataOf } from '../../../shared/reports/report-source';
import { buildReviewWorkbook } from '../../../shared/reports/workbook/review-workbook';
import { SUMMARY_HEADER_ROW } from '../../../shared/reports/workbook/summary-sheet';
import { midtermSource } from '../graded-stage-fixture';
import { GENERATED_AT, loadWorkbook } from './workbook-fixtures';

let model: ReportModel;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  model = buildReportModel(reportDataOf(midtermSource()), GENERATED_AT);
  workbook = await loadWorkbook(await workbookBytes(buildReviewWorkbook(model, 'zh-CN')));
});

const zh = (key: Parameters<typeof translate>[1]): string => translate('zh-CN', key);

describe('the review workbook of a mid-term inspection', () => {
  it('has no suggestion list sheet', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).not.toContain(zh('reportWorkbook.sheet.suggestion'));
    expect(workbook.getWorksheet(zh('reportWorkbook.sheet.summary'))).toBeDefined();
  });

  it('gives every county its grade on the summary sheet, with no on-list column', () => {
    const sheet = workbook.getWorksheet(zh('reportWorkbook.sheet.summary'));
    if (!sheet) throw new Error('no summary sheet');
    const headers: string[] = [];
    sheet.getRow(SUMMARY_HEADER_ROW).eachCell((cell) => void headers.push(String(cell.value)));
    expect(headers).not.toContain(zh('reportWorkbook.column.onList'));
    const gradeColumn = headers.indexOf(zh('reportWorkbook.column.grade')) + 1;
    const countyColumn = headers.indexOf(zh('reportWorkbook.column.county')) + 1;
    expect(gradeColumn).toBeGreaterThan(0);
    const gradeByCounty = new Map<string, string>();
    for (let row = SUMMARY_HEADER_ROW + 1; row <= sheet.rowCount; row += 1) {
      const county = sheet.getRow(row).getCell(countyColumn).value;
      if (typeof county === 'string') gradeByCounty.set(county, String(sheet.getRow(row).getCell(gradeColumn).value ?? ''));
    }
    for (const app of model.results.applications) expect(gradeByCounty.get(app.countyName)).toBe(app.grade ?? '');
  });
});
