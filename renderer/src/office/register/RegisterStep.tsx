// 写入名册: the session's outcome into the county register (issue #8). The results county by county beside
// the register — score, grade, what the results propose and why, where the county stands or what keeps it
// out — with the outcome to record chosen per county (a departure needs its reason), the decision's date and
// 文号, and one confirmation asked in place. Nothing reaches the register before that confirmation; the host
// writes all ticked counties or none, and this step reads everything again afterwards.
import { Alert, Button } from 'antd';
import { useCallback, useState } from 'react';
import type { HostResult } from '../../../../shared/contract/host-api-spec';
import type { SessionDraft } from '../../../../shared/office/session-draft';
import { errorText, useApp } from '../../app/app-context';
import { RefusalMessages } from '../../app/RefusalMessages';
import { InlineConfirm } from '../applications/InlineConfirm';
import type { DraftStep } from '../draft-steps';
import { Field } from '../programme/TransitionForm';
import { StepRefusal, type StepLinks } from '../StepRefusal';
import { useHostRead } from '../use-host-read';
import { AddUnregistered } from './AddUnregistered';
import { decisionsOf, initialChoices, type OutcomeChoice } from './outcome-choices';
import { OutcomeTable } from './OutcomeTable';
import './register-step.css';

type Outcomes = Extract<HostResult<'stageOutcomes'>, { ok: true }>;
type Confirmed = Extract<HostResult<'confirmStageOutcomes'>, { ok: true }>;

/** The step that settles a refusal, by the host's code (stage-outcome-services.ts, office-access.ts). */
const STEP_FOR_REFUSAL: Readonly<Record<string, DraftStep>> = {
  'office.collect.noSession': 'export',
  'stageOutcomes.refused.noResults': 'collect',
};

export interface RegisterStepProps extends StepLinks {
  draft: SessionDraft;
}

export function RegisterStep({ draft, onGoTo, available }: RegisterStepProps) {
  const { host, t } = useApp();
  const { sessionId } = draft;
  const read = useCallback(() => host.stageOutcomes({ sessionId }), [host, sessionId]);
  const failed = useCallback((message: string) => t('stageOutcomes.failed', { message }), [t]);
  const [loaded, reload] = useHostRead(read, failed);
  // The last confirmation stays in view while the step reads the register again after it.
  const [recorded, setRecorded] = useState<Confirmed | null>(null);

  return (
    <div className="rd-office-step rd-register" data-testid="register-step">
      <h2>{t('stageOutcomes.title')}</h2>
      <p className="rd-help">{t('stageOutcomes.intro')}</p>
      {recorded !== null && <RecordedNote confirmed={recorded} />}
      {loaded.kind === 'loading' && <p role="status">{t('stageOutcomes.loading')}</p>}
      {loaded.kind === 'failed' && <Alert type="error" showIcon title={loaded.message} action={<Button onClick={reload}>{t('stageOutcomes.reload')}</Button>} data-testid="register-failed" />}
      {loaded.kind === 'refused' && (
        <StepRefusal testId="register-refused" code={loaded.code} messages={loaded.messages} steps={STEP_FOR_REFUSAL} goToKey="stageOutcomes.goTo" onGoTo={onGoTo} available={available} retry={{ label: t('stageOutcomes.reload'), onRetry: reload }} />
      )}
      {/* Keyed by the data it was computed on: new scores or a confirmation start the choices afresh. */}
      {loaded.kind === 'done' && (
        <RegisterBody
          key={`${loaded.value.dataFingerprint}:${loaded.value.rows.map((row) => row.blockedLine ?? '').join()}`}
          answer={loaded.value}
          onConfirmed={(confirmed) => {
            setRecorded(confirmed);
            reload();
          }}
          onEdit={() => setRecorded(null)}
          onRegistered={reload}
        />
      )}
    </div>
  );
}

type Sending = { kind: 'idle' } | { kind: 'asking' } | { kind: 'busy' } | { kind: 'refused'; messages: string[] } | { kind: 'failed'; message: string };

interface RegisterBodyProps {
  answer: Outcomes;
  onConfirmed: (confirmed: Confirmed) => void;
  /** A change of choice: the last confirmation's note gives way. */
  onEdit: () => void;
  /** Counties were added to the register: read again. */
  onRegistered: () => void;
}

