// The county lifecycle in words for the lifecycle reports (the county timeline PDF and the programme overview
// workbook): states, events and their results from the lifecycle locale files, and "what is due next" as one
// line. Both reports read the same words, so a state filtered on in Excel reads as in the PDF.
import { translate, type Locale, type MessageKey } from '../i18n/translate';
import type { CountyState } from '../lifecycle/county-states';
import type { NextDue } from '../lifecycle/next-due';
import type { EventKind } from '../lifecycle/transition-events';

const STATE: Record<CountyState, MessageKey> = {
  applied: 'lifecycle.state.applied',
  notQualified: 'lifecycle.state.notQualified',
  qualified: 'lifecycle.state.qualified',
  inCreation: 'lifecycle.state.inCreation',
  midtermChecked: 'lifecycle.state.midtermChecked',
  acceptanceFailed: 'lifecycle.state.acceptanceFailed',
  rectifying: 'lifecycle.state.rectifying',
  named: 'lifecycle.state.named',
  cancelled: 'lifecycle.state.cancelled',
  delisted: 'lifecycle.state.delisted',
};

const EVENT: Record<EventKind, MessageKey> = {
  qualificationDecided: 'lifecycle.event.qualificationDecided',
  creationStarted: 'lifecycle.event.creationStarted',
  midtermRecorded: 'lifecycle.event.midtermRecorded',
  acceptanceDecided: 'lifecycle.event.acceptanceDecided',
  retentionGranted: 'lifecycle.event.retentionGranted',
  retentionDeclined: 'lifecycle.event.retentionDeclined',
  rectificationLapsed: 'lifecycle.event.rectificationLapsed',
  reinspectionDecided: 'lifecycle.event.reinspectionDecided',
  recheckDecided: 'lifecycle.event.recheckDecided',
};

/** Every result or grade an event may carry (transition-events.ts), each with its word. */
const OUTCOME: Record<string, MessageKey> = {
  qualified: 'lifecycle.outcome.qualified',
  notQualified: 'lifecycle.outcome.notQualified',
  excellent: 'lifecycle.outcome.excellent',
  pass: 'lifecycle.outcome.pass',
  fail: 'lifecycle.outcome.fail',
  kept: 'lifecycle.outcome.kept',
  delisted: 'lifecycle.outcome.delisted',
};

export const stateWord = (locale: Locale, state: CountyState): string => translate(locale, STATE[state]);
export const eventWord = (locale: Locale, kind: EventKind): string => translate(locale, EVENT[kind]);

/** A result or grade in words; '' when the event has none. An unknown one is shown as it is, never dropped. */
export function outcomeWord(locale: Locale, outcome: string | undefined): string {
  if (outcome === undefined) return '';
  const key = OUTCOME[outcome];
  return key === undefined ? outcome : translate(locale, key);
}

export const yesNoWord = (locale: Locale, yes: boolean): string => translate(locale, yes ? 'lifecycleReports.yes' : 'lifecycleReports.no');

/** 「中期检查结果，应于 2026-03-01 前完成（还有 12 天）」, 「…（已逾期 3 天）」, or that nothing is due. */
export function nextDueLine(locale: Locale, due: NextDue): string {
  switch (due.kind) {
    case 'none':
      return translate(locale, 'lifecycleReports.next.none');
    case 'undated':
      return translate(locale, 'lifecycleReports.next.undated', { event: eventWord(locale, due.event) });
    case 'dated':
      return due.daysLeft < 0
        ? translate(locale, 'lifecycleReports.next.overdue', { event: eventWord(locale, due.event), due: due.dueDate, days: -due.daysLeft })
        : translate(locale, 'lifecycleReports.next.dated', { event: eventWord(locale, due.event), due: due.dueDate, days: due.daysLeft });
  }
}
