// 收集专家评分, the office's step (issue #6): experts' .rdscores taken into the session the office sent —
// dropped or chosen many at once, or a sync folder scanned — with one progress bar, then one line per file
// in plain words; a file with an unknown key can be taken in once the expert's key is enrolled. Below, who
// has handed in what (experts × applications) and who still owes what, read again after every import.
// Everything is checked against the exported session file, so the step waits until there is one. Files the
// office double-clicked arrive as `incoming` and are imported as soon as the step is ready and idle.
import { Alert, Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { SessionDraft } from '../../../../shared/office/session-draft';
import { useApp } from '../../app/app-context';
import { RefusalMessages } from '../../app/RefusalMessages';
import { importFiles, scanFolder, type Collected, type CollectPhase } from './collect-files';
import { outgoingOf, type IncomingScores } from './incoming-scores';
import type { CollectLine, LineSource } from './collect-lines';
import { CollectLines } from './CollectLines';
import { CollectProgress } from './CollectProgress';
import { ImportSection } from './ImportSection';
import { OwesList } from './OwesList';
import { cellCounts, countyNames, expertRows, shortTime, type Overview } from './overview';
import { ProgressMatrix } from './ProgressMatrix';
import { useOverview } from './use-overview';
import './collect-step.css';

export interface CollectStepProps {
  draft: SessionDraft;
  /** Double-clicked scores files to import; `onIncomingTaken` says the import has started. */
  incoming?: IncomingScores | null;
  onIncomingTaken?: () => void;
}

export function CollectStep({ draft, incoming = null, onIncomingTaken }: CollectStepProps) {
  const { t } = useApp();
  const { sessionId } = draft;
  const { state, refresh } = useOverview(sessionId);

  return (
    <div className="rd-office-step rd-collect-step" data-testid="collect-step">
      <h2>{t('officeCollect.title')}</h2>
      {state.kind === 'loading' && <p>{t('officeCollect.loading')}</p>}
      {state.kind === 'notExported' && (
        <Alert type="info" showIcon data-testid="collect-not-exported" title={t('officeCollect.notExported')} description={<p>{t('officeCollect.notExportedHelp')}</p>} />
      )}
      {(state.kind === 'refused' || state.kind === 'failed') && (
        <Alert
          type="error"
          showIcon
          data-testid="collect-overview-refused"
          title={state.kind === 'failed' ? t('officeCollect.overviewFailed', { message: state.message }) : t('officeCollect.overviewRefused')}
          description={state.kind === 'refused' ? <RefusalMessages messages={state.messages} /> : undefined}
          action={<Button onClick={refresh}>{t('officeCollect.retry')}</Button>}
        />
      )}
      {state.kind === 'ready' && (
        <Collect
          sessionId={sessionId}
          draftUpdatedAt={draft.updatedAt}
          overview={state.overview}
          refresh={refresh}
          incoming={incoming?.sessionId === sessionId ? incoming : null}
          {...(onIncomingTaken ? { onIncomingTaken } : {})}
        />
      )}
    </div>
  );
}

interface CollectProps {
  sessionId: string;
  /** When the draft last changed: after the export, the experts hold an older version than the office sees. */
  draftUpdatedAt: string;
  overview: Overview;
  refresh: () => void;
  incoming: IncomingScores | null;
  onIncomingTaken?: () => void;
}

function Collect({ sessionId, draftUpdatedAt, overview, refresh, incoming, onIncomingTaken }: CollectProps) {
  const { host, t, locale } = useApp();
  const [phase, setPhase] = useState<CollectPhase | null>(null);
  const [lines, setLines] = useState<CollectLine[]>([]);
  const [refusal, setRefusal] = useState<string[] | null>(null);
  const rows = expertRows(overview);
  const counts = cellCounts(rows);
  const experts = overview.roster.map(({ expertId, name }) => ({ expertId, name }));

  const run = async (work: () => Promise<Collected>): Promise<void> => {
    setLines([]);
    setRefusal(null);
    setPhase({ kind: 'importing', progress: null, uploaded: false });
    try {
      const collected = await work();
      setLines(collected.lines);
      setRefusal(collected.refusal);
    } finally {
      setPhase(null);
      refresh();
    }
  };

  // A hand-over waits while another import runs, and is imported once: its id is remembered.
  const idle = phase === null;
  const imported = useRef<number | null>(null);
  useEffect(() => {
    if (incoming === null || !idle || imported.current === incoming.id) return;
    imported.current = incoming.id;
    onIncomingTaken?.();
    void run(() => importFiles(host, sessionId, outgoingOf(incoming.paths), [], t, setPhase));
  });

  const onFiles = (files: File[]): void => {
    const outgoing = files.map((file) => ({ name: file.name, source: { kind: 'file' as const, file } }));
    void run(() => importFiles(host, sessionId, outgoing, [], t, setPhase));
  };

  /** The line's file and the same expert's other unknown-key files, imported again with the key enrolled. */
  const enrol = async (index: number, expertId: string, fingerprint: string): Promise<string[] | null> => {
    const claimed = lines[index]?.expertId;
    const targets = lines.flatMap((line, at): { at: number; name: string; source: LineSource }[] =>
      line.outcome === 'unknownKey' && line.source !== null && (at === index || (claimed !== undefined && line.expertId === claimed)) ? [{ at, name: line.name, source: line.source }] : [],
    );
    setPhase({ kind: 'importing', progress: null, uploaded: false });
    try {
      const again = await importFiles(host, sessionId, targets, [{ expertId, fingerprint }], t, setPhase);
      if (again.refusal !== null) return again.refusal;
      const replaced = new Map(targets.map(({ at }, position) => [at, again.lines[position]]));
      setLines((current) =>
        current.map((line, at) => {
          const next = replaced.get(at);
          return next === undefined ? line : { ...next, enrolled: true };
        }),
      );
      return null;
    } finally {
      setPhase(null);
      refresh();
    }
  };

  const { session } = overview;
  const done = rows.filter((row) => row.owes.length === 0).length;
  return (
    <>
      <p className="rd-help" data-testid="collect-session">
        {t('officeCollect.session', {
          createdAt: shortTime(session.createdAt, locale),
          name: session.name,
          standard: session.standardTitle,
          experts: overview.roster.length,
          applications: overview.applications.length,
        })}
      </p>
      {Date.parse(draftUpdatedAt) > Date.parse(session.createdAt) && (
        <Alert type="info" showIcon data-testid="collect-changed-since" title={t('officeCollect.changedSince', { updatedAt: shortTime(draftUpdatedAt, locale) })} />
      )}
      <p>{t('officeCollect.intro')}</p>
      <ImportSection busy={phase !== null} onFiles={onFiles} onScan={(folder) => void run(() => scanFolder(host, sessionId, folder, t, setPhase))} />
      {phase !== null && <CollectProgress phase={phase} />}
      <CollectLines lines={lines} refusal={refusal} experts={experts} onEnrol={enrol} />
      <section aria-labelledby="rd-collect-progress-title" className="rd-collect-progress-section">
        <div className="rd-collect-progress-head">
          <h3 id="rd-collect-progress-title">{t('officeCollect.progress.title')}</h3>
          <Button size="small" onClick={refresh} disabled={phase !== null}>
            {t('officeCollect.refresh')}
          </Button>
        </div>
        <p data-testid="collect-counts">{t('officeCollect.progress.counts', { done, experts: rows.length, scored: counts.scored, recused: counts.recused, missing: counts.missing })}</p>
        <ProgressMatrix overview={overview} rows={rows} />
      </section>
      <OwesList rows={rows} counties={countyNames(overview)} />
    </>
  );
}
