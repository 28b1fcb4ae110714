// A county register built the way the office builds one: every county entered as applied and every event
// recorded through the domain's applyTransition (a refused event fails the fixture). Five counties:
//  - 清河县: qualified, creating, mid-term, acceptance failed, six months to rectify, re-inspected, named;
//  - 临西县: named and later de-listed at a re-check;
//  - 威县: acceptance failed and the retention not asked for, so cancelled;
//  - 南宫市: creating, with its 2025 third-quarter update missing (overdue on TODAY);
//  - 新河县: rectifying, its deadline still ahead.
// Progress reports are handed in for every period owed except the ones the tests look for.
import { applyTransition } from '../../../shared/lifecycle/transitions';
import { emptyCountyRegister, type CountyRegister } from '../../../shared/lifecycle/county-register';
import { newCountyEntry, type CountyEntry } from '../../../shared/lifecycle/county-entry';
import type { TransitionEvent } from '../../../shared/lifecycle/transition-events';
import { expectedReports } from '../../../shared/lifecycle/progress-reports';
import type { SubmittedReport } from '../../../shared/lifecycle/progress-report-schema';
import type { ProgrammeQuotaSettingsInput } from '../../../shared/lifecycle/programme-quota';
import { reportingCountyOf } from '../../../shared/lifecycle/reporting-county';

export const TODAY = '2025-12-01';
/** 10:00 in Beijing on TODAY. */
export const GENERATED_AT = '2025-12-01T02:00:00Z';
export const RECORDER = { name: '张敏', keyFingerprint: '0123456789abcdef'.repeat(4) };
export const QUOTA_SETTINGS: ProgrammeQuotaSettingsInput = { countyLevelDivisions: 167, divisionsAsOf: '2023-12-31', capPercent: 40, rounding: 'floor' };

/** An event as the tests write it: the recorder is RECORDER unless given. */
type EventInput = TransitionEvent extends infer E ? (E extends TransitionEvent ? Omit<E, 'recordedBy'> & Partial<Pick<E, 'recordedBy'>> : never) : never;

/** The entry after recording `events` in order; throws with the refusal's key if the domain refuses one. */
export function recorded(county: Pick<CountyEntry, 'code' | 'name' | 'city' | 'batch' | 'povertyAlleviated'>, events: readonly EventInput[]): CountyEntry {
  let entry = newCountyEntry(county);
  for (const event of events) {
    const result = applyTransition(entry, { recordedBy: RECORDER, ...event } as TransitionEvent, { today: TODAY });
    if (!result.ok) throw new Error(`${county.name} ${event.kind} ${event.date}: ${result.code}`);
    entry = result.entry;
  }
  return entry;
}

/** 清河县's events, in order: the tests print them and look for them in this order. */
export const QINGHE_EVENTS: readonly EventInput[] = [
  { kind: 'qualificationDecided', result: 'qualified', date: '2023-03-10', documentNumber: '冀文旅公共〔2023〕12号', sessionId: 'QUAL-2023-1' },
  { kind: 'creationStarted', date: '2023-04-01' },
  { kind: 'midtermRecorded', grade: 'pass', date: '2024-04-15', documentNumber: '冀文旅公共〔2024〕31号', sessionId: 'MID-2024-1' },
  { kind: 'acceptanceDecided', result: 'fail', date: '2025-04-20', documentNumber: '冀文旅公共〔2025〕18号', sessionId: 'ACC-2025-1' },
  { kind: 'retentionGranted', date: '2025-05-10', documentNumber: '冀文旅公共〔2025〕22号' },
  { kind: 'reinspectionDecided', result: 'pass', date: '2025-10-20', documentNumber: '冀文旅公共〔2025〕47号', sessionId: 'REI-2025-1' },
];

export const QINGHE = { code: '130534', name: '清河县', city: '邢台市', batch: 1, povertyAlleviated: false } as const;
export const NANGONG = { code: '130581', name: '南宫市', city: '邢台市', batch: 3, povertyAlleviated: true } as const;
export const XINHE = { code: '130530', name: '新河县', city: '邢台市', batch: 2, povertyAlleviated: true } as const;

