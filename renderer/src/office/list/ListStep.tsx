// 建议名单 (issue #6): the list computed from the ranking, the quota and the preference rule, with the cut line
// and every move explained; the office's adjustments (each with a written reason) and dissent notes; signing
// with the office key, after which the version is locked — a new version can be made, the old one stays.
// Reads the results (officeResults) and the signed versions (officeSuggestionLists) from the host; the
// version being made lives in the draft (pendingList). While one is being made, or none is signed yet, the
// editor shows; otherwise the latest signed version, with the ones before it below. A stage session that
// grades each county (no quota) has no list: the step says so instead (GradedStageNote).
import { Alert, Button } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { PendingList, SessionDraft } from '../../../../shared/office/session-draft';
import { gradesWithoutList } from '../../../../shared/panel/stage-quota';
import { useApp } from '../../app/app-context';
import { RefusalMessages } from '../../app/RefusalMessages';
import type { OfficeResults } from '../decide/results-types';
import type { DraftStep } from '../draft-steps';
import { useHostRead, type Loaded } from '../use-host-read';
import { StepRefusal, type StepLinks } from '../StepRefusal';
import { GradedStageNote } from './GradedStageNote';
import { ListEditor } from './ListEditor';
import { countyNamer, quotaWorking } from './list-text';
import type { ComputedEntry, SignAnswer, SuggestionLists } from './list-types';
import { PreferenceNotes } from './PreferenceNotes';
import { SignedVersion } from './SignedVersion';
import { VersionHistory } from './VersionHistory';
import './list-step.css';

/** The step that settles a refusal, by the host's code (sent-session.ts, office-collect-services.ts). */
const STEP_FOR_REFUSAL: Readonly<Record<string, DraftStep>> = {
  'office.collect.noSession': 'export',
  'office.collect.noExports': 'collect',
  'report.noQuota': 'rules',
  'office.list.noResults': 'collect',
};

/** What the last signing attempt came to, shown above the list until the next one. */
type Notice = { type: 'success' | 'warning' | 'error'; text: string; messages?: string[] } | null;

export interface ListStepProps extends StepLinks {
  draft: SessionDraft;
  onChange: (patch: Partial<SessionDraft>) => void;
}

