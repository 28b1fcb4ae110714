// The calendar of progress reporting: plain Beijing dates (`YYYY-MM-DD`), the quarter and year a report covers,
// and how many days lie between two dates. Dates are calendar days as the office writes them, never instants:
// counting with whole day numbers (no Date, no time zone) means a report received on its due day is on time on
// every machine, whatever its clock's zone.
import { z } from 'zod';

/** A calendar date as the office writes it, `2025-10-15`. */
export const plainDateSchema = z.iso.date();
export type PlainDate = string;

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

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil, integers only). */
export function dayNumber(date: PlainDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date `days` days since 1970-01-01 (civil_from_days). */
export function fromDayNumber(days: number): PlainDate {
  const z0 = days + 719_468;
  const era = Math.floor(z0 / 146_097);
  const dayOfEra = z0 - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export const addDays = (date: PlainDate, days: number): PlainDate => fromDayNumber(dayNumber(date) + days);

/** `to − from` in days: positive when `to` is later. */
export const daysBetween = (from: PlainDate, to: PlainDate): number => dayNumber(to) - dayNumber(from);

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
