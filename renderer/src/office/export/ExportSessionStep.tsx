// 导出评审会文件: what still stands in the way (the very checks the host makes before it signs, each with a
// link to the step that settles it), the folder to write to (a USB stick, a shared folder), then the signed
// file written and read back, with the office fingerprint the experts compare when they open it.
import { Alert, Button, Progress } from 'antd';
import { useEffect, useState } from 'react';
import type { HostProgress, HostResult } from '../../../../shared/contract/host-api-spec';
import { payloadFromDraft } from '../../../../shared/office/payload-from-draft';
import type { SessionDraft } from '../../../../shared/office/session-draft';
import type { Problem } from '../../../../shared/problems';
import { errorText, useApp } from '../../app/app-context';
import { Fingerprint } from '../../app/Fingerprint';
import { RefusalMessages } from '../../app/RefusalMessages';
import type { DraftStep } from '../draft-steps';
import { FolderField, useFolder } from '../FolderField';
import { recallSessionFolder, rememberSessionFolder, sessionFilesFolder } from './session-folder';

type Written = Extract<HostResult<'writeSessionFile'>, { ok: true }>;
type Outcome =
  | { kind: 'none' }
  | { kind: 'writing'; progress: HostProgress | null }
  | { kind: 'refused'; messages: string[] }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; written: Written };

/** Which step settles a problem, from where the check found it (payload-from-draft.ts names the part first). */
function stepOf(problem: Problem): DraftStep | null {
  const part = problem.where.split('/')[0];
  if (part === 'standard') return 'standard';
  if (part === 'quota') return 'rules';
  if (part === 'applications') return 'applications';
  if (part === 'roster' || part === 'assignments' || part === 'recusals') return 'panel';
  return null;
}

type Office = NonNullable<HostResult<'getIdentity'>>;

export interface ExportSessionStepProps {
  draft: SessionDraft;
  onGoTo: (step: DraftStep) => void;
  /** Steps this build offers; a problem whose step is not among them gets no link. */
  available: ReadonlySet<DraftStep>;
}

export function ExportSessionStep({ draft, onGoTo, available }: ExportSessionStepProps) {
  const { host, t, describe, storage } = useApp();
  const [office, setOffice] = useState<Office | null | 'failed'>(null);
  const [dialogs, setDialogs] = useState(false);
  const folder = useFolder(() => recallSessionFolder(storage));
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  useEffect(() => {
    let live = true;
    void Promise.all([host.getIdentity(), host.getHostInfo()]).then(
      ([identity, info]) => {
        if (!live) return;
        setOffice(identity ?? 'failed');
        setDialogs(info.dialogs);
        folder.set((typed) => (typed === '' ? sessionFilesFolder(info.dataDir) : typed));
      },
      () => live && setOffice('failed'),
    );
    return () => {
      live = false;
    };
  }, [host]);

  if (office === null) return <p>{t('expertSession.ui.app.loading')}</p>;
  if (office === 'failed') return <Alert type="error" showIcon title={t('officeSession.ui.noOfficeKey')} />;

  // Checked here as the host will check it, so the office sees everything at once before trying.
  const made = payloadFromDraft(draft, { name: office.name, fingerprint: office.fingerprint, encryptionKey: office.x25519PublicKey }, '');
  const problems = made.ok ? [] : made.problems;
  const busy = outcome.kind === 'writing';

  const write = async (): Promise<void> => {
    const target = folder.take();
    if (target === null) return;
    rememberSessionFolder(storage, target);
    setOutcome({ kind: 'writing', progress: null });
    try {
      const result = await host.writeSessionFile({ draft, folder: target }, (progress) => setOutcome({ kind: 'writing', progress }));
      setOutcome(result.ok ? { kind: 'done', written: result } : { kind: 'refused', messages: result.messages });
    } catch (cause) {
      setOutcome({ kind: 'failed', message: t('officeSession.ui.failed', { message: errorText(cause) }) });
    }
  };

  return (
    <div className="rd-office-step" data-testid="export-session-step">
      <h2>{t('officeWorkspace.steps.export')}</h2>
      {problems.length === 0 ? (
        <Alert type="success" showIcon title={t('officeSession.ui.ready', { applications: draft.applications.length, experts: draft.roster.length })} />
      ) : (
        <div data-testid="export-session-problems">
          <p>{t('officeSession.ui.notReady', { count: problems.length })}</p>
          <ul>
            {problems.map((problem, index) => {
              const step = stepOf(problem);
              return (
                <li key={index}>
                  {describe(problem)}
                  {step !== null && available.has(step) && (
                    <Button type="link" size="small" onClick={() => onGoTo(step)}>
                      {t('officeSession.ui.goTo', { step: t(`officeWorkspace.steps.${step}`) })}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <FolderField id="rd-session-folder" folder={folder} purpose="exportSession" dialogs={dialogs} disabled={busy} label={t('officeSession.ui.folder')} help={t('officeSession.ui.folderHelp')} browseLabel={t('expertSession.ui.export.browse')} required={t('officeSession.ui.folderRequired')} />
      <Button type="primary" disabled={problems.length > 0} loading={busy} onClick={() => void write()}>
        {t('officeSession.ui.write')}
      </Button>
      {outcome.kind === 'writing' && outcome.progress && <Progress percent={Math.round((outcome.progress.done / Math.max(1, outcome.progress.total)) * 100)} status="active" />}
      {outcome.kind === 'refused' && <Alert type="error" showIcon data-testid="export-session-refused" title={t('officeSession.ui.refused')} description={<RefusalMessages messages={outcome.messages} />} />}
      {outcome.kind === 'failed' && <Alert type="error" showIcon title={outcome.message} />}
      {outcome.kind === 'done' && (
        <div className="rd-exported" data-testid="export-session-done">
          <Alert type="success" showIcon title={t(outcome.written.replaced ? 'officeSession.ui.replaced' : 'officeSession.ui.done', { documents: outcome.written.documents })} />
          {/* The file is safe; the audit log could not record its writing (the host says why). */}
          {outcome.written.warning !== undefined && <Alert type="warning" showIcon data-testid="export-session-warning" title={outcome.written.warning} />}
          <dl>
            <dt>{t('officeSession.ui.path')}</dt>
            <dd data-testid="export-session-path">{outcome.written.path}</dd>
          </dl>
          <h3>{t('officeSession.ui.fingerprint')}</h3>
          <Fingerprint hex={outcome.written.officeFingerprint} testId="export-session-fingerprint" />
          <p>{t('officeSession.ui.handOver')}</p>
        </div>
      )}
    </div>
  );
}
