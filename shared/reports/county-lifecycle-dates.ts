// Dates the lifecycle reports read off a county's recorded history, the same way in the PDF and the workbook.
import type { CalendarDate } from '../lifecycle/calendar-date';
import type { CountyEntry } from '../lifecycle/county-entry';

/** The day the county entered its current state: a re-check that keeps the title does not restart it. */
export function stateSince(county: Pick<CountyEntry, 'state' | 'history'>): CalendarDate | undefined {
  let since: CalendarDate | undefined;
  for (let index = county.history.length - 1; index >= 0; index -= 1) {
    const record = county.history[index];
    if (record === undefined || record.state !== county.state) break;
    since = record.event.date;
  }
  return since;
}
