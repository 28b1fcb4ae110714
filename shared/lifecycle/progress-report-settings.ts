// When progress reports are due (work plan §九(二): 每季度报送工作动态，每年进行一次工作进度报告). The plan names no
// deadline, so both are settings the office fills in: the quarterly update N days after the quarter ends, the
// annual report on a month-day of the following year.
import { z } from 'zod';
import { addDays, quarterEnd, type PlainDate, type Quarter } from './progress-calendar';

/** Days in each month of a common year: 02-29 is refused because it would be no due date in three years of four. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isMonthDayOfEveryYear(monthDay: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(monthDay);
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  const days = DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

export const progressReportSettingsSchema = z.object({
  /** The quarterly update (工作动态) is due this many days after the quarter's last day; 0 = on that day. */
  quarterlyDueDaysAfterQuarterEnd: z.number().int().nonnegative().max(366).default(15),
  /** The annual report (工作进度报告) for year Y is due on this `MM-DD` of year Y + 1. */
  annualDueMonthDay: z.string().refine(isMonthDayOfEveryYear, { error: 'MM-DD, a day every year has (not 02-29)' }).default('01-31'),
});
export type ProgressReportSettings = z.output<typeof progressReportSettingsSchema>;
export type ProgressReportSettingsInput = z.input<typeof progressReportSettingsSchema>;

export function quarterlyDue(settings: ProgressReportSettings, year: number, quarter: Quarter): PlainDate {
  return addDays(quarterEnd(year, quarter), settings.quarterlyDueDaysAfterQuarterEnd);
}

export function annualDue(settings: ProgressReportSettings, year: number): PlainDate {
  return `${String(year + 1).padStart(4, '0')}-${settings.annualDueMonthDay}`;
}