function RegisterBody({ answer, onConfirmed, onEdit, onRegistered }: RegisterBodyProps) {
  const { host, t } = useApp();
  const [choices, setChoices] = useState(() => initialChoices(answer.rows));
  const [date, setDate] = useState(answer.today);
  const [documentNumber, setDocumentNumber] = useState('');
  const [sending, setSending] = useState<Sending>({ kind: 'idle' });
  const { decisions, unfinished } = decisionsOf(answer.rows, choices);
  const anyReady = answer.rows.some((row) => row.blockedLine === null);

  const choose = (applicationId: string, change: Partial<OutcomeChoice>): void => {
    setChoices((current) => {
      const previous = current[applicationId];
      return previous === undefined ? current : { ...current, [applicationId]: { ...previous, ...change } };
    });
    if (sending.kind !== 'busy') setSending({ kind: 'idle' });
    onEdit();
  };

  const confirm = async (): Promise<void> => {
    setSending({ kind: 'busy' });
    const number = documentNumber.trim();
    try {
      const result = await host.confirmStageOutcomes({ sessionId: answer.session.sessionId, dataFingerprint: answer.dataFingerprint, date: date.trim(), ...(number === '' ? {} : { documentNumber: number }), decisions });
      if (result.ok) onConfirmed(result);
      else setSending({ kind: 'refused', messages: result.messages });
    } catch (cause) {
      setSending({ kind: 'failed', message: t('stageOutcomes.confirmFailed', { message: errorText(cause) }) });
    }
  };

  return (
    <>
      <p data-testid="register-event">{t('stageOutcomes.event', { event: answer.eventLabel })}</p>
      {answer.session.stage === 'qualification' && <AddUnregistered rows={answer.rows} batch={answer.session.batch} onAdded={onRegistered} />}
      <OutcomeTable rows={answer.rows} outcomes={answer.outcomes} choices={choices} onChoose={choose} />
      {!anyReady && <Alert type="info" showIcon title={t('stageOutcomes.nothingReady')} data-testid="register-nothing-ready" />}
      {anyReady && (
        <div className="rd-register-confirm">
          <Field label={t('stageOutcomes.date')} testId="register-date" type="date" value={date} onChange={setDate} />
          <Field label={t('stageOutcomes.documentNumber')} testId="register-document" value={documentNumber} onChange={setDocumentNumber} />
          {unfinished.length > 0 && <Alert type="warning" showIcon title={t('stageOutcomes.unfinished', { counties: unfinished.join('、') })} data-testid="register-unfinished" />}
          {date.trim() === '' && <Alert type="warning" showIcon title={t('stageOutcomes.dateMissing')} />}
          {sending.kind === 'asking' ? (
            <InlineConfirm
              testId="register-confirm-question"
              question={t('stageOutcomes.confirmQuestion', { count: decisions.length })}
              yes={t('stageOutcomes.confirmYes')}
              no={t('stageOutcomes.cancel')}
              onYes={() => void confirm()}
              onNo={() => setSending({ kind: 'idle' })}
            />
          ) : (
            <Button
              type="primary"
              data-testid="register-confirm"
              disabled={decisions.length === 0 || unfinished.length > 0 || date.trim() === '' || sending.kind === 'busy'}
              loading={sending.kind === 'busy'}
              onClick={() => setSending({ kind: 'asking' })}
            >
              {t(sending.kind === 'busy' ? 'stageOutcomes.busy' : 'stageOutcomes.confirm', { count: decisions.length })}
            </Button>
          )}
        </div>
      )}
      {sending.kind === 'refused' && <Alert type="error" showIcon title={<RefusalMessages messages={sending.messages} />} data-testid="register-refused-confirm" />}
      {sending.kind === 'failed' && <Alert type="error" showIcon title={sending.message} data-testid="register-confirm-failed" />}
    </>
  );
}

function RecordedNote({ confirmed }: { confirmed: Confirmed }) {
  const { t } = useApp();
  const { recorded, warnings, auditWarning } = confirmed;
  return (
    <Alert
      type="success"
      showIcon
      data-testid="register-recorded"
      title={t('stageOutcomes.recorded', { count: recorded.length })}
      description={
        <>
          <ul>
            {recorded.map((county) => (
              <li key={county.code}>{t('stageOutcomes.recordedCounty', { county: county.name, state: county.stateLabel })}</li>
            ))}
          </ul>
          {warnings.length > 0 && (
            <p data-testid="register-warnings">
              {t('stageOutcomes.followUp')} {warnings.join(' ')}
            </p>
          )}
          {auditWarning !== undefined && <p data-testid="register-audit-warning">{auditWarning}</p>}
        </>
      }
    />
  );
}
