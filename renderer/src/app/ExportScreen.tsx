// Before export: what is still missing (the completeness check the host applies too), then the signed
// .rdscores written by the host to a folder, read back and verified. Pending saves are flushed first, so
// the export holds exactly what the expert sees.
import { Alert, Button, Checkbox, Input } from 'antd';
import { useEffect, useState } from 'react';
import { checkCompleteness, gapProblem, isComplete, type Completeness } from '../../../shared/expert/completeness';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import type { ScoreSheet } from '../../../shared/scoring/score-sheet';
import { saveExport } from '../db/export-store';
import type { SessionRow } from '../db/records';
import { listSheets } from '../db/sheet-store';
import { errorText, useApp } from './app-context';
import { Fingerprint } from './Fingerprint';

export interface ExportScreenProps {
  session: SessionRow;
  expertId: string;
}

type Exported = Extract<HostResult<'exportScores'>, { ok: true }>;
type Outcome = { kind: 'none' } | { kind: 'refused'; messages: string[] } | { kind: 'failed'; message: string } | { kind: 'done'; result: Exported };

/** `<dataDir>/exports` with the separator the data directory already uses (Windows or POSIX). */
const exportsFolder = (dataDir: string): string => (dataDir === '' ? '' : `${dataDir.replace(/[\\/]+$/, '')}${dataDir.includes('\\') ? '\\' : '/'}exports`);

export function ExportScreen({ session, expertId }: ExportScreenProps) {
  const { host, db, queue, t, describe } = useApp();
  const { payload, sessionId } = session;
  const [sheets, setSheets] = useState<ScoreSheet[] | null>(null);
  const [completeness, setCompleteness] = useState<Completeness | null>(null);
  const [folder, setFolder] = useState('');
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
    })();
    host.getHostInfo().then(
      (info) => {
        // Only when the expert has not typed a folder meanwhile.
        if (live) setFolder((typed) => (typed === '' ? exportsFolder(info.dataDir) : typed));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, host, queue, sessionId, payload, expertId]);

  const submit = async (): Promise<void> => {
    if (sheets === null) return;
    const target = folder.trim();
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
      await saveExport(db, { sessionId, sequence: result.sequence, exportHash: result.exportHash, path: result.path });
      setOutcome({ kind: 'done', result });
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
        completeness.gaps.length > 0 && (
          <div data-testid="export-gaps">
            <p>{t('expertSession.ui.export.incomplete', { finished: completeness.finished, required: completeness.required.length, count: completeness.gaps.length })}</p>
            <ul>
              {completeness.gaps.map((gap, index) => (
                <li key={index}>{describe(gapProblem(payload, gap))}</li>
              ))}
            </ul>
          </div>
        )
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
      <div className="rd-field">
        <label htmlFor="rd-export-folder">{t('expertSession.ui.export.folder')}</label>
        <Input id="rd-export-folder" value={folder} status={folderMissing ? 'error' : ''} onChange={(event) => setFolder(event.target.value)} />
        {folderMissing && (
          <p className="rd-field-error" role="alert">
            {t('expertSession.ui.export.folderRequired')}
          </p>
        )}
      </div>
      <Checkbox checked={encrypt} onChange={(event) => setEncrypt(event.target.checked)}>
        {t('expertSession.ui.export.encrypt')}
      </Checkbox>
      {!complete && (
        <Checkbox checked={allowIncomplete} onChange={(event) => setAllowIncomplete(event.target.checked)}>
          {t('expertSession.ui.export.allowIncomplete')}
        </Checkbox>
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
      {outcome.kind === 'done' && (
        <div className="rd-exported" data-testid="export-done">
          <Alert type="success" showIcon title={t('expertSession.ui.export.done')} />
          <dl>
            <dt>{t('expertSession.ui.export.path')}</dt>
            <dd data-testid="export-path">{outcome.result.path}</dd>
            <dt>{t('expertSession.ui.export.sequence')}</dt>
            <dd data-testid="export-sequence">{outcome.result.sequence}</dd>
            <dt>{t('expertSession.ui.export.hash')}</dt>
            <dd>
              <Fingerprint hex={outcome.result.exportHash} testId="export-hash" />
            </dd>
          </dl>
          {outcome.result.incomplete.length > 0 && <p>{t('expertSession.ui.export.incompleteNote', { count: outcome.result.incomplete.length })}</p>}
        </div>
      )}
    </section>
  );
}
