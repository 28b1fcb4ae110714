// One county of the register as a row of the programme overview: its latest decision at each stage (date,
// 文号, grade or result), when it entered its present state, was named or de-listed, its rectification
// deadline and what is due next. Read from the recorded history only, so the row says what the register says.
import type { CalendarDate } from '../../lifecycle/calendar-date';
import type { CountyEntry, HistoryRecord } from '../../lifecycle/county-entry';
import { nextDue, type LifecycleSettings, type NextDue } from '../../lifecycle/next-due';
import { rectificationDeadlineOf } from '../../lifecycle/rectification-deadline';
import { outcomeOf, type EventKind } from '../../lifecycle/transition-events';
import { stateSince } from '../county-lifecycle-dates';

export interface StageDecision {
  date: CalendarDate;
  documentNumber?: string;
  /** The result or grade as the code writes it ('pass', 'excellent'…); undefined for kinds without one. */
  outcome?: string;
}

export interface CountyOverviewRow {
  county: CountyEntry;
  stateSince?: CalendarDate;
  qualification?: StageDecision;
  midterm?: StageDecision;
  acceptance?: StageDecision;
  rectificationDeadline?: CalendarDate;
  reinspection?: StageDecision;
  named?: CalendarDate;
  delisted?: CalendarDate;
  next: NextDue;
}

function latest(history: readonly HistoryRecord[], kind: EventKind): StageDecision | undefined {
  const record = history.findLast((item) => item.event.kind === kind);
  if (record === undefined) return undefined;
  const { date, documentNumber } = record.event;
  const outcome = outcomeOf(record.event);
  return { date, ...(documentNumber === undefined ? {} : { documentNumber }), ...(outcome === undefined ? {} : { outcome }) };
}

/** The date of the first decision that led into `state` (named by acceptance or re-inspection; de-listed). */
const firstEntered = (history: readonly HistoryRecord[], state: CountyEntry['state']): CalendarDate | undefined =>
  history.find((record, index) => record.state === state && history[index - 1]?.state !== state)?.event.date;

export function countyOverviewRow(county: CountyEntry, today: CalendarDate, settings: LifecycleSettings): CountyOverviewRow {
  const { history } = county;
  return {
    county,
    stateSince: stateSince(county),
    qualification: latest(history, 'qualificationDecided'),
    midterm: latest(history, 'midtermRecorded'),
    acceptance: latest(history, 'acceptanceDecided'),
    rectificationDeadline: rectificationDeadlineOf(county),
    reinspection: latest(history, 'reinspectionDecided'),
    named: firstEntered(history, 'named'),
    delisted: firstEntered(history, 'delisted'),
    next: nextDue(county, today, settings),
  };
}
