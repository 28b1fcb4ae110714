// Recording one event against a county: the new entry with the event appended to its history, or a refusal
// the office can act on (a message key under lifecycle.refused.*). Never mutates the entry it is given, so a
// refused event leaves the register exactly as it was.
import type { MessageKey, MessageParams } from '../i18n/translate';
import type { CalendarDate } from './calendar-date';
import type { CountyEntry } from './county-entry';
import type { CountyState } from './county-states';
import { rectificationDeadlineOf } from './rectification-deadline';
import { DOCUMENT_NUMBER_REQUIRED, SESSION_REQUIRED, transitionEventSchema, type TransitionEvent } from './transition-events';
import { STATE_BEFORE, stateAfter } from './transition-graph';

export type TransitionResult =
  | { ok: true; entry: CountyEntry; warnings: MessageKey[] }
  | { ok: false; code: MessageKey; params: MessageParams };

export interface TransitionOptions {
  /** Today's Beijing date: nothing may be recorded as having happened later. */
  today: CalendarDate;
}

/** One message per state, saying where the county stands and what may be recorded next. */
export const ILLEGAL_IN_STATE: Readonly<Record<CountyState, MessageKey>> = {
  applied: 'lifecycle.refused.illegal.applied',
  notQualified: 'lifecycle.refused.illegal.notQualified',
  qualified: 'lifecycle.refused.illegal.qualified',
  inCreation: 'lifecycle.refused.illegal.inCreation',
  midtermChecked: 'lifecycle.refused.illegal.midtermChecked',
  acceptanceFailed: 'lifecycle.refused.illegal.acceptanceFailed',
  rectifying: 'lifecycle.refused.illegal.rectifying',
  named: 'lifecycle.refused.illegal.named',
  cancelled: 'lifecycle.refused.illegal.cancelled',
  delisted: 'lifecycle.refused.illegal.delisted',
};

const refuse = (code: MessageKey, params: MessageParams = {}): TransitionResult => ({ ok: false, code, params });

export function applyTransition(entry: CountyEntry, candidate: TransitionEvent, options: TransitionOptions): TransitionResult {
  const parsed = transitionEventSchema.safeParse(candidate);
  if (!parsed.success) return refuse('lifecycle.refused.invalidEvent', { detail: parsed.error.issues.map((i) => i.path.join('.')).join(', ') });
  const event = parsed.data;

  if (STATE_BEFORE[event.kind] !== entry.state) return refuse(ILLEGAL_IN_STATE[entry.state], { state: entry.state, event: event.kind });

  if (event.date > options.today) return refuse('lifecycle.refused.dateInFuture', { date: event.date, today: options.today });
  const previous = entry.history.at(-1);
  if (previous && event.date < previous.event.date) return refuse('lifecycle.refused.dateBeforePrevious', { date: event.date, previousDate: previous.event.date });

  if (DOCUMENT_NUMBER_REQUIRED.has(event.kind) && event.documentNumber === undefined) return refuse('lifecycle.refused.documentNumberMissing', { event: event.kind });
  if (SESSION_REQUIRED.has(event.kind) && event.sessionId === undefined) return refuse('lifecycle.refused.sessionMissing', { event: event.kind });

  const deadline = rectificationDeadlineOf(entry);
  if (deadline !== undefined) {
    if (event.kind === 'reinspectionDecided' && event.date > deadline) return refuse('lifecycle.refused.afterRectificationDeadline', { date: event.date, deadline });
    if (event.kind === 'rectificationLapsed' && event.date <= deadline) return refuse('lifecycle.refused.notYetLapsed', { date: event.date, deadline });
  }

  const state = stateAfter(event);
  const warnings: MessageKey[] = event.kind === 'midtermRecorded' && event.grade === 'fail' ? ['lifecycle.warning.midtermFailed'] : [];
  return { ok: true, entry: { ...entry, state, history: [...entry.history, { event, state }] }, warnings };
}
