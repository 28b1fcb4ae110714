// A register entry as the progress-report rules read a county (progress-reports.ts's ReportingCounty): its
// states as dated stretches, from each recorded decision to the next, and the day creation started. The
// host's overview and the lifecycle reports use it so the reports a county owed follow from the same history the register keeps.
import type { CountyEntry } from './county-entry';
import type { ReportingCounty, StatePeriod } from './progress-reports';

/** Each recorded state from its decision's date to the next decision's; `applied` has no date and owes nothing. */
export function statePeriodsOf(entry: Pick<CountyEntry, 'history'>): StatePeriod[] {
  return entry.history.map((record, index): StatePeriod => {
    const next = entry.history[index + 1];
    return next === undefined ? { state: record.state, from: record.event.date } : { state: record.state, from: record.event.date, to: next.event.date };
  });
}

export function reportingCountyOf(entry: CountyEntry): ReportingCounty {
  const started = entry.history.find((record) => record.event.kind === 'creationStarted')?.event.date;
  return {
    code: entry.code,
    name: entry.name,
    batch: entry.batch,
    state: entry.state,
    history: statePeriodsOf(entry),
    ...(started === undefined ? {} : { creationStarted: started }),
  };
}
