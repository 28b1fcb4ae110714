import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween } from '../../../shared/lifecycle/progress-calendar';
import { submittedReportSchema, type SubmittedReport } from '../../../shared/lifecycle/progress-report-schema';
import { annualDue, progressReportSettingsSchema, quarterlyDue } from '../../../shared/lifecycle/progress-report-settings';
import { overdueLine, overdueLines, periodLabel, standingLabel, unmatchedLine } from '../../../shared/lifecycle/progress-report-text';
import { expectedReports, overdue, reportStatus, statePeriodSchema, type ReportingCounty, type StatePeriod } from '../../../shared/lifecycle/progress-reports';

const defaults = progressReportSettingsSchema.parse({});
const periods = (history: StatePeriod[], until: string, creationStarted?: string) =>
  expectedReports({ history }, { until, creationStarted }).map((report) => `${report.kind} ${report.period} due ${report.due}`);

const SHA = 'a'.repeat(64);
function report(county: string, kind: 'quarterly' | 'annual', period: string, receivedOn: string, status: SubmittedReport['status'] = 'received'): SubmittedReport {
  return submittedReportSchema.parse({ county, kind, period, receivedOn, status, file: { name: `${county}-${period}.pdf`, sha256: SHA } });
}

describe('plain dates', () => {
  it('counts days without time zones, across leap days', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2025-12-31', 15)).toBe('2026-01-15');
    expect(daysBetween('2025-10-15', '2025-11-14')).toBe(30);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });
});

describe('due dates', () => {
  it('a quarterly update is due 15 days after 03-31, 06-30, 09-30 and 12-31 by default', () => {
    expect([1, 2, 3, 4].map((quarter) => quarterlyDue(defaults, 2025, quarter as 1 | 2 | 3 | 4))).toEqual(['2025-04-15', '2025-07-15', '2025-10-15', '2026-01-15']);
  });

  it('the annual report is due on 01-31 of the following year by default', () => {
    expect(annualDue(defaults, 2025)).toBe('2026-01-31');
  });

  it('takes other deadlines as settings', () => {
    const settings = progressReportSettingsSchema.parse({ quarterlyDueDaysAfterQuarterEnd: 0, annualDueMonthDay: '02-28' });
    expect(quarterlyDue(settings, 2025, 1)).toBe('2025-03-31');
    expect(annualDue(settings, 2025)).toBe('2026-02-28');
    expect(quarterlyDue(progressReportSettingsSchema.parse({ quarterlyDueDaysAfterQuarterEnd: 10 }), 2025, 3)).toBe('2025-10-10');
  });

  it('refuses a month-day some years lack, or that is no month-day', () => {
    for (const annualDueMonthDay of ['02-29', '13-01', '04-31', '1-31', '01-00']) {
      expect(progressReportSettingsSchema.safeParse({ annualDueMonthDay }).success, annualDueMonthDay).toBe(false);
    }
    expect(progressReportSettingsSchema.safeParse({ quarterlyDueDaysAfterQuarterEnd: -1 }).success).toBe(false);
    expect(progressReportSettingsSchema.safeParse({ quarterlyDueDaysAfterQuarterEnd: 1.5 }).success).toBe(false);
  });
});

