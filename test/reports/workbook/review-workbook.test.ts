// The review workbook read back with exceljs, as written by both writers (the in-memory exceljs workbook and
// the XML writer the desktop app streams): the sheets, their layout and print setup, the fingerprint, the
// same cells from both, and formulas that point at the right detail rows.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';
import { WORKBOOK_FINGERPRINT_PREFIX } from '../../../shared/reports/report-files';
import type { ReportModel } from '../../../shared/reports/report-model';
import { buildReviewWorkbook } from '../../../shared/reports/workbook/review-workbook';
import { SUMMARY_HEADER_ROW, SUMMARY_LEADING_COLUMNS, summaryOrder } from '../../../shared/reports/workbook/summary-sheet';
import { reviewWorkbookBytes } from '../../../electron/reports/review-workbook-stream';
import { workbookBytes } from '../../../electron/reports/workbook-bytes';
import { fingerprintInReportBytes } from '../../../electron/reports/report-fingerprint-reader';
import { demoModel, loadWorkbook } from './workbook-fixtures';

const SHEET_KEYS = ['summary', 'details', 'experts', 'suggestion', 'standard'] as const;
const sheetNames = SHEET_KEYS.map((key) => translate('zh-CN', `reportWorkbook.sheet.${key}`));

let model: ReportModel;
const written: Record<'inMemory' | 'streamed', { bytes: Uint8Array; workbook: ExcelJS.Workbook }> = {} as never;

beforeAll(async () => {
  model = demoModel();
  const inMemory = await workbookBytes(buildReviewWorkbook(model, 'zh-CN'));
  const streamed = await reviewWorkbookBytes(model, 'zh-CN');
  written.inMemory = { bytes: inMemory, workbook: await loadWorkbook(inMemory) };
  written.streamed = { bytes: streamed, workbook: await loadWorkbook(streamed) };
});

/** What a cell holds, comparable across writers: value or formula and cached result, and number format. */
function cellContent(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) return { formula: cell.formula, result: cell.result, numFmt: cell.numFmt };
  return { value: cell.value, numFmt: cell.numFmt };
}

function sheetContent(sheet: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  sheet.eachRow((row) => row.eachCell((cell) => void (cell.value !== null && (cells[cell.address] = cellContent(cell)))));
  return cells;
}

