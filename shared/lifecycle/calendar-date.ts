// Dates in the county register are Beijing calendar dates written YYYY-MM-DD, as they appear on decision
// documents. They are compared as text and counted with UTC arithmetic only: a date never passes through a
// time zone, so a deadline cannot move by a day on a computer set to another zone.
import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function partsOf(date: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar day written YYYY-MM-DD (2025-02-29 is not one). */
export function isCalendarDate(date: string): boolean {
  const parts = partsOf(date);
  if (!parts || parts.year < 1900) return false;
  return parts.month >= 1 && parts.month <= 12 && parts.day >= 1 && parts.day <= daysInMonth(parts.year, parts.month);
}

export const calendarDateSchema = z.string().refine(isCalendarDate, { message: 'YYYY-MM-DD' });
export type CalendarDate = string;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * `months` calendar months after `date`, the day kept and clamped to the target month's end
 * (08-31 + 6 months → 02-28, or 02-29 in a leap year), as people count "半年" on a calendar.
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const parts = partsOf(date);
  if (!parts) throw new Error(`not a date: ${date}`);
  const monthIndex = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(parts.day, daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 (UTC day numbers: no time zone ever applies). */
export function dayNumber(date: CalendarDate): number {
  const parts = partsOf(date);
  if (!parts) throw new Error(`not a date: ${date}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000;
}

/** The date of a day number (the inverse of dayNumber). */
export function fromDayNumber(days: number): CalendarDate {
  const moved = new Date(days * 86_400_000);
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1, 2)}-${pad(moved.getUTCDate(), 2)}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}
