// Before export: what is still missing (the completeness check the host applies too), then the signed
// .rdscores written by the host to the sync folder or another folder, read back and verified. Pending saves
// are flushed first, so the export holds exactly what the expert sees. The folder and the choice are
// remembered on this computer as the expert changes them.
import { Alert, Button, Checkbox } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { checkCompleteness, isComplete, type Completeness } from '../../../shared/expert/completeness';
import type { ScoreSheet } from '../../../shared/scoring/score-sheet';
import { listExports, saveExport } from '../db/export-store';
import type { SessionRow } from '../db/records';
import { listSheets } from '../db/sheet-store';
import { errorText, useApp } from './app-context';
import { exportsFolder, folderOf, recallDestination, rememberDestination, type Destination, type DestinationChoice } from './export-destination';
import { ExportDestination } from './ExportDestination';
import { ExportDone, type Exported } from './ExportDone';
import { ExportGaps } from './ExportGaps';
import { dateTime } from './format';

export interface ExportScreenProps {
  session: SessionRow;
  expertId: string;
  /** Opens an application from the list of what is missing. */
  onOpenApplication?: (applicationId: string) => void;
}

type Outcome =
  | { kind: 'none' }
  | { kind: 'refused'; messages: string[] }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; result: Exported; choice: DestinationChoice; recordFailure: string | null };

/** The latest export this computer made for the session, as the workspace recorded it. */
interface LastExport {
  sequence: number;
  at: string;
}

export function ExportScreen({ session, expertId, onOpenApplication }: ExportScreenProps) {
  const { host, db, queue, storage, t, describe } = useApp();
  const { payload, sessionId } = session;
  const [sheets, setSheets] = useState<ScoreSheet[] | null>(null);
  const [completeness, setCompleteness] = useState<Completeness | null>(null);
  const [destination, setDestination] = useState<Destination>(() => recallDestination(storage));
  // Only what the expert changed is remembered, not the default folder filled in for them.
  const changed = useRef(false);
  const [dialogs, setDialogs] = useState(false);
  const [lastExport, setLastExport] = useState<LastExport | null>(null);
  const [folderMissing, setFolderMissing] = useState(false);
  const [encrypt, setEncrypt] = useState(true);
  const [allowIncomplete, setAllowIncomplete] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  useEffect(() => {
    let live = true;
    void (async () => {
      await queue.flush();
      const list = await listSheets(db, sessionId);
      if (!live) return;
      const own = list.records.map((row) => row.sheet);
      setSheets(own);
      setCompleteness(checkCompleteness(payload, expertId, own));
      const exports = await listExports(db, sessionId);
      const last = exports.records.at(-1);
      if (live && last) setLastExport({ sequence: last.sequence, at: last.at });
    })();
    host.getHostInfo().then(
      (info) => {
        if (!live) return;
        setDialogs(info.dialogs);
        // Only when the expert has not typed a folder meanwhile.
        setDestination((before) => (before.otherFolder === '' ? { ...before, otherFolder: exportsFolder(info.dataDir) } : before));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, host, queue, sessionId, payload, expertId]);

  useEffect(() => {
    if (changed.current) rememberDestination(storage, destination);
  }, [storage, destination]);

  const changeDestination = (change: (before: Destination) => Destination): void => {
    changed.current = true;
    setDestination(change);
  };

  const submit = async (): Promise<void> => {
    if (sheets === null) return;
    const target = folderOf(destination);
    const { choice } = destination;
    setFolderMissing(target === '');
    if (target === '') return;
    setBusy(true);
    setOutcome({ kind: 'none' });
    try {
      const result = await host.exportScores({ sessionId, expertId, sheets, folder: target, encrypt, allowIncomplete });
      if (!result.ok) {
        setOutcome({ kind: 'refused', messages: result.messages });
        return;
      }
      // The file is written and verified whatever happens next: a failure to note it here must not read as
      // a failed export, or the expert would export again for nothing (or think nothing went out).
      const recordFailure = await saveExport(db, { sessionId, sequence: result.sequence, exportHash: result.exportHash, path: result.path }).then(
        () => null,
        (cause: unknown) => errorText(cause),
      );
      setLastExport({ sequence: result.sequence, at: new Date().toISOString() });
      setOutcome({ kind: 'done', result, choice, recordFailure });
    } catch (cause) {
      setOutcome({ kind: 'failed', message: t('expertSession.ui.export.failed', { message: errorText(cause) }) });
    } finally {
      setBusy(false);
    }
  };

  if (completeness === null) return <p>{t('expertSession.ui.app.loading')}</p>;
  const complete = isComplete(completeness);
  const canExport = completeness.invalid.length === 0 && (complete || allowIncomplete);
  return (
    <section className="rd-screen" aria-labelledby="rd-export-title">
      <h2 id="rd-export-title">{t('expertSession.ui.export.title')}</h2>
      {complete ? (
        <Alert type="success" showIcon title={t('expertSession.ui.export.complete', { required: completeness.required.length })} />
      ) : (
        completeness.gaps.length > 0 && <ExportGaps payload={payload} completeness={completeness} onOpenApplication={onOpenApplication} />
      )}
      {completeness.invalid.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('expertSession.ui.export.invalid')}
          description={
            <ul>
              {completeness.invalid.map((problem, index) => (
                <li key={index}>{describe(problem)}</li>
              ))}
            </ul>
          }
        />
      )}
      <ExportDestination destination={destination} onChange={changeDestination} dialogs={dialogs} missing={folderMissing} disabled={busy} />
      <Checkbox checked={encrypt} onChange={(event) => setEncrypt(event.target.checked)}>
        {t('expertSession.ui.export.encrypt')}
      </Checkbox>
      {!complete && (
        <Checkbox checked={allowIncomplete} onChange={(event) => setAllowIncomplete(event.target.checked)}>
          {t('expertSession.ui.export.allowIncomplete')}
        </Checkbox>
      )}
      {lastExport && outcome.kind !== 'done' && (
        <p className="rd-help" data-testid="export-previous">
          {t('expertSession.ui.export.previous', { sequence: lastExport.sequence, at: dateTime(new Date(lastExport.at)) })}
        </p>
      )}
      <div>
        <Button type="primary" loading={busy} disabled={!canExport} onClick={() => void submit()}>
          {t('expertSession.ui.export.submit')}
        </Button>
        {!canExport && (
          <p className="rd-help" data-testid="export-blocked">
            {t(completeness.invalid.length > 0 ? 'expertSession.ui.export.invalidHint' : 'expertSession.ui.export.blockedHint')}
          </p>
        )}
      </div>
      {outcome.kind === 'refused' && (
        <Alert
          type="error"
          showIcon
          title={t('expertSession.ui.export.refused')}
          description={
            <ul>
              {outcome.messages.map((message, index) => (
                <li key={index}>{message}</li>
              ))}
            </ul>
          }
        />
      )}
      {outcome.kind === 'failed' && <Alert type="error" showIcon title={outcome.message} />}
      {outcome.kind === 'done' && <ExportDone result={outcome.result} choice={outcome.choice} recordFailure={outcome.recordFailure} />}
    </section>
  );
}