describe.each(['inMemory', 'streamed'] as const)('the review workbook (%s)', (writer) => {
  const sheet = (index: number): ExcelJS.Worksheet => {
    const found = written[writer].workbook.worksheets[index];
    if (!found) throw new Error(`no sheet ${index}`);
    return found;
  };

  it('has the five sheets, named in zh-CN, in order', () => {
    expect(written[writer].workbook.worksheets.map((s) => s.name)).toEqual(sheetNames);
  });

  it('carries the data fingerprint in its keywords, where verify-report reads it', async () => {
    expect(written[writer].workbook.keywords).toBe(WORKBOOK_FINGERPRINT_PREFIX + model.facts.dataFingerprint);
    expect(await fingerprintInReportBytes('workbook', written[writer].bytes)).toBe(model.facts.dataFingerprint);
  });

  it('freezes each header row, filters each table and prints on A4 as wide as the page with the header repeated', () => {
    const headerRows = [SUMMARY_HEADER_ROW, 1, 1, 1, 6];
    headerRows.forEach((headerRow, index) => {
      const s = sheet(index);
      expect(s.views[0], s.name).toMatchObject({ state: 'frozen', ySplit: headerRow });
      const filter = s.autoFilter as { from: { row: number; column: number }; to: { row: number } } | string | undefined;
      const from = typeof filter === 'string' ? filter.split(':')[0] : `${String.fromCharCode(64 + (filter?.from.column ?? 0))}${filter?.from.row}`;
      expect(from, s.name).toBe(`A${headerRow}`);
      expect(s.pageSetup, s.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` });
      expect(s.headerFooter.oddFooter, s.name).toContain(model.facts.dataFingerprint);
      expect(s.headerFooter.oddFooter, s.name).toContain('&P');
    });
    expect(sheet(0).pageSetup.orientation).toBe('landscape');
    expect(sheet(0).views[0]).toMatchObject({ xSplit: 2 });
  });

  it('lists the ranking, then the excluded, each expert total and the aggregate as formulas with the app’s values', () => {
    const summary = sheet(0);
    const experts = model.experts.length;
    summaryOrder(model).forEach((application, i) => {
      const row = summary.getRow(SUMMARY_HEADER_ROW + 1 + i);
      expect(row.getCell(2).value).toBe(application.result.countyName);
      application.sheets.forEach((record) => {
        const column = SUMMARY_LEADING_COLUMNS + 1 + model.experts.findIndex((e) => e.expert.id === record.expertId);
        const cell = row.getCell(column);
        if (record.state === 'scored') {
          expect(cell.type).toBe(ExcelJS.ValueType.Formula);
          expect(cell.result).toBe(record.total);
          expect(cell.numFmt).toBe('0.00');
        } else expect(cell.type).toBe(ExcelJS.ValueType.String);
      });
      const aggregate = row.getCell(SUMMARY_LEADING_COLUMNS + experts + 2);
      if (application.result.aggregate === null) expect(aggregate.value).toBeNull();
      else {
        expect(aggregate.formula).toMatch(/^ROUND\(IF\(COUNT\(G\d+:M\d+\)>=5,/);
        expect(aggregate.result).toBe(application.result.aggregate);
      }
      expect(row.getCell(SUMMARY_LEADING_COLUMNS + experts + 4).value).toBe(application.result.aggregate);
    });
  });

  it('points every expert total at exactly that expert’s leaf rows of the detail sheet', () => {
    // Evaluates the total formulas the way a spreadsheet would: SUM over the referenced detail rows.
    const [summary, details] = [sheet(0), sheet(1)];
    const reference = /^ROUND\(MAX\(0,SUM\('(.+)'!\$I\$(\d+):\$I\$(\d+)\)\),2\)$/;
    let checked = 0;
    summary.eachRow((row) =>
      row.eachCell((cell) => {
        const match = cell.type === ExcelJS.ValueType.Formula ? reference.exec(cell.formula) : null;
        if (!match) return;
        const [, sheetName, first, last] = match;
        expect(sheetName).toBe(details.name);
        const rows = Array.from({ length: Number(last) - Number(first) + 1 }, (_, k) => details.getRow(Number(first) + k));
        const applicationId = row.getCell(2).value === null ? '' : String(rows[0]?.getCell(1).value);
        // Every row of the range is the same application and expert, and holds a leaf.
        expect(new Set(rows.map((r) => `${String(r.getCell(1).value)}/${String(r.getCell(3).value)}`)).size).toBe(1);
        expect(rows.every((r) => r.getCell(5).value !== null)).toBe(true);
        expect(rows).toHaveLength(model.leaves.length);
        const sum = rows.reduce((s, r) => s + (typeof r.getCell(9).value === 'number' ? (r.getCell(9).value as number) : 0), 0);
        expect(Math.round(Math.max(0, sum) * 100) / 100, applicationId).toBe(cell.result);
        checked += 1;
      }),
    );
    expect(checked).toBe(model.applications.reduce((n, a) => n + a.sheets.filter((s) => s.state === 'scored').length, 0));
  });

  it('formats every text cell as text and every score as 0.00', () => {
    for (const s of written[writer].workbook.worksheets) {
      s.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.String) expect(cell.numFmt, `${s.name}!${cell.address}`).toBe('@');
        }),
      );
    }
    const points: ExcelJS.Cell[] = [];
    sheet(1).eachRow((row) => void (typeof row.getCell(9).value === 'number' && points.push(row.getCell(9))));
    expect(points.length).toBeGreaterThan(0);
    expect(points.every((cell) => cell.numFmt === '0.00')).toBe(true);
  });

  it('writes the suggestion list with the cut line under the last county on it', () => {
    const list = sheet(3);
    const entries = model.results.suggestionList.entries;
    const lastIn = list.getRow(1 + entries.length);
    expect(lastIn.getCell(2).value).toBe(entries.at(-1)?.countyName);
    expect(lastIn.getCell(2).border?.bottom?.style).toBe('medium');
    expect(list.getRow(entries.length).getCell(2).border?.bottom).toBeUndefined();
    const moved = model.results.suggestionList.moves[0];
    const movedRow = moved && entries.findIndex((e) => e.applicationId === moved.applicationId) + 2;
    expect(movedRow && String(list.getRow(movedRow).getCell(9).value)).toBe(translate('zh-CN', moved!.explanation.key, moved!.explanation.params));
  });
});

describe('the two writers', () => {
  it('write the same cells: values, formulas, cached results and number formats', () => {
    written.inMemory.workbook.worksheets.forEach((sheet, index) => {
      const other = written.streamed.workbook.worksheets[index];
      expect(other && sheetContent(other), sheet.name).toEqual(sheetContent(sheet));
    });
  });
});
