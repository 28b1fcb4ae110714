// LibreOffice opens the workbooks, recalculates every formula and exports the sheets as CSV: the summary's
// expert totals, counts and aggregates it computes must be the app's, for every application and expert of
// the demo (in Chinese and in English, whose sheet names have spaces) and of W1 (with each aggregation
// policy: trimmed, mean, median) — in-memory workbooks with every cached result overwritten with -1, so a
// number that matches can only come from the formula, and the desktop app's own files (reviewWorkbookBytes,
// exceljs' streaming writer; recalculated all the same), among them the demo with its details split over
// several sheets (a tiny row limit), whose totals point at 评分明细（2）, （3）… — and hostile text must
// come out as the literal text it was.
// One conversion for all the files (LibreOffice starts once); skipped where LibreOffice is not installed.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate, type Locale } from '../../../shared/i18n/translate';
import type { ReportModel } from '../../../shared/reports/report-model';
import { scoreText } from '../../../shared/reports/report-text';
import { detailLayout } from '../../../shared/reports/workbook/detail-layout';
import { detailSheetName } from '../../../shared/reports/workbook/detail-sheet';
import { buildReviewWorkbook } from '../../../shared/reports/workbook/review-workbook';
import { SUMMARY_HEADER_ROW, SUMMARY_LEADING_COLUMNS, summaryOrder } from '../../../shared/reports/workbook/summary-sheet';
import { reviewWorkbookBytes } from '../../../electron/reports/review-workbook-stream';
import { workbookBytes } from '../../../electron/reports/workbook-bytes';
import { hasSoffice, recalculatedCsv } from './libreoffice';
import { demoModel, HOSTILE, hostileModel, w1Model, withWrongCachedResults } from './workbook-fixtures';

const SHEET_KEYS = ['summary', 'details', 'experts', 'suggestion', 'standard'] as const;
const sheetNamesIn = (locale: Locale): string[] => SHEET_KEYS.map((key) => translate(locale, `reportWorkbook.sheet.${key}`));
const [SUMMARY, DETAILS, EXPERTS] = sheetNamesIn('zh-CN') as [string, string, string];
/** Data rows per detail sheet in the split file: the demo's 2 281 detail rows over six sheets. */
const SPLIT_LIMIT = 400;

/** The files whose numbers are checked against the app's after LibreOffice recalculated them. */
const RECALCULATED = [
  'demo-wrong-cache',
  'demo-streamed',
  'demo-en-streamed',
  'demo-split-streamed',
  'w1-wrong-cache',
  'w1-mean-wrong-cache',
  'w1-median-wrong-cache',
] as const;
const FILES = [...RECALCULATED, 'hostile', 'hostile-streamed'] as const;
type File = (typeof FILES)[number];
const localeOf = (file: File): Locale => (file.includes('-en-') ? 'en-US' : 'zh-CN');
const splitDetailNames = (model: ReportModel): string[] => detailLayout(model, (i) => detailSheetName('zh-CN', i), SPLIT_LIMIT).parts.map((p) => p.name);

let dir = '';
const models = new Map<File, ReportModel>();
const csv = new Map<File, Map<string, string[][]>>();

