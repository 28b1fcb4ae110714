// The review workbook (评审数据.xlsx) from the one report model: 汇总排名, 评分明细, 专家进度, 建议名单,
// 创建标准 — named in the reader's language. Pure: no Node, no DOM. The sheets are described row by row
// into a sink (sheet-sink.ts), so the same cells come out of the in-memory exceljs workbook here and of the
// XML writer the desktop app streams to disk. The keywords property carries the data fingerprint so
// `verify-report` can read it back.
import ExcelJS from 'exceljs';
import { translate, type Locale } from '../../i18n/translate';
import type { ReportModel } from '../report-model';
import { WORKBOOK_FINGERPRINT_PREFIX } from '../report-files';
import { detailLeafRows } from './detail-layout';
import { detailSheetName, writeDetailSheet } from './detail-sheet';
import { writeExpertsSheet } from './experts-sheet';
import { writeStandardSheet } from './standard-sheet';
import { writeSuggestionSheet } from './suggestion-sheet';
import { writeSummarySheet } from './summary-sheet';
import { exceljsSink } from './exceljs-sink';
import type { WorkbookSink } from './sheet-sink';

/**
 * Writes every sheet into the sink's workbook, in tab order, and sets its properties; yields now and then
 * (while writing the detail sheet, the only long one) with the fraction of the work done. A caller that
 * streams awaits between steps, so the zip is compressed alongside and progress can be shown.
 */
export function* reviewWorkbookSteps(sink: WorkbookSink, model: ReportModel, locale: Locale): Generator<number, void, void> {
  sink.properties({
    creator: translate(locale, 'reportWorkbook.creator'),
    title: translate(locale, 'reportWorkbook.title', { session: model.facts.sessionName }),
    subject: model.facts.standard.title,
    keywords: WORKBOOK_FINGERPRINT_PREFIX + model.facts.dataFingerprint,
    created: model.facts.generatedAt,
  });

  const detailName = detailSheetName(locale);
  writeSummarySheet(sink, locale, model, detailName, detailLeafRows(model));
  yield* writeDetailSheet(sink, locale, model);
  writeExpertsSheet(sink, locale, model);
  writeSuggestionSheet(sink, locale, model);
  writeStandardSheet(sink, locale, model);
  yield 1;
}

/** Writes every sheet in one go (nothing to wait for in memory). */
export function fillReviewWorkbook(sink: WorkbookSink, model: ReportModel, locale: Locale): void {
  for (const step of reviewWorkbookSteps(sink, model, locale)) void step;
}

/** The review workbook in memory: for the demo, tests and sessions of ordinary size. */
export function buildReviewWorkbook(model: ReportModel, locale: Locale): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  fillReviewWorkbook(exceljsSink(workbook), model, locale);
  return workbook;
}
