// Each report kind rendered from the one model to the bytes of its file: the three PDFs laid out by the
// shared builders and drawn by pdfmake, the workbook by exceljs' streaming writer (review-workbook-stream.ts).
// `onProgress` gets 0…1.
import type { Locale } from '../../shared/i18n/translate';
import { buildApplicationSummariesPdf } from '../../shared/reports/pdf/application-summaries-pdf';
import { buildExpertSheetsPdf } from '../../shared/reports/pdf/expert-sheets-pdf';
import { buildReviewReportPdf } from '../../shared/reports/pdf/review-report-pdf';
import type { ReportKind } from '../../shared/reports/report-files';
import type { ReportModel } from '../../shared/reports/report-model';
import { renderPdf } from './render-pdf';
import { reviewWorkbookBytes } from './review-workbook-stream';

export type ReportRenderer = (model: ReportModel, locale: Locale, onProgress?: (fraction: number) => void) => Promise<Uint8Array>;

const pdf =
  (build: typeof buildReviewReportPdf): ReportRenderer =>
  (model, locale, onProgress) =>
    renderPdf(build(model, locale), onProgress ? { onProgress } : {});

export const REPORT_RENDERERS: Record<ReportKind, ReportRenderer> = {
  reviewReport: pdf(buildReviewReportPdf),
  applicationSummaries: pdf(buildApplicationSummariesPdf),
  expertSheets: pdf(buildExpertSheetsPdf),
  workbook: reviewWorkbookBytes,
};
