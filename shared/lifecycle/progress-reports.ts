// Which progress reports each county owed, which came in, and which are overdue (work plan §九(二): counties in
// creation send a 工作动态 every quarter to the city and the provincial office, and a 工作进度报告 every year).
//
// The reading taken of "owed": a county owes the report for a period when it is in a reporting state
// (STATES_REPORTING_PROGRESS: creating, mid-term checked, failed acceptance, rectifying) on the period's last day.
// So a county that starts creation in the middle of a quarter owes that quarter (for the weeks it worked), a
// county named or cancelled during a quarter stops owing from that quarter on (its acceptance or the decision
// closes the record), and a rectifying county keeps owing. Each period is owed at most once, however the state
// history is cut into pieces.
import { COUNTY_STATES, STATES_REPORTING_PROGRESS, type CountyState } from './county-states';
import { daysBetween, addDays, plainDateSchema, QUARTERS, quarterEnd, quarterPeriod, yearEnd, yearOf, yearPeriod, type PlainDate } from './progress-calendar';
import { annualDue, progressReportSettingsSchema, quarterlyDue, type ProgressReportSettingsInput } from './progress-report-settings';
import type { ProgressReportKind, SubmittedReport } from './progress-report-schema';
import { z } from 'zod';

/** One stretch of a county's state history: `from` is the day the state was entered, `to` the day it was left
 * (the next state's `from`, so the county was no longer in this state on `to`); no `to` = still in it. */
export const statePeriodSchema = z
  .object({ state: z.enum(COUNTY_STATES), from: plainDateSchema, to: plainDateSchema.optional() })
  .refine((period) => period.to === undefined || period.to >= period.from, { error: 'to is before from', path: ['to'] });
export type StatePeriod = z.output<typeof statePeriodSchema>;

export interface ReportingCounty {
  code: string;
  name: string;
  batch: number;
  state: CountyState;
  history: readonly StatePeriod[];
  /** The day the county's duty to report began (开始创建), when the office sets it apart from the history:
   * periods ending before it are not owed even if the history has the county in a reporting state already. */
  creationStarted?: PlainDate;
}

export interface ExpectedReport {
  kind: ProgressReportKind;
  /** '2025-Q3' or '2025'. */
  period: string;
  /** The period's last day: the day the county had to be in a reporting state to owe it. */
  periodEnd: PlainDate;
  due: PlainDate;
}

export interface ExpectedReportsOptions {
  creationStarted?: PlainDate;
  /** Only periods that have ended by this day (inclusive) are owed; usually today. */
  until: PlainDate;
  settings?: ProgressReportSettingsInput;
}

/** Every report the county owed, oldest first (a year's quarterly update before its annual report). */
export function expectedReports(county: Pick<ReportingCounty, 'history'>, options: ExpectedReportsOptions): ExpectedReport[] {
  const settings = progressReportSettingsSchema.parse(options.settings ?? {});
  const owed = new Map<string, ExpectedReport>();
  for (const span of county.history) {
    if (!STATES_REPORTING_PROGRESS.has(span.state)) continue;
    const first = latest(span.from, options.creationStarted);
    const lastInState = span.to === undefined ? options.until : addDays(span.to, -1);
    const last = lastInState < options.until ? lastInState : options.until;
    if (first > last) continue;
    for (let year = yearOf(first); year <= yearOf(last); year += 1) {
      for (const quarter of QUARTERS) {
        const end = quarterEnd(year, quarter);
        if (end >= first && end <= last) {
          const period = quarterPeriod(year, quarter);
          owed.set(`quarterly ${period}`, { kind: 'quarterly', period, periodEnd: end, due: quarterlyDue(settings, year, quarter) });
        }
      }
      const end = yearEnd(year);
      if (end >= first && end <= last) {
        const period = yearPeriod(year);
        owed.set(`annual ${period}`, { kind: 'annual', period, periodEnd: end, due: annualDue(settings, year) });
      }
    }
  }
  return [...owed.values()].sort(byPeriodEnd);
}

/** Where one owed report stands. 'returned' = only returned reports came in (退回未重报), which count as missing. */
export type ReportStanding = 'onTime' | 'late' | 'notYetDue' | 'missing' | 'returned';

