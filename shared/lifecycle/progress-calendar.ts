// The calendar of progress reporting: the quarter and year a report covers, on the register's plain Beijing dates
// (calendar-date.ts: `YYYY-MM-DD`, counted in whole UTC days, so a report received on its due day is on time on
// every machine, whatever its clock's zone).
import { z } from 'zod';
import { calendarDateSchema, type CalendarDate } from './calendar-date';

export { addDays, dayNumber, daysBetween, fromDayNumber } from './calendar-date';

/** A calendar date as the office writes it, `2025-10-15`. */
export const plainDateSchema = calendarDateSchema;
export type PlainDate = CalendarDate;

export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

/** The period a quarterly report covers, `2025-Q3`. */
export const quarterPeriodSchema = z.string().regex(/^\d{4}-Q[1-4]$/);
/** The period an annual report covers, `2025`. */
export const yearPeriodSchema = z.string().regex(/^\d{4}$/);

/** Month-day on which each quarter ends: 03-31, 06-30, 09-30, 12-31. */
const QUARTER_END_MONTH_DAY: Record<Quarter, string> = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' };

export const quarterPeriod = (year: number, quarter: Quarter): string => `${year}-Q${quarter}`;
export const yearPeriod = (year: number): string => String(year);
export const quarterEnd = (year: number, quarter: Quarter): PlainDate => `${pad(year, 4)}-${QUARTER_END_MONTH_DAY[quarter]}`;
export const yearEnd = (year: number): PlainDate => `${pad(year, 4)}-12-31`;

/** `2025-Q3` → { year: 2025, quarter: 3 }. */
export function parseQuarterPeriod(period: string): { year: number; quarter: Quarter } {
  const match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!match) throw new RangeError(`not a quarter period: ${period}`);
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter };
}

export function yearOf(date: PlainDate): number {
  return Number(date.slice(0, 4));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
