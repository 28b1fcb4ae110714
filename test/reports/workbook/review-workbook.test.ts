// The review workbook read back with exceljs, as written by the desktop app (exceljs' streaming writer,
// reviewWorkbookBytes) and as built in memory (the workbook the LibreOffice test gives wrong cached results):
// the sheets, their layout and print setup, the fingerprint, the same cells from both, formulas that point at
// the right detail rows — and, with a small row limit, the details split over several sheets with every
// total pointing at its own block's sheet and rows.
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
import { checkTotalReferences } from './total-references';
import { demoModel, loadWorkbook } from './workbook-fixtures';
import { listOf } from '../../shared/support/list-of';

const SHEET_KEYS = ['summary', 'details', 'experts', 'suggestion', 'standard'] as const;
const sheetNames = SHEET_KEYS.map((key) => translate('zh-CN', `reportWorkbook.sheet.${key}`));

/** The demo's blocks are 30 rows (29 leaves and the opinion) or 1 (recused): a handful per sheet. */
const SPLIT_LIMIT = 400;

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
    expect(checkTotalReferences(written[writer].workbook, model).sheets).toEqual(new Set([sheetNames[1]]));
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
    const entries = listOf(model.results).entries;
    const lastIn = list.getRow(1 + entries.length);
    expect(lastIn.getCell(2).value).toBe(entries.at(-1)?.countyName);
    expect(lastIn.getCell(2).border?.bottom?.style).toBe('medium');
    expect(list.getRow(entries.length).getCell(2).border?.bottom).toBeUndefined();
    const moved = listOf(model.results).moves[0];
    const movedRow = moved && entries.findIndex((e) => e.applicationId === moved.applicationId) + 2;
    expect(movedRow && String(list.getRow(movedRow).getCell(9).value)).toBe(translate('zh-CN', moved!.explanation.key, moved!.explanation.params));
  });
});

// The LibreOffice test proves the in-memory workbook's formulas (with wrong cached results); this carries
// that proof over to the file the desktop app writes.
describe('the streaming writer', () => {
  it('writes the same cells as the in-memory workbook: values, formulas, cached results and number formats', () => {
    written.inMemory.workbook.worksheets.forEach((sheet, index) => {
      const other = written.streamed.workbook.worksheets[index];
      expect(other && sheetContent(other), sheet.name).toEqual(sheetContent(sheet));
    });
  });
});

describe(`the details split over several sheets (at most ${SPLIT_LIMIT} data rows each)`, () => {
  const split: Record<'inMemory' | 'streamed', ExcelJS.Workbook> = {} as never;
  beforeAll(async () => {
    split.inMemory = await loadWorkbook(await workbookBytes(buildReviewWorkbook(model, 'zh-CN', { detailRowsPerSheet: SPLIT_LIMIT })));
    split.streamed = await loadWorkbook(await reviewWorkbookBytes(model, 'zh-CN', undefined, { detailRowsPerSheet: SPLIT_LIMIT }));
  });
  const detailSheets = (workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] => workbook.worksheets.slice(1, -3);
  /** A detail sheet's data rows as the values they show. */
  const dataRows = (sheet: ExcelJS.Worksheet): unknown[][] =>
    sheet.getRows(2, sheet.rowCount - 1)?.map((row) => Array.from({ length: 10 }, (_, c) => row.getCell(c + 1).value)) ?? [];

  it.each(['inMemory', 'streamed'] as const)('%s: names them 评分明细, 评分明细（2）, … between the summary and the experts, none over the limit', (writer) => {
    const workbook = split[writer];
    const details = detailSheets(workbook);
    expect(details.length).toBeGreaterThanOrEqual(3);
    const names = details.map((_, i) => (i === 0 ? '评分明细' : `评分明细（${i + 1}）`));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([sheetNames[0], ...names, ...sheetNames.slice(2)]);
    for (const sheet of details) {
      expect(sheet.rowCount - 1, sheet.name).toBeLessThanOrEqual(SPLIT_LIMIT);
      expect(sheet.getRow(1).getCell(1).value, sheet.name).toBe(translate('zh-CN', 'reportWorkbook.column.applicationId'));
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter, sheet.name).toBe(`A1:J${sheet.rowCount}`);
      expect(sheet.pageSetup, sheet.name).toMatchObject({ paperSize: 9, printTitlesRow: '1:1' });
      expect(sheet.headerFooter.oddHeader, sheet.name).toContain(sheet.name);
      expect(sheet.headerFooter.oddFooter, sheet.name).toContain(model.facts.dataFingerprint);
    }
  });

  it.each(['inMemory', 'streamed'] as const)('%s: holds the unsplit rows in order, each expert × application block whole on one sheet', (writer) => {
    const details = detailSheets(split[writer]);
    const unsplit = written[writer].workbook.worksheets[1];
    if (!unsplit) throw new Error('no detail sheet');
    expect(details.flatMap(dataRows)).toEqual(dataRows(unsplit));
    const sheetOf = new Map<string, string>();
    for (const sheet of details) {
      for (const [applicationId, , expertId] of dataRows(sheet)) {
        const key = `${String(applicationId)}/${String(expertId)}`;
        expect(sheetOf.get(key) ?? sheet.name, key).toBe(sheet.name);
        sheetOf.set(key, sheet.name);
      }
    }
  });

  it.each(['inMemory', 'streamed'] as const)('%s: points every expert total at its block’s sheet and rows', (writer) => {
    const { sheets } = checkTotalReferences(split[writer], model);
    expect([...sheets].sort()).toEqual(detailSheets(split[writer]).map((s) => s.name).sort());
  });
});