export interface PeriodReportStatus extends ExpectedReport {
  /** The report that counts: the first one received that was not returned; null when there is none. */
  report: SubmittedReport | null;
  /** Reports for this period that the office sent back. */
  returned: SubmittedReport[];
  standing: ReportStanding;
  /** How many days after its due day the counting report came in (0 when on time or missing). */
  daysLate: number;
  /** How many days past its due day the report is still missing (0 when it came in or is not yet due). */
  daysOverdue: number;
}

export interface CountyReportStatus {
  code: string;
  name: string;
  batch: number;
  state: CountyState;
  periods: PeriodReportStatus[];
}

export interface ReportStatus {
  counties: CountyReportStatus[];
  /** Reports that match no owed period (an unknown county, or a period it did not owe): shown, never dropped. */
  unmatched: SubmittedReport[];
}

/** Per county, each report it owed by `today` with the report that answers it, or none. */
export function reportStatus(
  counties: readonly ReportingCounty[],
  reports: readonly SubmittedReport[],
  today: PlainDate,
  settings?: ProgressReportSettingsInput,
): ReportStatus {
  const byPeriod = groupReports(reports);
  const matched = new Set<SubmittedReport>();
  const statuses = counties.map((county): CountyReportStatus => {
    const owed = expectedReports(county, { creationStarted: county.creationStarted, until: today, settings });
    const periods = owed.map((expected) => {
      const received = byPeriod.get(reportKey(county.code, expected.kind, expected.period)) ?? [];
      for (const report of received) matched.add(report);
      return standingOf(expected, received, today);
    });
    return { code: county.code, name: county.name, batch: county.batch, state: county.state, periods };
  });
  return { counties: statuses, unmatched: reports.filter((report) => !matched.has(report)) };
}

export interface OverdueReport {
  county: string;
  countyName: string;
  kind: ProgressReportKind;
  period: string;
  due: PlainDate;
  daysOverdue: number;
  /** A report came in but was returned and not resubmitted. */
  returned: boolean;
}

/** The missing reports past their due day, most overdue first (then by county code, then oldest period). */
export function overdue(status: ReportStatus): OverdueReport[] {
  const late = status.counties.flatMap((county) =>
    county.periods
      .filter((period) => period.daysOverdue > 0)
      .map(
        (period): OverdueReport => ({
          county: county.code,
          countyName: county.name,
          kind: period.kind,
          period: period.period,
          due: period.due,
          daysOverdue: period.daysOverdue,
          returned: period.standing === 'returned',
        }),
      ),
  );
  return late.sort(
    (a, b) => b.daysOverdue - a.daysOverdue || compareText(a.county, b.county) || compareText(a.due, b.due) || compareText(a.kind, b.kind),
  );
}

function standingOf(expected: ExpectedReport, received: readonly SubmittedReport[], today: PlainDate): PeriodReportStatus {
  const returned = received.filter((report) => report.status === 'returned');
  const counting = received.filter((report) => report.status !== 'returned').sort((a, b) => compareText(a.receivedOn, b.receivedOn));
  const report = counting[0] ?? null;
  if (report !== null) {
    const daysLate = Math.max(0, daysBetween(expected.due, report.receivedOn));
    return { ...expected, report, returned, standing: daysLate > 0 ? 'late' : 'onTime', daysLate, daysOverdue: 0 };
  }
  // The due day itself is still in time: a report received on it is on time, so nothing is overdue yet.
  const daysOverdue = Math.max(0, daysBetween(expected.due, today));
  const standing: ReportStanding = returned.length > 0 ? 'returned' : daysOverdue > 0 ? 'missing' : 'notYetDue';
  return { ...expected, report: null, returned, standing, daysLate: 0, daysOverdue };
}

function groupReports(reports: readonly SubmittedReport[]): Map<string, SubmittedReport[]> {
  const groups = new Map<string, SubmittedReport[]>();
  for (const report of reports) {
    const key = reportKey(report.county, report.kind, report.period);
    groups.set(key, [...(groups.get(key) ?? []), report]);
  }
  return groups;
}

const reportKey = (county: string, kind: ProgressReportKind, period: string): string => `${county} ${kind} ${period}`;

const latest = (date: PlainDate, floor: PlainDate | undefined): PlainDate => (floor !== undefined && floor > date ? floor : date);

/** Oldest period first. Q4 and the year end on the same day: the sort is stable and a year's Q4 is always found
 * before its annual report, so the quarterly update stays first. */
const byPeriodEnd = (a: ExpectedReport, b: ExpectedReport): number => compareText(a.periodEnd, b.periodEnd);

/** Code-point order: YYYY-MM-DD dates and six-digit codes sort as they read. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
