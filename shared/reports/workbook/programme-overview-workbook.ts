// The programme overview (示范县创建总览.xlsx): every county with its state, dates and decisions (and scores by
// stage when the caller has them from the review sessions), the use of the 40 % cap, the overdue progress
// reports, and what each column means. Pure: the quota and the overdue list are worked out here from the
// register with the domain's own rules (programme-quota.ts, progress-reports.ts), so the three sheets cannot
// disagree; the host only supplies the register, the settings, the progress reports and the scores.
// Dates are ISO text throughout (see programme-overview-columns.ts for why).
import ExcelJS from 'exceljs';
import { translate, type Locale } from '../../i18n/translate';
import type { CalendarDate } from '../../lifecycle/calendar-date';
import type { CountyRegister } from '../../lifecycle/county-register';
import { programmeQuota, type ProgrammeQuota, type ProgrammeQuotaSettingsInput } from '../../lifecycle/programme-quota';
import type { SubmittedReport } from '../../lifecycle/progress-report-schema';
import type { ProgressReportSettingsInput } from '../../lifecycle/progress-report-settings';
import { overdue, reportStatus, type OverdueReport, type ReportStatus } from '../../lifecycle/progress-reports';
import { fingerprintOf } from '../../util/fingerprint';
import { reportingCountyOf } from '../../lifecycle/reporting-county';
import { WORKBOOK_FINGERPRINT_PREFIX } from '../report-files';
import { reportDateTime } from '../report-text';
import { exceljsSink } from './exceljs-sink';
import { overviewColumns, type StageScores } from './programme-overview-columns';
import { countyOverviewRow } from './programme-overview-rows';
import { writeCountiesSheet, writeNotesSheet, writeOverdueSheet, writeQuotaSheet } from './programme-overview-sheets';
import type { WorkbookSink } from './sheet-sink';

export interface ProgrammeOverviewInput {
  register: CountyRegister;
  /** Today's Beijing date: next steps, days left and overdue reports are counted from it. */
  today: CalendarDate;
  /** ISO instant the workbook is generated. */
  generatedAt: string;
  quotaSettings: ProgrammeQuotaSettingsInput;
  progressReports: readonly SubmittedReport[];
  progressSettings?: ProgressReportSettingsInput;
  /** County code → scores by stage, from the review sessions; the score columns appear only when given. */
  scores?: ReadonlyMap<string, StageScores>;
}

export interface ProgrammeOverviewData {
  quota: ProgrammeQuota;
  status: ReportStatus;
  overdue: OverdueReport[];
  fingerprint: string;
}

/** The quota, the report status and the overdue list the sheets show, and the fingerprint of the input. */
export function programmeOverviewData(input: ProgrammeOverviewInput): ProgrammeOverviewData {
  const { counties } = input.register;
  const quota = programmeQuota(input.quotaSettings, counties);
  const status = reportStatus(counties.map(reportingCountyOf), input.progressReports, input.today, input.progressSettings);
  const scores = input.scores === undefined ? null : Object.fromEntries([...input.scores].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const fingerprint = fingerprintOf({
    register: input.register,
    today: input.today,
    quotaSettings: input.quotaSettings,
    progressReports: input.progressReports,
    progressSettings: input.progressSettings ?? null,
    scores,
  });
  return { quota, status, overdue: overdue(status), fingerprint };
}

export function fillProgrammeOverview(sink: WorkbookSink, input: ProgrammeOverviewInput, locale: Locale): void {
  const data = programmeOverviewData(input);
  sink.properties({
    creator: translate(locale, 'lifecycleReports.workbook.creator'),
    title: translate(locale, 'lifecycleReports.workbook.title'),
    subject: translate(locale, 'lifecycleReports.workbook.title'),
    keywords: WORKBOOK_FINGERPRINT_PREFIX + data.fingerprint,
    created: input.generatedAt,
  });
  const context = { sink, locale, fingerprint: data.fingerprint };
  const columns = overviewColumns(locale, input.scores !== undefined);
  const rows = input.register.counties.map((county) => countyOverviewRow(county, input.today, input.register.settings));
  writeCountiesSheet(context, columns, rows, input.scores);
  writeQuotaSheet(context, data.quota);
  writeOverdueSheet(context, data.overdue);
  writeNotesSheet(context, { columns, generated: reportDateTime(locale, input.generatedAt) });
}

/** The overview in memory; the host writes it with workbook.xlsx.writeBuffer (electron/reports/workbook-bytes.ts). */
export function buildProgrammeOverviewWorkbook(input: ProgrammeOverviewInput, locale: Locale): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  fillProgrammeOverview(exceljsSink(workbook, { streaming: false }), input, locale);
  return workbook;
}
