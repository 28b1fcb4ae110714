// 结果 (Decide): the panel's results for the session the office sent, read-only — the ranking with every
// expert's total, the applications not ranked and why, the deviation flags with the experts' words, the
// panel's agreement, and the two charts. Computed by the host from each expert's latest accepted export; a
// refusal (no session file yet, no quota, no scores yet) is shown as the host words it, with a way to the
// step that puts it right. Loaded lazily by DraftEditor: ECharts stays out of the first bundle.
import { Alert, Button } from 'antd';
import { useCallback, useMemo } from 'react';
import type { SessionDraft } from '../../../../shared/office/session-draft';
import { useApp } from '../../app/app-context';
import type { DraftStep } from '../draft-steps';
import { StepRefusal, type StepLinks } from '../StepRefusal';
import { useHostRead } from '../use-host-read';
import { AgreementSummary } from './AgreementSummary';
import { DeviationList } from './DeviationList';
import { ExcludedList } from './ExcludedList';
import { RankingTable } from './RankingTable';
import { ResultsCharts } from './ResultsCharts';
import { indicatorNamer } from './results-text';
import type { OfficeResults } from './results-types';
import './results-step.css';

/** The step that settles a refusal, by the host's code (office-collect-services.ts, sent-session.ts). */
const STEP_FOR_REFUSAL: Readonly<Record<string, DraftStep>> = {
  'office.collect.noSession': 'export',
  'office.collect.noExports': 'collect',
  'report.noQuota': 'rules',
};

export interface ResultsStepProps extends StepLinks {
  draft: SessionDraft;
}

export function ResultsStep({ draft, onGoTo, available }: ResultsStepProps) {
  const { host, t } = useApp();
  const { sessionId } = draft;
  const read = useCallback(() => host.officeResults({ sessionId }), [host, sessionId]);
  const failed = useCallback((message: string) => t('officeResults.failed', { message }), [t]);
  const [loaded, retry] = useHostRead(read, failed);

  return (
    <div className="rd-office-step rd-results" data-testid="results-step">
      <h2>{t('officeResults.title')}</h2>
      {loaded.kind === 'loading' && <p role="status">{t('officeResults.loading')}</p>}
      {loaded.kind === 'failed' && (
        <Alert type="error" showIcon title={loaded.message} action={<Button onClick={retry}>{t('officeResults.retry')}</Button>} data-testid="results-failed" />
      )}
      {loaded.kind === 'refused' && <StepRefusal testId="results-refused" code={loaded.code} messages={loaded.messages} steps={STEP_FOR_REFUSAL} goToKey="officeResults.goTo" onGoTo={onGoTo} available={available} retry={{ label: t('officeResults.retry'), onRetry: retry }} />}
      {loaded.kind === 'done' && <ResultsBody answer={loaded.value} draft={draft} onRetry={retry} />}
    </div>
  );
}

function ResultsBody({ answer, draft, onRetry }: { answer: OfficeResults; draft: SessionDraft; onRetry: () => void }) {
  const { t } = useApp();
  const { results, deviations, exports } = answer;
  const indicatorName = useMemo(() => indicatorNamer(draft, results), [draft, results]);
  // The confirmed recusals the session file was made with (payload-from-draft takes them off the assignment).
  const recusals = useMemo(
    () => new Set(draft.recusals.filter((recusal) => recusal.decision === 'confirmed').map((recusal) => `${recusal.expertId}\n${recusal.applicationId}`)),
    [draft.recusals],
  );
  return (
    <>
      <p className="rd-help">{t('officeResults.intro')}</p>
      <div className="rd-inline">
        <p data-testid="results-basis">{t('officeResults.basis', { experts: exports.length, session: results.session.name, standard: results.standard.title })}</p>
        <Button size="small" onClick={onRetry}>
          {t('officeResults.retry')}
        </Button>
      </div>
      {!results.complete && <Alert type="info" showIcon title={t('officeResults.incomplete')} data-testid="results-incomplete" />}
      <RankingTable results={results} indicatorName={indicatorName} recusals={recusals} />
      <ExcludedList results={results} />
      <DeviationList results={results} deviations={deviations} indicatorName={indicatorName} />
      <AgreementSummary agreement={results.agreement} />
      <ResultsCharts results={results} />
    </>
  );
}

export default ResultsStep;
