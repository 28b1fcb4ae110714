// The overview the office opens to see where every county is and what is due next: each county with its state,
// latest transition and next step (a line in the caller's language), the quota per batch with its working, and
// the overdue progress reports — computed from the files as read, for one Beijing day.
import type { z } from 'zod';
import type { countyOverviewSchema, ProgrammeSettings, StoredProgressReport } from '../../shared/contract/programme-spec';
import { describeProblem } from '../../shared/i18n/describe-problem';
import { translate, type Locale, type MessageKey } from '../../shared/i18n/translate';
import type { CountyEntry } from '../../shared/lifecycle/county-entry';
import type { CountyRegister } from '../../shared/lifecycle/county-register';
import type { CountyState } from '../../shared/lifecycle/county-states';
import { nextDue, type NextDue } from '../../shared/lifecycle/next-due';
import { programmeQuota } from '../../shared/lifecycle/programme-quota';
import { batchLine, placeReadingLine, quotaSummaryLine, quotaWorkingLine } from '../../shared/lifecycle/programme-quota-text';
import { overdueLine, overdueLines, unmatchedLine } from '../../shared/lifecycle/progress-report-text';
import { overdue, reportStatus, type OverdueReport } from '../../shared/lifecycle/progress-reports';
import { reportingCountyOf } from '../../shared/lifecycle/reporting-county';
import type { EventKind } from '../../shared/lifecycle/transition-events';

export const stateLabel = (locale: Locale, state: CountyState): string => translate(locale, `lifecycle.state.${state}` satisfies MessageKey);
const eventLabel = (locale: Locale, event: EventKind): string => translate(locale, `lifecycle.event.${event}` satisfies MessageKey);

export function nextDueLine(locale: Locale, due: NextDue): string {
  switch (due.kind) {
    case 'none':
      return translate(locale, 'programme.nextDue.none');
    case 'undated':
      return translate(locale, 'programme.nextDue.undated', { event: eventLabel(locale, due.event) });
    case 'dated':
      return due.daysLeft < 0
        ? translate(locale, 'programme.nextDue.overdue', { event: eventLabel(locale, due.event), date: due.dueDate, days: -due.daysLeft })
        : translate(locale, 'programme.nextDue.dated', { event: eventLabel(locale, due.event), date: due.dueDate, days: due.daysLeft });
  }
}

export function countyOverview(locale: Locale, entry: CountyEntry, today: string, settings: ProgrammeSettings): z.input<typeof countyOverviewSchema> {
  const due = nextDue(entry, today, settings.lifecycle);
  return {
    code: entry.code,
    name: entry.name,
    city: entry.city,
    batch: entry.batch,
    povertyAlleviated: entry.povertyAlleviated,
    state: entry.state,
    stateLabel: stateLabel(locale, entry.state),
    lastTransition: entry.history.at(-1) ?? null,
    history: entry.history,
    nextDue: due,
    nextDueLine: nextDueLine(locale, due),
  };
}

export function quotaOverview(locale: Locale, register: CountyRegister, settings: ProgrammeSettings) {
  if (settings.quota === null) return null;
  const quota = programmeQuota(settings.quota, register.counties);
  return {
    cap: quota.cap,
    used: quota.used,
    remaining: quota.remaining,
    freed: quota.freed,
    exceeded: quota.exceeded,
    exceededBy: quota.exceededBy,
    byBatch: quota.byBatch,
    lines: [quotaWorkingLine(locale, quota), quotaSummaryLine(locale, quota), ...quota.byBatch.map((batch) => batchLine(locale, batch)), placeReadingLine(locale)],
    problems: quota.problems.map((problem) => describeProblem(locale, problem)),
  };
}

export function overdueOverview(locale: Locale, register: CountyRegister, reports: readonly StoredProgressReport[], today: string, settings: ProgrammeSettings) {
  const status = reportStatus(register.counties.map(reportingCountyOf), reports.map((stored) => stored.report), today, settings.reports);
  const items: OverdueReport[] = overdue(status);
  return {
    overdue: items.map((item) => ({ ...item, line: overdueLine(locale, item) })),
    overdueLines: overdueLines(locale, items),
    unmatchedLines: status.unmatched.map((report) => unmatchedLine(locale, report)),
  };
}
