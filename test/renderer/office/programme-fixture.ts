// An overview as the host answers it for the programme screen's tests: four counties at different stages (one
// applied with nothing recorded, one waiting for acceptance past its date, one named, one failed at acceptance),
// a quota per batch, one stored report and one overdue report.
import type { HostResult } from '../../../shared/contract/host-api-spec';
import type { HistoryRecord } from '../../../shared/lifecycle/county-entry';

type Overview = Extract<HostResult<'programmeOverview'>, { ok: true }>;
export type CountyRow = Overview['counties'][number];

export const RECORDER = { name: '省文旅厅评审办', keyFingerprint: 'a'.repeat(64) };

export const MIDTERM: HistoryRecord = {
  event: { kind: 'midtermRecorded', grade: 'pass', date: '2026-03-10', documentNumber: '浙文旅〔2026〕12号', sessionId: 'S-MID-1', recordedBy: RECORDER },
  state: 'midtermChecked',
};

export function county(patch: Partial<CountyRow> & Pick<CountyRow, 'code' | 'name' | 'state' | 'stateLabel'>): CountyRow {
  return { city: '杭州市', batch: 2, povertyAlleviated: false, lastTransition: null, history: [], nextDue: { kind: 'none' }, nextDueLine: '已结束，无待办环节', ...patch };
}

export const COUNTIES: CountyRow[] = [
  county({ code: '330102', name: '上城区', state: 'applied', stateLabel: '已申报', nextDue: { kind: 'undated', event: 'qualificationDecided' }, nextDueLine: '下一步：资格评审结果' }),
  county({
    code: '330106',
    name: '西湖区',
    state: 'midtermChecked',
    stateLabel: '已中期检查',
    lastTransition: MIDTERM,
    history: [MIDTERM],
    nextDue: { kind: 'dated', event: 'acceptanceDecided', dueDate: '2026-11-20', daysLeft: -8 },
    nextDueLine: '下一步：验收结果，应于 2026-11-20 前完成，已逾期 8 天',
  }),
  county({ code: '330481', name: '海宁市', city: '嘉兴市', batch: 1, povertyAlleviated: true, state: 'named', stateLabel: '已命名', nextDueLine: '下一步：定期复查结果，应于 2028-05-01 前完成（还有 520 天）' }),
  county({ code: '331023', name: '天台县', city: '台州市', batch: 1, state: 'acceptanceFailed', stateLabel: '验收未通过', nextDue: { kind: 'undated', event: 'retentionGranted' }, nextDueLine: '下一步：同意保留创建资格半年整改' }),
];

export function overview(patch: Partial<Overview> = {}): Overview {
  return {
    ok: true,
    today: '2026-11-28',
    counties: COUNTIES,
    quota: { cap: 36, used: 3, remaining: 33, freed: 0, exceeded: false, exceededBy: 0, byBatch: [{ batch: 1, used: 2, freed: 0 }, { batch: 2, used: 1, freed: 0 }], lines: [], problems: [] },
    reports: [
      { id: 'R1', report: { county: '330106', kind: 'quarterly', period: '2026-Q2', receivedOn: '2026-07-10', status: 'received', file: { name: '西湖区2026年第二季度工作动态.pdf', sha256: 'b'.repeat(64) } } },
    ],
    overdue: [{ county: '330106', countyName: '西湖区', kind: 'quarterly', period: '2026-Q3', due: '2026-10-15', daysOverdue: 44, returned: false, line: '西湖区 2026-Q3 季度工作动态 逾期 44 天' }],
    overdueLines: ['西湖区（330106）2026年第三季度工作动态应于 2026-10-15 前报送，已逾期 44 天'],
    unmatchedLines: [],
    settings: {
      quota: { countyLevelDivisions: 90, divisionsAsOf: '2025-12-31', capPercent: 40, rounding: 'floor', batches: 3 },
      lifecycle: { creationPeriodMonths: 24, midtermAfterMonths: 12, recheckIntervalMonths: 36 },
      reports: { quarterlyDueDaysAfterQuarterEnd: 15, annualDueMonthDay: '01-31' },
    },
    ...patch,
  };
}
