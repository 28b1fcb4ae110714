// 「登记下一步」: only the events the lifecycle graph allows from the county's state, with the result where the
// event has one, the date, the 文号 and the review session where the kind needs them, and a note. The event is
// parsed with the contract's own schema before it is sent; the rules (dates, 文号, 评审会) are the host's to
// judge, and its refusal is shown here in its words.
import { Button, Input } from 'antd';
import { useState } from 'react';
import { eventWithoutRecorderSchema } from '../../../../shared/contract/programme-spec';
import { DOCUMENT_NUMBER_REQUIRED, SESSION_REQUIRED, type EventKind } from '../../../../shared/lifecycle/transition-events';
import type { MessageKey } from '../../../../shared/i18n/translate';
import type { HistoryRecord } from '../../../../shared/lifecycle/county-entry';
import { useApp } from '../../app/app-context';
import { ActionNote, useAction } from './action-outcome';
import { legalEvents, outcomesOf } from './legal-events';
import type { CountyOverview } from './programme-answer';

interface Draft {
  kind: EventKind | '';
  outcome: string;
  date: string;
  documentNumber: string;
  sessionId: string;
  note: string;
}

const EMPTY: Draft = { kind: '', outcome: '', date: '', documentNumber: '', sessionId: '', note: '' };

/** The event as the contract takes it: blank optional fields left out so the host judges what is missing. */
function eventOf(draft: Draft): Record<string, string> {
  const event: Record<string, string> = { kind: draft.kind, date: draft.date.trim() };
  const outcomes = draft.kind === '' ? [] : outcomesOf(draft.kind);
  if (outcomes.length > 0) event[draft.kind === 'midtermRecorded' ? 'grade' : 'result'] = draft.outcome;
  for (const field of ['documentNumber', 'sessionId', 'note'] as const) if (draft[field].trim() !== '') event[field] = draft[field].trim();
  return event;
}

export function TransitionForm({ county, onRecorded }: { county: CountyOverview; onRecorded: (history: readonly HistoryRecord[]) => void }) {
  const { host, t } = useApp();
  const events = legalEvents(county.state);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [outcome, run] = useAction();
  if (events.length === 0) return <p className="rd-help" data-testid="transition-final">{t('programmeUi.transition.final')}</p>;
  const kind = draft.kind === '' ? null : draft.kind;
  const outcomes = kind === null ? [] : outcomesOf(kind);

  const submit = async (): Promise<void> => {
    const parsed = eventWithoutRecorderSchema.safeParse(eventOf(draft));
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
      return run(
        () => Promise.resolve({ ok: false as const, code: 'programme.form.invalid', messages: [t('lifecycle.refused.invalidEvent', { detail })] }),
        () => '',
        (message) => message,
      );
    }
    await run(
      () => host.recordTransition({ code: county.code, event: parsed.data }),
      (answer) => {
        setDraft(EMPTY);
        onRecorded(answer.entry.history);
        return [t('programmeUi.transition.done', { state: answer.stateLabel }), ...answer.warnings].join(' ');
      },
      (message) => t('programmeUi.transition.failed', { message }),
    );
  };

  return (
    <form
      className="rd-programme-form"
      data-testid="transition-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h4>{t('programmeUi.transition.title')}</h4>
      <label className="rd-field">
        <span className="rd-field-label">{t('programmeUi.transition.event')}</span>
        <select data-testid="transition-event" value={draft.kind} onChange={(event) => setDraft({ ...draft, kind: event.target.value as EventKind | '', outcome: '' })}>
          <option value="" />
          {events.map((option) => (
            <option key={option} value={option}>
              {t(`lifecycle.event.${option}`)}
            </option>
          ))}
        </select>
      </label>
      {outcomes.length > 0 && (
        <label className="rd-field">
          <span className="rd-field-label">{t('programmeUi.transition.outcome')}</span>
          <select data-testid="transition-outcome" value={draft.outcome} onChange={(event) => setDraft({ ...draft, outcome: event.target.value })}>
            <option value="" />
            {outcomes.map((option) => (
              <option key={option} value={option}>
                {t(`lifecycle.outcome.${option}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
      )}
      <Field label={t('programmeUi.transition.date')} testId="transition-date" type="date" value={draft.date} onChange={(date) => setDraft({ ...draft, date })} />
      <Field
        label={t(kind !== null && !DOCUMENT_NUMBER_REQUIRED.has(kind) ? 'programmeUi.transition.documentNumberOptional' : 'programmeUi.transition.documentNumber')}
        testId="transition-document"
        value={draft.documentNumber}
        onChange={(documentNumber) => setDraft({ ...draft, documentNumber })}
      />
      {kind !== null && SESSION_REQUIRED.has(kind) && (
        <Field label={t('programmeUi.transition.session')} testId="transition-session" value={draft.sessionId} onChange={(sessionId) => setDraft({ ...draft, sessionId })} />
      )}
      <Field label={t('programmeUi.transition.note')} testId="transition-note" value={draft.note} onChange={(note) => setDraft({ ...draft, note })} />
      <Button type="primary" htmlType="submit" disabled={kind === null || outcome.kind === 'busy'} data-testid="transition-submit">
        {t(outcome.kind === 'busy' ? 'programmeUi.transition.busy' : 'programmeUi.transition.submit')}
      </Button>
      <ActionNote outcome={outcome} testId="transition" />
    </form>
  );
}

export function Field({ label, testId, value, onChange, type = 'text' }: { label: string; testId: string; value: string; onChange: (value: string) => void; type?: 'text' | 'date' }) {
  return (
    <label className="rd-field">
      <span className="rd-field-label">{label}</span>
      <Input type={type} data-testid={testId} value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}