export function ListStep({ draft, onChange, onGoTo, available }: ListStepProps) {
  const { host, t } = useApp();
  const { sessionId } = draft;
  const readResults = useCallback(() => host.officeResults({ sessionId }), [host, sessionId]);
  const readLists = useCallback(() => host.officeSuggestionLists({ sessionId }), [host, sessionId]);
  const resultsFailed = useCallback((message: string) => t('officeList.failedResults', { message }), [t]);
  const listsFailed = useCallback((message: string) => t('officeList.failedVersions', { message }), [t]);
  const [results, reloadResults] = useHostRead(readResults, resultsFailed);
  const [lists, reloadLists] = useHostRead(readLists, listsFailed);
  // Versions this window signed, added to what was read until the next read brings them.
  const [signed, setSigned] = useState<SuggestionLists['versions']>([]);
  const [notice, setNotice] = useState<Notice>(null);

  const versions = useMemo(() => {
    const read = lists.kind === 'done' ? lists.value.versions : [];
    const held = new Set(read.map((version) => version.hash));
    return [...read, ...signed.filter((version) => !held.has(version.hash))].sort((a, b) => a.payload.version - b.payload.version);
  }, [lists, signed]);
  const latest = versions.at(-1) ?? null;
  const answer: OfficeResults | null = results.kind === 'done' ? results.value : null;
  const computed = answer?.results.suggestionList ?? null;
  const known = useMemo(() => new Map<string, ComputedEntry>(computed === null ? [] : [...computed.entries, ...computed.notListed].map((entry) => [entry.applicationId, entry])), [computed]);
  const county = useMemo(
    () => countyNamer(answer?.results.applications ?? [], ...versions.map((version) => version.payload.entries)),
    [answer, versions],
  );

  const setPending = (pendingList: PendingList | undefined): void => onChange({ pendingList });
  const reloadAll = (): void => {
    setNotice(null);
    reloadResults();
    reloadLists();
  };

  const onSignAnswer = (signAnswer: SignAnswer): void => {
    if (signAnswer.ok) {
      setSigned((held) => [...held, signAnswer.version]);
      setPending(undefined);
      const text = t('officeList.sign.done', { version: signAnswer.version.payload.version, path: signAnswer.path });
      setNotice(signAnswer.warning === undefined ? { type: 'success', text } : { type: 'warning', text, messages: [signAnswer.warning] });
      return;
    }
    if (signAnswer.code === 'office.list.dataChanged') {
      setNotice({ type: 'warning', text: t('officeList.sign.dataChanged'), messages: signAnswer.messages });
      reloadResults();
      return;
    }
    if (signAnswer.code === 'office.list.staleVersion') {
      setNotice({ type: 'warning', text: t('officeList.sign.stale'), messages: signAnswer.messages });
      reloadLists();
      return;
    }
    setNotice({ type: 'error', text: t('officeList.sign.refused'), messages: signAnswer.messages });
  };

  const editing = draft.pendingList !== undefined || (lists.kind === 'done' && versions.length === 0);

  // The results say whether there is a list; before they come (none yet, or refused) the draft says it, so a
  // graded stage never shows a refusal about a list it will not have.
  const graded = answer !== null ? computed === null : gradesWithoutList(draft.basics.stage, draft.quota);
  if (graded) {
    return (
      <div className="rd-office-step rd-list" data-testid="list-step">
        <h2>{t('officeList.title')}</h2>
        <GradedStageNote
          stage={answer?.results.session.stage ?? draft.basics.stage}
          grades={answer?.results.rules.grades ?? draft.standard?.standard.grades ?? []}
          onGoTo={onGoTo}
          available={available}
        />
      </div>
    );
  }

  return (
    <div className="rd-office-step rd-list" data-testid="list-step">
      <h2>{t('officeList.title')}</h2>
      <p className="rd-help">{t('officeList.intro')}</p>
      {notice !== null && (
        <Alert
          type={notice.type}
          showIcon
          data-testid="list-notice"
          title={notice.text}
          description={notice.messages === undefined ? undefined : <RefusalMessages messages={notice.messages} />}
        />
      )}
      <Read loaded={lists} loading={t('officeList.loadingVersions')} onGoTo={onGoTo} available={available} onRetry={reloadLists} testId="list-versions" />
      {/* The same refusal twice (no session file yet) is said once. */}
      {!(results.kind === 'refused' && lists.kind === 'refused' && results.code === lists.code) && (
        <Read loaded={results} loading={t('officeList.loadingResults')} onGoTo={onGoTo} available={available} onRetry={reloadResults} testId="list-results" />
      )}
      {answer !== null && computed !== null && (
        <>
          <div className="rd-inline">
            {answer.results.quota !== null && <p data-testid="list-quota">{quotaWorking(t, answer.results.quota)}</p>}
            <Button size="small" onClick={reloadAll}>
              {t('officeList.reload')}
            </Button>
          </div>
          {!answer.results.complete && <Alert type="info" showIcon title={t('officeList.incomplete')} data-testid="list-incomplete" />}
          <PreferenceNotes list={computed} county={county} />
        </>
      )}
      {lists.kind === 'done' && editing && answer !== null && computed !== null && (
        <ListEditor
          sessionId={sessionId}
          answer={answer}
          list={computed}
          pending={draft.pendingList}
          latest={latest}
          county={county}
          onPending={setPending}
          onSignAnswer={onSignAnswer}
          onSignFailed={(message) => setNotice({ type: 'error', text: message })}
        />
      )}
      {lists.kind === 'done' && !editing && latest !== null && (
        <section aria-labelledby="rd-list-latest-title" data-testid="list-latest">
          <h3 id="rd-list-latest-title">{t('officeList.signed.title', { version: latest.payload.version })}</h3>
          <SignedVersion version={latest} known={known} county={county} />
          <Button
            type="primary"
            disabled={answer === null}
            onClick={() => setPending({ basedOn: answer?.dataFingerprint ?? latest.payload.dataFingerprint, adjustments: [], dissent: [], note: '' })}
          >
            {t('officeList.newVersion', { version: latest.payload.version + 1 })}
          </Button>
        </section>
      )}
      {lists.kind === 'done' && <VersionHistory versions={editing ? versions : versions.slice(0, -1)} known={known} county={county} />}
    </div>
  );
}

interface ReadProps<T> extends StepLinks {
  loaded: Loaded<T>;
  loading: string;
  onRetry: () => void;
  testId: string;
}

/** A read's state when it is not done: what is being read, why it failed (retry), or the host's refusal with a way to the step that settles it. */
function Read<T>({ loaded, loading, onGoTo, available, onRetry, testId }: ReadProps<T>) {
  const { t } = useApp();
  if (loaded.kind === 'loading') return <p role="status">{loading}</p>;
  if (loaded.kind === 'failed') return <Alert type="error" showIcon title={loaded.message} action={<Button onClick={onRetry}>{t('officeList.retry')}</Button>} data-testid={`${testId}-failed`} />;
  if (loaded.kind === 'done') return null;
  return (
    <StepRefusal testId={`${testId}-refused`} code={loaded.code} messages={loaded.messages} steps={STEP_FOR_REFUSAL} goToKey="officeList.goTo" onGoTo={onGoTo} available={available} retry={{ label: t('officeList.retry'), onRetry }} />
  );
}

export default ListStep;