describe('expectedReports', () => {
  it('a county that started mid-quarter owes that quarter, not the one before', () => {
    expect(periods([{ state: 'qualified', from: '2025-06-20', to: '2025-08-10' }, { state: 'inCreation', from: '2025-08-10' }], '2026-03-01')).toEqual([
      'quarterly 2025-Q3 due 2025-10-15',
      'quarterly 2025-Q4 due 2026-01-15',
      'annual 2025 due 2026-01-31',
    ]);
  });

  it('owes a period once it has ended: on its last day, not the day before', () => {
    const history: StatePeriod[] = [{ state: 'inCreation', from: '2025-07-01' }];
    expect(periods(history, '2025-09-29')).toEqual([]);
    expect(periods(history, '2025-09-30')).toEqual(['quarterly 2025-Q3 due 2025-10-15']);
  });

  it('a county named half-way stops owing from the quarter it was named in', () => {
    const history: StatePeriod[] = [
      { state: 'qualified', from: '2023-12-20', to: '2024-01-10' },
      { state: 'inCreation', from: '2024-01-10', to: '2025-01-20' },
      { state: 'midtermChecked', from: '2025-01-20', to: '2025-08-15' },
      { state: 'named', from: '2025-08-15' },
    ];
    expect(periods(history, '2026-06-30')).toEqual([
      'quarterly 2024-Q1 due 2024-04-15',
      'quarterly 2024-Q2 due 2024-07-15',
      'quarterly 2024-Q3 due 2024-10-15',
      'quarterly 2024-Q4 due 2025-01-15',
      'annual 2024 due 2025-01-31',
      'quarterly 2025-Q1 due 2025-04-15',
      'quarterly 2025-Q2 due 2025-07-15',
    ]);
  });

  it('a county named on the day after a quarter ends still owes that quarter', () => {
    expect(periods([{ state: 'midtermChecked', from: '2025-01-20', to: '2025-07-01' }, { state: 'named', from: '2025-07-01' }], '2026-01-01')).toEqual([
      'quarterly 2025-Q1 due 2025-04-15',
      'quarterly 2025-Q2 due 2025-07-15',
    ]);
  });

  it('a county named on a quarter’s last day does not owe that quarter; one that starts on it does', () => {
    expect(periods([{ state: 'midtermChecked', from: '2025-01-20', to: '2025-06-30' }, { state: 'named', from: '2025-06-30' }], '2026-01-01')).toEqual([
      'quarterly 2025-Q1 due 2025-04-15',
    ]);
    expect(periods([{ state: 'qualified', from: '2025-09-01', to: '2025-09-30' }, { state: 'inCreation', from: '2025-09-30' }], '2025-12-01')).toEqual([
      'quarterly 2025-Q3 due 2025-10-15',
    ]);
  });

  it('a rectifying county still owes, a cancelled one stops', () => {
    const failed: StatePeriod[] = [
      { state: 'midtermChecked', from: '2025-01-20', to: '2025-06-10' },
      { state: 'acceptanceFailed', from: '2025-06-10', to: '2025-07-01' },
      { state: 'rectifying', from: '2025-07-01' },
    ];
    expect(periods(failed, '2026-02-01')).toEqual([
      'quarterly 2025-Q1 due 2025-04-15',
      'quarterly 2025-Q2 due 2025-07-15',
      'quarterly 2025-Q3 due 2025-10-15',
      'quarterly 2025-Q4 due 2026-01-15',
      'annual 2025 due 2026-01-31',
    ]);
    const cancelled: StatePeriod[] = [...failed.slice(0, 2), { state: 'rectifying', from: '2025-07-01', to: '2025-11-20' }, { state: 'cancelled', from: '2025-11-20' }];
    expect(periods(cancelled, '2026-02-01')).toEqual(['quarterly 2025-Q1 due 2025-04-15', 'quarterly 2025-Q2 due 2025-07-15', 'quarterly 2025-Q3 due 2025-10-15']);
  });

  it('owes nothing before creationStarted, even if the history says creating', () => {
    const history: StatePeriod[] = [{ state: 'inCreation', from: '2025-01-01' }];
    expect(periods(history, '2025-10-01', '2025-05-01')).toEqual(['quarterly 2025-Q2 due 2025-07-15', 'quarterly 2025-Q3 due 2025-10-15']);
  });

  it('owes a period once even when the history repeats a state', () => {
    const history: StatePeriod[] = [
      { state: 'inCreation', from: '2025-01-01', to: '2025-12-31' },
      { state: 'inCreation', from: '2025-03-01' },
    ];
    expect(periods(history, '2026-01-01')).toEqual([
      'quarterly 2025-Q1 due 2025-04-15',
      'quarterly 2025-Q2 due 2025-07-15',
      'quarterly 2025-Q3 due 2025-10-15',
      'quarterly 2025-Q4 due 2026-01-15',
      'annual 2025 due 2026-01-31',
    ]);
  });

  it('parses a state period and refuses one that ends before it starts', () => {
    expect(statePeriodSchema.safeParse({ state: 'inCreation', from: '2025-01-01' }).success).toBe(true);
    expect(statePeriodSchema.safeParse({ state: 'inCreation', from: '2025-01-01', to: '2024-12-31' }).success).toBe(false);
    expect(statePeriodSchema.safeParse({ state: 'creating', from: '2025-01-01' }).success).toBe(false);
  });
});

