// The report files of a session, their names, and how each carries its data fingerprint so
// `verify-report` can read it back: PDFs in a custom entry of the document information dictionary, the
// workbook in its keywords property (both besides the fingerprint printed in every footer).
export const REPORT_KINDS = ['reviewReport', 'applicationSummaries', 'expertSheets', 'workbook'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** File names an office recognises in a folder (Chinese, as the reports are). */
export const REPORT_FILE_NAMES: Record<ReportKind, string> = {
  reviewReport: '评审报告.pdf',
  applicationSummaries: '申报评审汇总.pdf',
  expertSheets: '专家评分表.pdf',
  workbook: '评审数据.xlsx',
};

/** Key of the PDF information dictionary entry holding the data fingerprint (hex). */
export const PDF_FINGERPRINT_INFO_KEY = 'ReviewDeskDataFingerprint';
/** Key of the PDF information dictionary entry naming the report kind. */
export const PDF_KIND_INFO_KEY = 'ReviewDeskReport';
/** The workbook's keywords property is this prefix followed by the fingerprint (hex). */
export const WORKBOOK_FINGERPRINT_PREFIX = 'review-desk-data-fingerprint:';
