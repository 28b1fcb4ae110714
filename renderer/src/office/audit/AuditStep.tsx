// 审计日志: the session's hash-chained log as the host reads and checks it — whether the chain is whole (or
// where it was altered), the entries newest first with filters a clerk knows from Excel, and an export to a
// folder (a workbook plus the raw log for anyone to check again). A refusal (no session file yet, a log that
// was altered) is shown as the host words it, with a way to the step that settles it when there is one.
import { Alert, Button } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { HostResult } from '../../../../shared/contract/host-api-spec';
import type { SessionDraft } from '../../../../shared/office/session-draft';
import { errorText, useApp } from '../../app/app-context';
import type { DraftStep } from '../draft-steps';
import { StepRefusal, type StepLinks } from '../StepRefusal';
import { AuditEntries } from './AuditEntries';
import { AuditExport } from './AuditExport';
import './audit-step.css';

export type AuditLogAnswer = Extract<HostResult<'officeAuditLog'>, { ok: true }>;
type Refused = Extract<HostResult<'officeAuditLog'>, { ok: false }>;
type Loaded = { kind: 'loading' } | { kind: 'refused'; refused: Refused } | { kind: 'failed'; message: string } | { kind: 'done'; answer: AuditLogAnswer };

/** The step that settles a refusal, by the host's code (sent-session.ts). */
const STEP_FOR_REFUSAL: Readonly<Record<string, DraftStep>> = { 'office.collect.noSession': 'export' };

export interface AuditStepProps extends StepLinks {
  draft: SessionDraft;
}

export function AuditStep({ draft, onGoTo, available }: AuditStepProps) {
  const { host, t } = useApp();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    // A reload after an export keeps the table in place instead of flashing "loading".
    if (attempt === 0) setLoaded({ kind: 'loading' });
    host.officeAuditLog({ sessionId: draft.sessionId }).then(
      (answer) => live && setLoaded(answer.ok ? { kind: 'done', answer } : { kind: 'refused', refused: answer }),
      (cause: unknown) => live && setLoaded({ kind: 'failed', message: t('officeAudit.ui.failed', { message: errorText(cause) }) }),
    );
    return () => {
      live = false;
    };
  }, [host, t, draft.sessionId, attempt]);

  return (
    <div className="rd-office-step rd-audit" data-testid="audit-step">
      <h2>{t('officeAudit.title')}</h2>
      <p className="rd-help">{t('officeAudit.ui.intro')}</p>
      {loaded.kind === 'loading' && <p role="status">{t('officeAudit.ui.loading')}</p>}
      {loaded.kind === 'failed' && <Alert type="error" showIcon title={loaded.message} action={<Button onClick={reload}>{t('officeAudit.ui.retry')}</Button>} data-testid="audit-failed" />}
      {loaded.kind === 'refused' && <AuditRefused refused={loaded.refused} onGoTo={onGoTo} available={available} onRetry={reload} />}
      {loaded.kind === 'done' && (
        <>
          <ChainStatus answer={loaded.answer} />
          <AuditEntries draft={draft} entries={loaded.answer.entries} />
          <AuditExport sessionId={draft.sessionId} onExported={reload} />
        </>
      )}
    </div>
  );
}

function ChainStatus({ answer }: { answer: AuditLogAnswer }) {
  const { t } = useApp();
  const { length, headHash } = answer.anchor;
  return (
    <div className="rd-audit-chain" data-testid="audit-chain">
      <Alert type="success" showIcon title={t('officeAudit.ui.chainOk', { count: length })} />
      {headHash !== null && (
        <p className="rd-help">
          {t('officeAudit.ui.anchor', { count: length })} <code className="rd-mono rd-audit-hash">{headHash}</code>
        </p>
      )}
    </div>
  );
}

/** A log whose chain is broken is an error (it was altered) headed by the entry where; other refusals are the host's words. */
function AuditRefused({ refused, onGoTo, available, onRetry }: StepLinks & { refused: Refused; onRetry: () => void }) {
  const { t } = useApp();
  const broken = refused.brokenAt !== undefined;
  return (
    <StepRefusal testId="audit-refused" code={refused.code} messages={refused.messages} steps={STEP_FOR_REFUSAL} goToKey="officeAudit.ui.goTo" type={broken ? 'error' : 'warning'} title={broken ? t('officeAudit.ui.chainBroken', { entry: (refused.brokenAt ?? 0) + 1 }) : undefined} onGoTo={onGoTo} available={available} retry={{ label: t('officeAudit.ui.retry'), onRetry }} />
  );
}

export default AuditStep;
