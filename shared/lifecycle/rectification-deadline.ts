// A county that failed acceptance may keep its qualification for half a year to rectify (work plan §六(二)).
// The half year is six calendar months from the date of the retention decision, date-only: a re-inspection
// on the deadline day is in time, the day after is not, and from then on only the lapse can be recorded.
import { addCalendarMonths, daysBetween, type CalendarDate } from './calendar-date';
import type { CountyEntry } from './county-entry';

export const RECTIFICATION_MONTHS = 6;

/** The last day a re-inspection may be held after a retention decision dated `retentionDate`. */
export function rectificationDeadline(retentionDate: CalendarDate): CalendarDate {
  return addCalendarMonths(retentionDate, RECTIFICATION_MONTHS);
}

/** The deadline of a rectifying county (from its latest retention decision), or undefined in any other state. */
export function rectificationDeadlineOf(entry: Pick<CountyEntry, 'state' | 'history'>): CalendarDate | undefined {
  if (entry.state !== 'rectifying') return undefined;
  const granted = entry.history.findLast((record) => record.event.kind === 'retentionGranted');
  return granted ? rectificationDeadline(granted.event.date) : undefined;
}

export interface RectificationDue {
  code: string;
  name: string;
  deadline: CalendarDate;
  /** Days until the deadline: 0 on the deadline day, negative once it has passed. */
  daysLeft: number;
}

export interface RectificationsDue {
  /** Still in time, soonest deadline first. */
  inTime: RectificationDue[];
  /** Past their deadline with no re-inspection: to be recorded as rectificationLapsed. */
  lapsed: RectificationDue[];
}

export function rectificationsDue(register: { counties: readonly CountyEntry[] }, today: CalendarDate): RectificationsDue {
  const due: RectificationDue[] = [];
  for (const entry of register.counties) {
    const deadline = rectificationDeadlineOf(entry);
    if (deadline !== undefined) due.push({ code: entry.code, name: entry.name, deadline, daysLeft: daysBetween(today, deadline) });
  }
  due.sort((a, b) => a.daysLeft - b.daysLeft || a.code.localeCompare(b.code));
  return { inTime: due.filter((d) => d.daysLeft >= 0), lapsed: due.filter((d) => d.daysLeft < 0) };
}