beforeAll(async () => {
  if (!hasSoffice) return;
  dir = await mkdtemp(join(tmpdir(), 'review-desk-workbook-'));
  await mkdir(join(dir, 'in'));
  const [demo, w1, w1Mean, w1Median, hostile] = [demoModel(), w1Model(), w1Model('mean'), w1Model('median'), hostileModel()];
  const modelOf: Record<File, ReportModel> = {
    'demo-wrong-cache': demo,
    'demo-streamed': demo,
    'demo-en-streamed': demo,
    'demo-split-streamed': demo,
    'w1-wrong-cache': w1,
    'w1-mean-wrong-cache': w1Mean,
    'w1-median-wrong-cache': w1Median,
    hostile,
    'hostile-streamed': hostile,
  };
  const bytes: Record<File, Uint8Array> = {
    'demo-wrong-cache': await workbookBytes(withWrongCachedResults(buildReviewWorkbook(demo, 'zh-CN'))),
    'demo-streamed': await reviewWorkbookBytes(demo, 'zh-CN'),
    'demo-en-streamed': await reviewWorkbookBytes(demo, 'en-US'),
    'demo-split-streamed': await reviewWorkbookBytes(demo, 'zh-CN', undefined, { detailRowsPerSheet: SPLIT_LIMIT }),
    'w1-wrong-cache': await workbookBytes(withWrongCachedResults(buildReviewWorkbook(w1, 'zh-CN'))),
    'w1-mean-wrong-cache': await workbookBytes(withWrongCachedResults(buildReviewWorkbook(w1Mean, 'zh-CN'))),
    'w1-median-wrong-cache': await workbookBytes(withWrongCachedResults(buildReviewWorkbook(w1Median, 'zh-CN'))),
    hostile: await workbookBytes(buildReviewWorkbook(hostile, 'zh-CN')),
    'hostile-streamed': await reviewWorkbookBytes(hostile, 'zh-CN'),
  };
  for (const file of FILES) {
    models.set(file, modelOf[file]);
    await writeFile(join(dir, 'in', `${file}.xlsx`), bytes[file]);
  }
  const namesOf = (file: File): string[] => {
    const names = sheetNamesIn(localeOf(file));
    return file === 'demo-split-streamed' ? [names[0] ?? '', ...splitDetailNames(demo), ...names.slice(2)] : names;
  };
  const sheets = await recalculatedCsv(
    FILES.map((file) => ({ path: join(dir, 'in', `${file}.xlsx`), sheetNames: namesOf(file) })),
    dir,
  );
  FILES.forEach((file, i) => csv.set(file, sheets[i] ?? new Map()));
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function sheetOf(file: File, name: string): string[][] {
  const rows = csv.get(file)?.get(name);
  if (!rows) throw new Error(`no ${name} for ${file}`);
  return rows;
}

describe.skipIf(!hasSoffice && !process.env.CI)('the review workbook recalculated by LibreOffice', () => {
  it.each(RECALCULATED)(
    '%s: every expert total, count and aggregate equals the app’s',
    (file) => {
      const model = models.get(file);
      if (!model) throw new Error(file);
      const rows = sheetOf(file, sheetNamesIn(localeOf(file))[0] ?? '').slice(SUMMARY_HEADER_ROW);
      const experts = model.experts.length;
      const countedColumn = SUMMARY_LEADING_COLUMNS + experts;
      let totals = 0;
      summaryOrder(model).forEach((application, i) => {
        const cells = rows[i] ?? [];
        const { result } = application;
        expect(cells[1], result.applicationId).toBe(result.countyName);
        model.experts.forEach(({ expert }, k) => {
          const record = application.sheets.find((s) => s.expertId === expert.id);
          if (record?.state !== 'scored') return;
          totals += 1;
          expect(cells[SUMMARY_LEADING_COLUMNS + k], `${result.applicationId} ${expert.id}`).toBe(scoreText(record.total));
        });
        expect(cells[countedColumn], result.applicationId).toBe(String(result.counted));
        expect(cells[countedColumn + 1], result.applicationId).toBe(result.aggregate === null ? '' : scoreText(result.aggregate));
      });
      expect(totals).toBe(model.applications.reduce((n, a) => n + a.sheets.filter((s) => s.state === 'scored').length, 0));
      expect(rows.flat()).not.toContain('-1.00');
    },
  );

  it('demo-split-streamed: the detail sheets hold the unsplit rows, split between blocks', () => {
    const model = models.get('demo-split-streamed');
    if (!model) throw new Error('demo-split-streamed');
    const names = splitDetailNames(model);
    expect(names.length).toBeGreaterThanOrEqual(3);
    const parts = names.map((name) => sheetOf('demo-split-streamed', name).slice(1));
    expect(parts.flat()).toEqual(sheetOf('demo-streamed', DETAILS).slice(1));
    // Each part ends with a block's last row: an opinion row or a recused, missing or invalid sheet's one row.
    for (const rows of parts) expect(rows.at(-1)?.[4], names.join()).toBe('');
  });

  it.each(['hostile', 'hostile-streamed'] as const)('%s: hostile text comes out as the literal text', (file) => {
    const summary = sheetOf(file, SUMMARY);
    const details = sheetOf(file, DETAILS).flat();
    const counties = summary.slice(SUMMARY_HEADER_ROW).map((row) => row[1]);
    expect(counties).toContain(HOSTILE.county);
    expect(counties).toContain(HOSTILE.secondCounty);
    expect(summary[SUMMARY_HEADER_ROW - 1]?.some((cell) => cell.startsWith(HOSTILE.expertName))).toBe(true);
    for (const text of [HOSTILE.county, HOSTILE.comment, HOSTILE.recusal, HOSTILE.expertName]) expect(details, text).toContain(text);
    expect(details.some((cell) => cell.includes(HOSTILE.opinion))).toBe(true);
    // Had any become a formula, LibreOffice would show its result (2, 4, #NAME?…) where the text is expected.
    expect(sheetOf(file, EXPERTS).flat()).toContain(HOSTILE.tabbed);
  });
});
