// The programme's two reports as the bytes of their files, each with the check its read-back copy must pass:
// the overview workbook must open in exceljs with its sheets and carry the fingerprint of the data it was made
// from; the timeline must be a whole PDF (header, pages, end marker) carrying its fingerprint. Both are built
// from what the programme's files say at one instant (ProgrammeSnapshot), so the county rows, the quota and
// the overdue list cannot disagree.
// The timeline is rendered here rather than in the session reports' worker: one county's few pages lay out in
// a fraction of a second, while the worker exists for sessions whose score sheets run to thousands of pages.
import ExcelJS from 'exceljs';
import type { ProgrammeSettings, StoredProgressReport } from '../../shared/contract/programme-spec';
import type { Locale } from '../../shared/i18n/translate';
import type { CountyEntry } from '../../shared/lifecycle/county-entry';
import type { CountyRegister } from '../../shared/lifecycle/county-register';
import type { ProgrammeQuotaSettingsInput } from '../../shared/lifecycle/programme-quota';
import { reportStatus } from '../../shared/lifecycle/progress-reports';
import { reportingCountyOf } from '../../shared/lifecycle/reporting-county';
import { registerStageScores } from '../../shared/reports/county-lifecycle-scores';
import { buildCountyTimelinePdf, countyTimelineFingerprint, type CountyTimelineInput } from '../../shared/reports/pdf/county-timeline-pdf';
import { WORKBOOK_FINGERPRINT_PREFIX } from '../../shared/reports/report-files';
import { buildProgrammeOverviewWorkbook, programmeOverviewData, type ProgrammeOverviewInput } from '../../shared/reports/workbook/programme-overview-workbook';
import { fingerprintInPdfText } from '../reports/report-fingerprint-reader';
import { renderPdf } from '../reports/render-pdf';
import { workbookBytes } from '../reports/workbook-bytes';

/** What the programme's files held when the report was asked for, and the moment it was. */
export interface ProgrammeSnapshot {
  register: CountyRegister;
  settings: ProgrammeSettings;
  reports: readonly StoredProgressReport[];
  /** Beijing's date at `generatedAt`. */
  today: string;
  generatedAt: string;
}

/** A report ready to write: its bytes, and the check the copy read back from disk must pass. */
export interface ReportBytes {
  bytes: Uint8Array;
  verify: (readBack: Uint8Array) => Promise<boolean>;
}

/** Sheets the overview always has (示范县总览, 名额使用, 逾期报告, 说明). */
const OVERVIEW_SHEETS = 4;

export function overviewInput(snapshot: ProgrammeSnapshot, quotaSettings: ProgrammeQuotaSettingsInput): ProgrammeOverviewInput {
  const scores = registerStageScores(snapshot.register.counties);
  return {
    register: snapshot.register,
    today: snapshot.today,
    generatedAt: snapshot.generatedAt,
    quotaSettings,
    progressReports: snapshot.reports.map((stored) => stored.report),
    progressSettings: snapshot.settings.reports,
    ...(scores === null ? {} : { scores }),
  };
}

export async function overviewBytes(input: ProgrammeOverviewInput, locale: Locale): Promise<ReportBytes> {
  const { fingerprint } = programmeOverviewData(input);
  const bytes = await workbookBytes(buildProgrammeOverviewWorkbook(input, locale));
  const verify = async (readBack: Uint8Array): Promise<boolean> => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(readBack).buffer);
    return book.worksheets.length === OVERVIEW_SHEETS && book.keywords === WORKBOOK_FINGERPRINT_PREFIX + fingerprint;
  };
  return { bytes, verify };
}

export function timelineInput(snapshot: ProgrammeSnapshot, county: CountyEntry): CountyTimelineInput {
  const status = reportStatus([reportingCountyOf(county)], snapshot.reports.map((stored) => stored.report), snapshot.today, snapshot.settings.reports);
  const progress = status.counties[0];
  return {
    county,
    today: snapshot.today,
    generatedAt: snapshot.generatedAt,
    settings: snapshot.settings.lifecycle,
    ...(progress === undefined ? {} : { progress }),
  };
}

/** The number of pages the PDF's page tree says it has (pdfkit writes one /Pages node with its /Count). */
function pdfPageCount(text: string): number {
  const found = /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/.exec(text) ?? /\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/.exec(text);
  return found?.[1] === undefined ? 0 : Number(found[1]);
}

/** A whole PDF of ours: the header, at least one page, the end marker, and the fingerprint of its data. */
export function isWholePdf(readBack: Uint8Array, fingerprint: string): boolean {
  // latin1 keeps every byte as one character, so the PDF's ASCII structure reads as written.
  const text = Buffer.from(readBack.buffer, readBack.byteOffset, readBack.byteLength).toString('latin1');
  return text.startsWith('%PDF-') && text.trimEnd().endsWith('%%EOF') && pdfPageCount(text) > 0 && fingerprintInPdfText(text) === fingerprint;
}

export async function timelineBytes(input: CountyTimelineInput, locale: Locale): Promise<ReportBytes> {
  const fingerprint = countyTimelineFingerprint(input);
  const bytes = await renderPdf(buildCountyTimelinePdf(input, locale));
  return { bytes, verify: (readBack) => Promise.resolve(isWholePdf(readBack, fingerprint)) };
}