export function lifecycleRegister(): CountyRegister {
  const counties: CountyEntry[] = [
    recorded(QINGHE, QINGHE_EVENTS),
    recorded({ code: '130535', name: '临西县', city: '邢台市', batch: 1, povertyAlleviated: false }, [
      { kind: 'qualificationDecided', result: 'qualified', date: '2021-03-01', documentNumber: '冀文旅公共〔2021〕5号', sessionId: 'QUAL-2021-1' },
      { kind: 'creationStarted', date: '2021-03-15' },
      { kind: 'midtermRecorded', grade: 'excellent', date: '2022-03-20', documentNumber: '冀文旅公共〔2022〕9号', sessionId: 'MID-2022-1' },
      { kind: 'acceptanceDecided', result: 'excellent', date: '2023-03-25', documentNumber: '冀文旅公共〔2023〕15号', sessionId: 'ACC-2023-1' },
      { kind: 'recheckDecided', result: 'delisted', date: '2025-09-30', documentNumber: '冀文旅公共〔2025〕40号', sessionId: 'RCK-2025-1' },
    ]),
    recorded({ code: '130533', name: '威县', city: '邢台市', batch: 2, povertyAlleviated: true }, [
      { kind: 'qualificationDecided', result: 'qualified', date: '2022-03-01', documentNumber: '冀文旅公共〔2022〕3号', sessionId: 'QUAL-2022-1' },
      { kind: 'creationStarted', date: '2022-04-01' },
      { kind: 'midtermRecorded', grade: 'fail', date: '2023-04-10', documentNumber: '冀文旅公共〔2023〕20号', sessionId: 'MID-2023-1' },
      { kind: 'acceptanceDecided', result: 'fail', date: '2024-04-15', documentNumber: '冀文旅公共〔2024〕25号', sessionId: 'ACC-2024-1' },
      { kind: 'retentionDeclined', date: '2024-05-20' },
    ]),
    recorded(NANGONG, [
      { kind: 'qualificationDecided', result: 'qualified', date: '2025-03-01', documentNumber: '冀文旅公共〔2025〕8号', sessionId: 'QUAL-2025-1' },
      { kind: 'creationStarted', date: '2025-04-01' },
    ]),
    recorded(XINHE, [
      { kind: 'qualificationDecided', result: 'qualified', date: '2023-03-10', documentNumber: '冀文旅公共〔2023〕13号', sessionId: 'QUAL-2023-1' },
      { kind: 'creationStarted', date: '2023-04-01' },
      { kind: 'midtermRecorded', grade: 'pass', date: '2024-04-15', documentNumber: '冀文旅公共〔2024〕32号', sessionId: 'MID-2024-1' },
      { kind: 'acceptanceDecided', result: 'fail', date: '2025-09-01', documentNumber: '冀文旅公共〔2025〕35号', sessionId: 'ACC-2025-2' },
      { kind: 'retentionGranted', date: '2025-09-15', documentNumber: '冀文旅公共〔2025〕38号' },
    ]),
  ];
  return { ...emptyCountyRegister(), counties };
}

/** Reports not handed in: 清河县's 2024 first quarter and 南宫市's 2025 third quarter. */
export const MISSING = [
  { code: QINGHE.code, period: '2024-Q1' },
  { code: NANGONG.code, period: '2025-Q3' },
] as const;

const sha = (seed: string): string => Array.from({ length: 64 }, (_, i) => '0123456789abcdef'[(seed.charCodeAt(i % seed.length) + i) % 16]).join('');

/** A report for every period each county owed by TODAY, received on its due day, except MISSING. */
export function lifecycleReports(register: CountyRegister): SubmittedReport[] {
  return register.counties.flatMap((county) =>
    expectedReports(reportingCountyOf(county), { creationStarted: reportingCountyOf(county).creationStarted, until: TODAY })
      .filter((owed) => owed.due <= TODAY && !MISSING.some((missing) => missing.code === county.code && missing.period === owed.period))
      .map((owed): SubmittedReport => {
        const name = `${county.name}${owed.period}进度报告.pdf`;
        const base = { county: county.code, file: { name, sha256: sha(name) }, receivedOn: owed.due, status: 'accepted' as const };
        return owed.kind === 'quarterly' ? { ...base, kind: 'quarterly', period: owed.period } : { ...base, kind: 'annual', period: owed.period };
      }),
  );
}
