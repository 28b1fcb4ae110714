// The review workbook (评审数据.xlsx) from the one report model: 汇总排名, 评分明细 (on as many sheets as
// Excel's row limit requires), 专家进度, 建议名单 (only where the session has a quota), 创建标准 — named in the
// reader's language. Pure: no Node, no
// DOM. The sheets are described row by row into a sink (sheet-sink.ts) over exceljs: an in-memory Workbook
// here, exceljs' streaming WorkbookWriter in the desktop app (electron/reports/review-workbook-stream.ts) —
// the same cells either way. The keywords property carries the data fingerprint so `verify-report` can read
// it back.
import ExcelJS from 'exceljs';
import { translate, type Locale } from '../../i18n/translate';
import type { ReportModel } from '../report-model';
import { WORKBOOK_FINGERPRINT_PREFIX } from '../report-files';
import { DETAIL_ROWS_PER_SHEET, detailLayout } from './detail-layout';
import { detailSheetName, writeDetailSheets } from './detail-sheet';
import { writeExpertsSheet } from './experts-sheet';
import { writeStandardSheet } from './standard-sheet';
import { writeSuggestionSheet } from './suggestion-sheet';
import { writeSummarySheet } from './summary-sheet';
import { exceljsSink } from './exceljs-sink';
import type { WorkbookSink } from './sheet-sink';

export interface ReviewWorkbookOptions {
  /** Data rows per detail sheet at most (DETAIL_ROWS_PER_SHEET); tests pass a few dozen to see the split. */
  detailRowsPerSheet?: number;
}

/**
 * Writes every sheet into the sink's workbook, in tab order, and sets its properties; yields now and then
 * (while writing the detail sheets, the only long ones) with the fraction of the work done. A caller that
 * streams awaits between steps, so the zip is compressed alongside and progress can be shown.
 */
export function* reviewWorkbookSteps(sink: WorkbookSink, model: ReportModel, locale: Locale, options: ReviewWorkbookOptions = {}): Generator<number, void, void> {
  sink.properties({
    creator: translate(locale, 'reportWorkbook.creator'),
    title: translate(locale, 'reportWorkbook.title', { session: model.facts.sessionName }),
    subject: model.facts.standard.title,
    keywords: WORKBOOK_FINGERPRINT_PREFIX + model.facts.dataFingerprint,
    created: model.facts.generatedAt,
  });

  const layout = detailLayout(model, (index) => detailSheetName(locale, index), options.detailRowsPerSheet ?? DETAIL_ROWS_PER_SHEET);
  writeSummarySheet(sink, locale, model, layout.leafRows);
  yield* writeDetailSheets(sink, locale, model, layout);
  writeExpertsSheet(sink, locale, model);
  writeSuggestionSheet(sink, locale, model);
  writeStandardSheet(sink, locale, model);
  yield 1;
}

/** Writes every sheet in one go (nothing to wait for in memory). */
export function fillReviewWorkbook(sink: WorkbookSink, model: ReportModel, locale: Locale, options: ReviewWorkbookOptions = {}): void {
  for (const step of reviewWorkbookSteps(sink, model, locale, options)) void step;
}

/** The review workbook in memory: for the demo and tests (the desktop app streams it instead). */
export function buildReviewWorkbook(model: ReportModel, locale: Locale, options: ReviewWorkbookOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  fillReviewWorkbook(exceljsSink(workbook, { streaming: false }), model, locale, options);
  return workbook;
}
