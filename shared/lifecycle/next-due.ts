// "What is due next for this county?" in one line's worth of data: the next step, and when it falls due where
// the programme gives a date. The intervals are the office's settings (county-register.ts) because the work
// plan only says "一般以2年为周期" and "定期复查".
import { addCalendarMonths, daysBetween, type CalendarDate } from './calendar-date';
import type { CountyEntry } from './county-entry';
import { rectificationDeadlineOf } from './rectification-deadline';
import type { EventKind } from './transition-events';

export interface LifecycleSettings {
  /** From the start of creation to acceptance (work plan §五: generally two years). */
  creationPeriodMonths: number;
  /** From the start of creation to the mid-term inspection (half of the period by default). */
  midtermAfterMonths: number;
  /** Between periodic re-checks of a named county (work plan §六(三) says only "定期"; three years by default). */
  recheckIntervalMonths: number;
}

export const DEFAULT_LIFECYCLE_SETTINGS: Readonly<LifecycleSettings> = { creationPeriodMonths: 24, midtermAfterMonths: 12, recheckIntervalMonths: 36 };

export type NextDue =
  | { kind: 'none' }
  /** The next step has no date of its own (qualification review, start of creation, the retention request). */
  | { kind: 'undated'; event: EventKind }
  /** Due by `dueDate`; `daysLeft` is negative once overdue. */
  | { kind: 'dated'; event: EventKind; dueDate: CalendarDate; daysLeft: number };

const dated = (event: EventKind, dueDate: CalendarDate, today: CalendarDate): NextDue => ({ kind: 'dated', event, dueDate, daysLeft: daysBetween(today, dueDate) });

const lastDateOf = (entry: CountyEntry, kinds: readonly EventKind[]): CalendarDate | undefined =>
  entry.history.findLast((record) => kinds.includes(record.event.kind))?.event.date;

export function nextDue(entry: CountyEntry, today: CalendarDate, settings: LifecycleSettings = DEFAULT_LIFECYCLE_SETTINGS): NextDue {
  const started = lastDateOf(entry, ['creationStarted']);
  switch (entry.state) {
    case 'applied':
      return { kind: 'undated', event: 'qualificationDecided' };
    case 'qualified':
      return { kind: 'undated', event: 'creationStarted' };
    case 'inCreation':
      return started ? dated('midtermRecorded', addCalendarMonths(started, settings.midtermAfterMonths), today) : { kind: 'undated', event: 'midtermRecorded' };
    case 'midtermChecked':
      return started ? dated('acceptanceDecided', addCalendarMonths(started, settings.creationPeriodMonths), today) : { kind: 'undated', event: 'acceptanceDecided' };
    case 'acceptanceFailed':
      return { kind: 'undated', event: 'retentionGranted' };
    case 'rectifying': {
      const deadline = rectificationDeadlineOf(entry);
      if (!deadline) return { kind: 'undated', event: 'reinspectionDecided' };
      // Past the deadline no re-inspection can be recorded any more (transitions.ts): what is due is the lapse.
      return dated(today > deadline ? 'rectificationLapsed' : 'reinspectionDecided', deadline, today);
    }
    case 'named': {
      // Re-checks count from the naming or the latest re-check that kept the county.
      const since = lastDateOf(entry, ['acceptanceDecided', 'reinspectionDecided', 'recheckDecided']);
      return since ? dated('recheckDecided', addCalendarMonths(since, settings.recheckIntervalMonths), today) : { kind: 'undated', event: 'recheckDecided' };
    }
    case 'notQualified':
    case 'cancelled':
    case 'delisted':
      return { kind: 'none' };
  }
}
