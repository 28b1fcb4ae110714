// One draft, step by step. The draft lives here while it is edited: each change replaces it on screen at once
// and goes to the save queue, which writes it with strict durability and shows the saved state. Changes are
// applied to the newest draft (a ref), so two quick changes from different steps never undo each other.
import { Alert } from 'antd';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { reconcilePanel } from '../../../shared/office/panel-reconcile';
import type { SessionDraft } from '../../../shared/office/session-draft';
import { useApp } from '../app/app-context';
import { BasicsForm } from './basics/BasicsForm';
import { ApplicationsStep } from './applications/ApplicationsStep';
import { CollectStep } from './collect/CollectStep';
import type { IncomingScores } from './collect/incoming-scores';
import { AuditStep } from './audit/AuditStep';
import { AVAILABLE_STEPS, type DraftStep } from './draft-steps';
import { ExportSessionStep } from './export/ExportSessionStep';
import { useOffice } from './office-context';
import { OfficeSaveStatus } from './OfficeSaveStatus';
import { PanelStep } from './panel/PanelStep';
import { RegisterStep } from './register/RegisterStep';
import { ReportsStep } from './reports/ReportsStep';
import { RulesStep } from './rules/RulesStep';
import { StandardStep } from './standard/StandardStep';
import { StepNav } from './StepNav';

// Lazy: the results screen brings ECharts, which neither the expert's page nor the other steps need.
const ResultsStep = lazy(() => import('./decide/ResultsStep'));
// Lazy too: the list's screen is large and only the office's last steps need it.
const ListStep = lazy(() => import('./list/ListStep'));

export interface DraftEditorProps {
  initial: SessionDraft;
  initialStep?: DraftStep;
  /** Double-clicked scores files for this session: the editor goes to 收集专家评分, which imports them. */
  incomingScores?: IncomingScores | null;
  onIncomingTaken?: () => void;
}

export function DraftEditor({ initial, initialStep = 'basics', incomingScores = null, onIncomingTaken }: DraftEditorProps) {
  const { t } = useApp();
  const { queue } = useOffice();
  const [draft, setDraft] = useState(initial);
  const [step, setStep] = useState<DraftStep>(initialStep);
  const latest = useRef(initial);
  const incomingId = incomingScores?.id;
  useEffect(() => {
    if (incomingId !== undefined) setStep('collect');
  }, [incomingId]);

  const change = (patch: Partial<Omit<SessionDraft, 'sessionId' | 'format' | 'formatVersion'>>): void => {
    let next: SessionDraft = { ...latest.current, ...patch, updatedAt: new Date().toISOString() };
    // Applications or experts changed elsewhere: the same-city suggestions and the assignments follow at once,
    // so a removed application leaves no assignment behind and a new same-city pair waits for a decision.
    if (patch.applications !== undefined || patch.roster !== undefined) next = { ...next, ...reconcilePanel(next) };
    latest.current = next;
    setDraft(next);
    void queue.change(next);
  };

  return (
    <div className="rd-office-draft">
      <div className="rd-office-draft-head">
        <div>
          <h2 data-testid="draft-name">{draft.basics.name}</h2>
          <p className="rd-help">
            {t('officeWorkspace.draft.sessionId')} <span className="rd-mono" data-testid="draft-session-id">{draft.sessionId}</span>
          </p>
        </div>
        <OfficeSaveStatus />
      </div>
      <div className="rd-office-layout">
        <StepNav current={step} onStep={setStep} />
        <main className="rd-office-body">
          {step === 'basics' && (
            <div className="rd-office-step">
              <h2>{t('officeWorkspace.steps.basics')}</h2>
              <BasicsForm mode="edit" basics={draft.basics} onChange={(basics) => change({ basics })} />
              {draft.standard && !draft.standard.standard.stages.includes(draft.basics.stage) && (
                <Alert
                  type="warning"
                  showIcon
                  data-testid="stage-not-in-standard"
                  title={t('officeWorkspace.basics.stageNotInStandard', { stage: t(`standard.stage.${draft.basics.stage}`), title: draft.standard.standard.title })}
                />
              )}
            </div>
          )}
          {step === 'standard' && <StandardStep value={draft.standard} onChange={(standard) => change({ standard })} />}
          {step === 'rules' && (
            <RulesStep stage={draft.basics.stage} standard={draft.standard} quota={draft.quota} onStandard={(standard) => change({ standard })} onQuota={(quota) => change({ quota })} />
          )}
          {step === 'applications' && <ApplicationsStep draft={draft} onChange={(applications) => change({ applications })} />}
          {step === 'panel' && <PanelStep draft={draft} onChange={change} />}
          {step === 'export' && <ExportSessionStep draft={draft} onGoTo={setStep} available={AVAILABLE_STEPS} />}
          {step === 'collect' && <CollectStep draft={draft} incoming={incomingScores} {...(onIncomingTaken ? { onIncomingTaken } : {})} />}
          {step === 'decide' && (
            <Suspense fallback={<p>{t('officeResults.loading')}</p>}>
              <ResultsStep draft={draft} onGoTo={setStep} available={AVAILABLE_STEPS} />
            </Suspense>
          )}
          {step === 'list' && (
            <Suspense fallback={<p>{t('officeList.loadingResults')}</p>}>
              <ListStep draft={draft} onChange={change} onGoTo={setStep} available={AVAILABLE_STEPS} />
            </Suspense>
          )}
          {step === 'reports' && <ReportsStep draft={draft} onGoTo={setStep} available={AVAILABLE_STEPS} />}
          {step === 'register' && <RegisterStep draft={draft} onGoTo={setStep} available={AVAILABLE_STEPS} />}
          {step === 'audit' && <AuditStep draft={draft} onGoTo={setStep} available={AVAILABLE_STEPS} />}
        </main>
      </div>
    </div>
  );
}
