// Evaluates the summary's expert totals the way a spreadsheet would — the SUM over the detail rows each one
// references — on a workbook read back with exceljs: every scored sheet's total must point at the detail sheet
// holding that application × expert block, at exactly its leaf rows (that application, that expert, the
// standard's leaves in order), and add up to the app's total.
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { ReportModel } from '../../../shared/reports/report-model';
import { DETAIL_COLUMN } from '../../../shared/reports/workbook/detail-layout';
import { SUMMARY_HEADER_ROW, SUMMARY_LEADING_COLUMNS, summaryOrder } from '../../../shared/reports/workbook/summary-sheet';

const TOTAL = /^ROUND\(MAX\(0,SUM\('((?:[^']|'')+)'!\$I\$(\d+):\$I\$(\d+)\)\),2\)$/;

const numberIn = (cell: ExcelJS.Cell): number => (typeof cell.value === 'number' ? cell.value : 0);

/** Checks every expert total; returns how many were checked and the detail sheets they pointed at. */
export function checkTotalReferences(workbook: ExcelJS.Workbook, model: ReportModel): { checked: number; sheets: Set<string> } {
  const summary = workbook.worksheets[0];
  if (!summary) throw new Error('no summary sheet');
  const sheets = new Set<string>();
  let checked = 0;
  summaryOrder(model).forEach((application, i) => {
    const row = summary.getRow(SUMMARY_HEADER_ROW + 1 + i);
    model.experts.forEach(({ expert }, k) => {
      const record = application.sheets.find((s) => s.expertId === expert.id);
      const cell = row.getCell(SUMMARY_LEADING_COLUMNS + 1 + k);
      const label = `${application.application.id} ${expert.id}`;
      if (record?.state !== 'scored') {
        expect(cell.type, label).not.toBe(ExcelJS.ValueType.Formula);
        return;
      }
      const match = cell.type === ExcelJS.ValueType.Formula ? TOTAL.exec(cell.formula) : null;
      if (!match) throw new Error(`${label}: ${String(cell.formula)} is no total over detail rows`);
      const [, quoted = '', first = '', last = ''] = match;
      const name = quoted.replaceAll("''", "'");
      const details = workbook.getWorksheet(name);
      if (!details) throw new Error(`${label}: no sheet ${name}`);
      sheets.add(name);
      const rows = Array.from({ length: Number(last) - Number(first) + 1 }, (_, n) => details.getRow(Number(first) + n));
      expect(rows.map((r) => r.getCell(DETAIL_COLUMN.applicationId).value), label).toEqual(rows.map(() => application.application.id));
      expect(rows.map((r) => r.getCell(DETAIL_COLUMN.expertId).value), label).toEqual(rows.map(() => expert.id));
      expect(rows.map((r) => r.getCell(DETAIL_COLUMN.indicatorId).value), label).toEqual(model.leaves.map((leaf) => leaf.id));
      const sum = rows.reduce((s, r) => s + numberIn(r.getCell(DETAIL_COLUMN.points)), 0);
      expect(Math.round(Math.max(0, sum) * 100) / 100, label).toBe(record.total);
      expect(cell.result, label).toBe(record.total);
      checked += 1;
    });
  });
  expect(checked).toBe(model.applications.reduce((n, a) => n + a.sheets.filter((s) => s.state === 'scored').length, 0));
  return { checked, sheets };
}
