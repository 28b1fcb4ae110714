// Events and county entries for the lifecycle tests: every entry is reached through applyTransition itself,
// so a fixture cannot hold a state its history would not give.
import type { CountyEntry } from '../../../shared/lifecycle/county-entry';
import { newCountyEntry } from '../../../shared/lifecycle/county-entry';
import type { CountyState } from '../../../shared/lifecycle/county-states';
import type { EventKind, TransitionEvent } from '../../../shared/lifecycle/transition-events';
import { applyTransition } from '../../../shared/lifecycle/transitions';

export const RECORDER = { name: '王秘书', keyFingerprint: 'ab'.repeat(32) };
export const TODAY = '2026-01-01';

/** A complete event of `kind` (with its result or grade), with a 文号 and a review session. */
export function eventOf(kind: EventKind, outcome: string | undefined, date: string, extra: Partial<TransitionEvent> = {}): TransitionEvent {
  const base = { date, documentNumber: `文旅公服〔${date.slice(0, 4)}〕1号`, sessionId: `session-${kind}`, recordedBy: RECORDER };
  const withOutcome = kind === 'midtermRecorded' ? { grade: outcome } : outcome === undefined ? {} : { result: outcome };
  return { kind, ...withOutcome, ...base, ...extra } as TransitionEvent;
}

export const COUNTY = { code: '330106', name: '西湖区', city: '杭州市', batch: 1, povertyAlleviated: false } as const;

/** The events that lead from `applied` to each state (the retention decision on 2025-03-01: deadline 2025-09-01). */
export const PATH_TO: Readonly<Record<CountyState, readonly TransitionEvent[]>> = (() => {
  const qualified = [eventOf('qualificationDecided', 'qualified', '2023-03-01')];
  const inCreation = [...qualified, eventOf('creationStarted', undefined, '2023-04-01')];
  const midtermChecked = [...inCreation, eventOf('midtermRecorded', 'pass', '2024-04-01')];
  const acceptanceFailed = [...midtermChecked, eventOf('acceptanceDecided', 'fail', '2025-01-10')];
  const named = [...midtermChecked, eventOf('acceptanceDecided', 'pass', '2025-01-10')];
  return {
    applied: [],
    notQualified: [eventOf('qualificationDecided', 'notQualified', '2023-03-01')],
    qualified,
    inCreation,
    midtermChecked,
    acceptanceFailed,
    rectifying: [...acceptanceFailed, eventOf('retentionGranted', undefined, '2025-03-01')],
    cancelled: [...acceptanceFailed, eventOf('retentionDeclined', undefined, '2025-03-01')],
    named,
    delisted: [...named, eventOf('recheckDecided', 'delisted', '2025-03-01')],
  };
})();
export const RECTIFYING_DEADLINE = '2025-09-01';

/** Plays `events` from a fresh entry; throws if one is refused (a broken fixture, not a finding). */
export function play(events: readonly TransitionEvent[], county: Parameters<typeof newCountyEntry>[0] = COUNTY): CountyEntry {
  let entry = newCountyEntry(county);
  for (const event of events) {
    const result = applyTransition(entry, event, { today: TODAY });
    if (!result.ok) throw new Error(`fixture refused: ${event.kind} ${result.code}`);
    entry = result.entry;
  }
  return entry;
}

export const entryIn = (state: CountyState): CountyEntry => play(PATH_TO[state]);

/** The legal moves, written out by hand from the work plan §六 (not derived from the code under test). */
export const LEGAL: Readonly<Record<string, CountyState>> = {
  'applied qualificationDecided:qualified': 'qualified',
  'applied qualificationDecided:notQualified': 'notQualified',
  'qualified creationStarted': 'inCreation',
  'inCreation midtermRecorded:excellent': 'midtermChecked',
  'inCreation midtermRecorded:pass': 'midtermChecked',
  'inCreation midtermRecorded:fail': 'midtermChecked',
  'midtermChecked acceptanceDecided:excellent': 'named',
  'midtermChecked acceptanceDecided:pass': 'named',
  'midtermChecked acceptanceDecided:fail': 'acceptanceFailed',
  'acceptanceFailed retentionGranted': 'rectifying',
  'acceptanceFailed retentionDeclined': 'cancelled',
  'rectifying rectificationLapsed': 'cancelled',
  'rectifying reinspectionDecided:pass': 'named',
  'rectifying reinspectionDecided:fail': 'cancelled',
  'named recheckDecided:kept': 'named',
  'named recheckDecided:delisted': 'delisted',
};

export const moveKey = (state: CountyState, kind: EventKind, outcome: string | undefined): string =>
  `${state} ${kind}${outcome === undefined ? '' : `:${outcome}`}`;