describe('the submitted report schema', () => {
  const valid = { county: '130102', kind: 'quarterly', period: '2025-Q3', receivedOn: '2025-10-14', status: 'received', file: { name: 'q3.pdf', sha256: SHA } };

  it('accepts a quarterly report for a quarter and an annual one for a year', () => {
    expect(submittedReportSchema.safeParse(valid).success).toBe(true);
    expect(submittedReportSchema.safeParse({ ...valid, kind: 'annual', period: '2025' }).success).toBe(true);
  });

  it('refuses a period of the other kind, a bad code, hash, date or status', () => {
    expect(submittedReportSchema.safeParse({ ...valid, period: '2025' }).success).toBe(false);
    expect(submittedReportSchema.safeParse({ ...valid, kind: 'annual' }).success).toBe(false);
    expect(submittedReportSchema.safeParse({ ...valid, period: '2025-Q5' }).success).toBe(false);
    expect(submittedReportSchema.safeParse({ ...valid, county: '13010' }).success).toBe(false);
    expect(submittedReportSchema.safeParse({ ...valid, file: { name: 'q3.pdf', sha256: 'A'.repeat(64) } }).success).toBe(false);
    expect(submittedReportSchema.safeParse({ ...valid, receivedOn: '2025-02-30' }).success).toBe(false);
    expect(submittedReportSchema.safeParse({ ...valid, status: 'lost' }).success).toBe(false);
  });
});

/** Creating since 2025-07-01: owes 2025-Q3 (due 10-15), 2025-Q4 (due 2026-01-15), 2025 (due 2026-01-31). */
const county = (code: string, name: string): ReportingCounty => ({ code, name, batch: 2, state: 'inCreation', history: [{ state: 'inCreation', from: '2025-07-01' }] });

