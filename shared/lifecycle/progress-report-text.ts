// Progress reports in words for the office's screens and lists: the kind, the period as the office writes it
// (「2025年第三季度」, 「2025年度」), where a report stands and one line per overdue report. Text comes from the
// locale files; this file only chooses the key and fills in the values.
import { translate, type Locale, type MessageKey } from '../i18n/translate';
import { parseQuarterPeriod, type Quarter } from './progress-calendar';
import type { ProgressReportKind, ProgressReportStatus, SubmittedReport } from './progress-report-schema';
import type { OverdueReport, PeriodReportStatus } from './progress-reports';

const QUARTER_KEYS: Record<Quarter, MessageKey> = {
  1: 'lifecycleProgress.period.q1',
  2: 'lifecycleProgress.period.q2',
  3: 'lifecycleProgress.period.q3',
  4: 'lifecycleProgress.period.q4',
};

export function kindLabel(locale: Locale, kind: ProgressReportKind): string {
  return translate(locale, kind === 'quarterly' ? 'lifecycleProgress.kind.quarterly' : 'lifecycleProgress.kind.annual');
}

export function reportStatusLabel(locale: Locale, status: ProgressReportStatus): string {
  const keys: Record<ProgressReportStatus, MessageKey> = {
    received: 'lifecycleProgress.status.received',
    accepted: 'lifecycleProgress.status.accepted',
    returned: 'lifecycleProgress.status.returned',
  };
  return translate(locale, keys[status]);
}

/** '2025-Q3' → 「2025年第三季度」, '2025' → 「2025年度」. */
export function periodLabel(locale: Locale, kind: ProgressReportKind, period: string): string {
  if (kind === 'annual') return translate(locale, 'lifecycleProgress.period.year', { year: period });
  const { year, quarter } = parseQuarterPeriod(period);
  return translate(locale, QUARTER_KEYS[quarter], { year });
}

export function standingLabel(locale: Locale, status: Pick<PeriodReportStatus, 'standing' | 'daysLate'>): string {
  switch (status.standing) {
    case 'onTime':
      return translate(locale, 'lifecycleProgress.standing.onTime');
    case 'late':
      return translate(locale, 'lifecycleProgress.standing.late', { days: status.daysLate });
    case 'notYetDue':
      return translate(locale, 'lifecycleProgress.standing.notYetDue');
    case 'missing':
      return translate(locale, 'lifecycleProgress.standing.missing');
    case 'returned':
      return translate(locale, 'lifecycleProgress.standing.returned');
  }
}

/** 「某县（130102）2025年第三季度工作动态未报送，应于 2025-10-15 前报送，已逾期 3 天」. */
export function overdueLine(locale: Locale, item: OverdueReport): string {
  return translate(locale, item.returned ? 'lifecycleProgress.overdue.returned' : 'lifecycleProgress.overdue.missing', {
    county: item.countyName,
    code: item.county,
    period: periodLabel(locale, item.kind, item.period),
    kind: kindAfterPeriodLabel(locale, item.kind),
    due: item.due,
    days: item.daysOverdue,
  });
}

/**
 * The kind's name after its period: the period already says 季度 or 年度 (「2025年第三季度」「2025年度」), so the
 * line reads 「2025年第三季度工作动态」, not 「…季度季度工作动态」.
 */
function kindAfterPeriodLabel(locale: Locale, kind: 'quarterly' | 'annual'): string {
  return translate(locale, kind === 'quarterly' ? 'lifecycleProgress.kindAfterPeriod.quarterly' : 'lifecycleProgress.kindAfterPeriod.annual');
}

/** The overdue list as lines, or the one line saying nothing is overdue. */
export function overdueLines(locale: Locale, items: readonly OverdueReport[]): string[] {
  return items.length === 0 ? [translate(locale, 'lifecycleProgress.overdue.none')] : items.map((item) => overdueLine(locale, item));
}

export function unmatchedLine(locale: Locale, report: SubmittedReport): string {
  return translate(locale, 'lifecycleProgress.unmatched', {
    code: report.county,
    period: periodLabel(locale, report.kind, report.period),
    kind: kindAfterPeriodLabel(locale, report.kind),
    file: report.file.name,
  });
}
