// Report models and workbooks the workbook tests share: the demo, the demo with hostile text planted in every
// kind of user text the workbook shows, and W1 (40 applications × 9 experts on the sample standard).
import ExcelJS from 'exceljs';
import sampleStandardJson from '../../../shared/data/sample-standard.json';
import { buildDemoReportSource } from '../../../shared/demo/demo-report-source';
import { syntheticSession } from '../../../shared/demo/synthetic-session';
import { buildReportModel, type ReportModel } from '../../../shared/reports/report-model';
import { reportDataOf, type ReportSource } from '../../../shared/reports/report-source';
import { standardSchema, type AggregationPolicy } from '../../../shared/standard/schema';
import { zipEntryText } from '../../../electron/reports/zip-entry-text';

export const GENERATED_AT = '2026-11-27T12:00:00Z';

export const demoModel = (): ReportModel => buildReportModel(reportDataOf(buildDemoReportSource()), GENERATED_AT);

/** W1 on the sample standard, by default with its trimmed mean, or with another aggregation policy. */
export const w1Model = (policy: AggregationPolicy['policy'] = 'trimmed'): ReportModel => {
  const sample = standardSchema.parse(sampleStandardJson);
  const standard = { ...sample, aggregation: { ...sample.aggregation, policy } };
  const input = syntheticSession(standard, { applications: 40, experts: 9, seed: 1 });
  return buildReportModel(reportDataOf({ ...input, sessionId: `w1-${policy}`, exports: [] }), GENERATED_AT);
};

/** Text that a spreadsheet would run as a formula if it were ever written or re-read as one. */
export const HOSTILE = {
  county: '=HYPERLINK("http://evil","x")',
  secondCounty: '+cmd|\' /C calc\'!A0',
  comment: '@SUM(1+1)',
  opinion: '-1+2',
  recusal: '=1+1',
  expertName: '＝HYPERLINK("http://evil","全角")',
  tabbed: '\t=2+2',
} as const;

/** The demo with HOSTILE planted: two county names, a leaf comment, an opinion, a recusal reason, an expert's name. */
export function hostileSource(): ReportSource {
  const source = buildDemoReportSource();
  const recused = source.sheets.find((s) => s.status === 'recused');
  if (!recused) throw new Error('the demo has a recusal');
  const [first, second] = source.applications;
  if (!first || !second) throw new Error('the demo has applications');
  return {
    ...source,
    applications: source.applications.map((a) =>
      a.id === first.id ? { ...a, countyName: HOSTILE.county } : a.id === second.id ? { ...a, countyName: HOSTILE.secondCounty } : a,
    ),
    experts: source.experts.map((e, i) => (i === 1 ? { ...e, name: HOSTILE.expertName, organisation: HOSTILE.tabbed } : e)),
    sheets: source.sheets.map((sheet) => {
      if (sheet === recused && sheet.status === 'recused') return { ...sheet, recusalReason: HOSTILE.recusal };
      if (sheet.status !== 'scored' || sheet.applicationId !== first.id || sheet.expertId !== source.experts[0]?.id) return sheet;
      const leafId = Object.keys(sheet.values).find((id) => typeof sheet.values[id] === 'number') ?? '';
      return { ...sheet, comments: { ...sheet.comments, [leafId]: HOSTILE.comment }, opinion: { ...sheet.opinion, strengths: HOSTILE.opinion } };
    }),
  };
}

export const hostileModel = (): ReportModel => buildReportModel(reportDataOf(hostileSource()), GENERATED_AT);

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own `Buffer extends ArrayBuffer`: give it an ArrayBuffer holding exactly these bytes.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

/** A part of the package as text (the sheets' XML, core.xml…). */
export async function partText(bytes: Uint8Array, path: string): Promise<string> {
  const text = await zipEntryText(bytes, path, 256 << 20);
  if (text === null) throw new Error(`no ${path} in the workbook`);
  return text;
}

/** Overwrites every formula's cached result with -1, so a spreadsheet showing the app's numbers must have recomputed. */
export function withWrongCachedResults(workbook: ExcelJS.Workbook): ExcelJS.Workbook {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) cell.value = { formula: cell.formula, result: -1 };
      }),
    );
  }
  return workbook;
}