describe('reportStatus', () => {
  it('a report received on its due day is on time; the day after, one day late', () => {
    const status = reportStatus(
      [county('130102', '长安区'), county('130104', '桥西区')],
      [report('130102', 'quarterly', '2025-Q3', '2025-10-15'), report('130104', 'quarterly', '2025-Q3', '2025-10-16', 'accepted')],
      '2025-11-01',
    );
    expect(status.counties[0]!.periods).toMatchObject([{ period: '2025-Q3', standing: 'onTime', daysLate: 0, daysOverdue: 0 }]);
    expect(status.counties[1]!.periods).toMatchObject([{ period: '2025-Q3', standing: 'late', daysLate: 1, daysOverdue: 0 }]);
    expect(status.counties[0]!.periods[0]!.report?.receivedOn).toBe('2025-10-15');
    expect(overdue(status)).toEqual([]);
  });

  it('a missing report is not overdue on its due day, and one day overdue the day after', () => {
    const counties = [county('130102', '长安区')];
    expect(reportStatus(counties, [], '2025-10-15').counties[0]!.periods).toMatchObject([{ standing: 'notYetDue', daysOverdue: 0 }]);
    expect(overdue(reportStatus(counties, [], '2025-10-15'))).toEqual([]);
    expect(reportStatus(counties, [], '2025-10-16').counties[0]!.periods).toMatchObject([{ standing: 'missing', daysOverdue: 1 }]);
    expect(overdue(reportStatus(counties, [], '2025-10-16'))).toEqual([
      { county: '130102', countyName: '长安区', kind: 'quarterly', period: '2025-Q3', due: '2025-10-15', daysOverdue: 1, returned: false },
    ]);
  });

  it('a returned report not resubmitted counts as missing; a resubmission answers it', () => {
    const returned = report('130102', 'quarterly', '2025-Q3', '2025-10-10', 'returned');
    const notResubmitted = reportStatus([county('130102', '长安区')], [returned], '2025-10-25');
    expect(notResubmitted.counties[0]!.periods[0]).toMatchObject({ standing: 'returned', report: null, returned: [returned], daysOverdue: 10 });
    expect(overdue(notResubmitted)).toMatchObject([{ county: '130102', period: '2025-Q3', daysOverdue: 10, returned: true }]);

    const resubmitted = reportStatus([county('130102', '长安区')], [returned, report('130102', 'quarterly', '2025-Q3', '2025-10-20')], '2025-10-25');
    expect(resubmitted.counties[0]!.periods[0]).toMatchObject({ standing: 'late', daysLate: 5, daysOverdue: 0 });
    expect(overdue(resubmitted)).toEqual([]);
  });

  it('counts the first report that was not returned', () => {
    const status = reportStatus(
      [county('130102', '长安区')],
      [report('130102', 'quarterly', '2025-Q3', '2025-10-30'), report('130102', 'quarterly', '2025-Q3', '2025-10-12', 'accepted')],
      '2025-11-01',
    );
    expect(status.counties[0]!.periods[0]).toMatchObject({ standing: 'onTime', report: { receivedOn: '2025-10-12', status: 'accepted' } });
  });

  it('lists overdue reports most overdue first, then by county code', () => {
    const status = reportStatus(
      [county('130105', '新华区'), county('130102', '长安区'), county('130104', '桥西区')],
      [report('130104', 'quarterly', '2025-Q3', '2025-10-01'), report('130105', 'quarterly', '2025-Q4', '2026-01-02')],
      '2026-02-10',
    );
    expect(overdue(status).map((item) => `${item.county} ${item.kind} ${item.period} ${item.daysOverdue}`)).toEqual([
      '130102 quarterly 2025-Q3 118',
      '130105 quarterly 2025-Q3 118',
      '130102 quarterly 2025-Q4 26',
      '130104 quarterly 2025-Q4 26',
      '130102 annual 2025 10',
      '130104 annual 2025 10',
      '130105 annual 2025 10',
    ]);
  });

  it('keeps a report that matches nothing owed, instead of dropping it', () => {
    const stray = report('130199', 'annual', '2025', '2026-01-10');
    const early = report('130102', 'quarterly', '2025-Q2', '2025-07-10');
    const status = reportStatus([county('130102', '长安区')], [stray, early, report('130102', 'quarterly', '2025-Q3', '2025-10-10')], '2025-11-01');
    expect(status.unmatched).toEqual([stray, early]);
    expect(unmatchedLine('zh-CN', stray)).toBe('130199 2025年度工作进度报告（文件「130199-2025.pdf」）对不上应报的报告：该县（区）不在名单中，或这一期不在创建期内');
  });
});

describe('progress report text', () => {
  it('labels periods as the office writes them', () => {
    expect(periodLabel('zh-CN', 'quarterly', '2025-Q3')).toBe('2025年第三季度');
    expect(periodLabel('zh-CN', 'quarterly', '2026-Q1')).toBe('2026年第一季度');
    expect(periodLabel('zh-CN', 'annual', '2025')).toBe('2025年度');
    expect(periodLabel('en-US', 'quarterly', '2025-Q4')).toBe('Q4 2025');
  });

  it('writes one line per overdue report, or says none is overdue', () => {
    const missing = { county: '130102', countyName: '长安区', kind: 'quarterly', period: '2025-Q3', due: '2025-10-15', daysOverdue: 3, returned: false } as const;
    expect(overdueLine('zh-CN', missing)).toBe('长安区（130102）2025年第三季度工作动态未报送，应于 2025-10-15 前报送，已逾期 3 天');
    expect(overdueLine('zh-CN', { ...missing, kind: 'annual', period: '2025', returned: true, due: '2026-01-31' })).toBe(
      '长安区（130102）2025年度工作进度报告已退回，未重新报送，应于 2026-01-31 前报送，已逾期 3 天',
    );
    expect(overdueLine('en-US', missing)).toBe('长安区 (130102): quarterly progress update for Q3 2025 not submitted, due 2025-10-15, 3 days overdue');
    expect(overdueLines('zh-CN', [])).toEqual(['没有逾期未报送的进度报告。']);
    expect(standingLabel('zh-CN', { standing: 'late', daysLate: 4 })).toBe('逾期 4 天报送');
  });
});
