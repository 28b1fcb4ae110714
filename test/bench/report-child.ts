// The report side of the reports bench, in a process of its own so its peak RSS is the reports' alone:
// builds W2's report model, renders the review report plus every application summary (PDF) and the workbook,
// writes them to <out dir>, and prints one JSON line (ReportChildReport). Usage: report-child.ts <out dir>
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPORT_RENDERERS } from '../../electron/reports/report-renderers';
import { buildReportModel } from '../../shared/reports/report-model';
import { reportDataOf } from '../../shared/reports/report-source';
import { w2Session } from './aggregate-rank';

export interface ReportChildReport {
  applications: number;
  experts: number;
  leaves: number;
  modelMs: number;
  /** Review report + application summaries, rendered to bytes. */
  pdfMs: number;
  pdfBytes: number;
  workbookMs: number;
  workbookBytes: number;
  maxRssBytes: number;
}

const [outDir] = process.argv.slice(2);
if (outDir === undefined) throw new Error('usage: report-child.ts <out dir>');
const input = w2Session();
const modelStart = performance.now();
const model = buildReportModel(reportDataOf({ ...input, sessionId: 'bench-w2', exports: [] }), new Date().toISOString());
const modelMs = performance.now() - modelStart;

const pdfStart = performance.now();
const review = await REPORT_RENDERERS.reviewReport(model, 'zh-CN');
const summaries = await REPORT_RENDERERS.applicationSummaries(model, 'zh-CN');
const pdfMs = performance.now() - pdfStart;
await writeFile(join(outDir, 'review-report.pdf'), review);
await writeFile(join(outDir, 'application-summaries.pdf'), summaries);

const workbookStart = performance.now();
const workbook = await REPORT_RENDERERS.workbook(model, 'zh-CN');
const workbookMs = performance.now() - workbookStart;
await writeFile(join(outDir, 'workbook.xlsx'), workbook);

const report: ReportChildReport = {
  applications: model.applications.length,
  experts: model.experts.length,
  leaves: model.leaves.length,
  modelMs,
  pdfMs,
  pdfBytes: review.length + summaries.length,
  workbookMs,
  workbookBytes: workbook.length,
  // resourceUsage reports kilobytes (KiB on Linux).
  maxRssBytes: process.resourceUsage().maxRSS * 1024,
};
process.stdout.write(`${JSON.stringify(report)}\n`);
