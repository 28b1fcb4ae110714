// Opening the office's .rdsession: chosen with the file dialog or dropped here, handed to the host (upload),
// checked in full by openSession (signature, the office against the fingerprint the expert was told,
// every document) with a progress bar, and only then saved in the database. A refusal shows the host's
// messages and changes nothing here either. Above it, the sessions already on this computer, to go back to one.
// A file the expert double-clicked (or chose with the desktop menu) arrives already chosen, by its path: it is
// opened only when the expert says so, after typing the office's fingerprint if they were given one.
import { Alert, Button, Input, Progress, Space } from 'antd';
import { useState, type DragEvent } from 'react';
import type { HostProgress } from '../../../shared/contract/host-api-spec';
import { InvalidRecordError } from '../db/invalid-record';
import { saveSession } from '../db/session-store';
import { errorText, useApp } from './app-context';
import { fileNameOf } from './open-requests-context';
import { rememberExpertId } from './expert-id';
import { Fingerprint } from './Fingerprint';
import { RefusalMessages } from './RefusalMessages';
import { SessionList } from './SessionList';

export interface OpenSessionProps {
  /** Called when the expert goes on to the opened session, or back to one opened before. */
  onOpened: (sessionId: string) => void;
  /** The session the workspace is in, marked in the list of sessions on this computer. */
  currentSessionId?: string | null;
  /** A session file on the host's disk the expert asked to open (double-clicked); offered, not yet opened. */
  chosenPath?: string | null;
  /** The chosen file was opened or turned down here: the workspace forgets it. */
  onChosenHandled?: () => void;
}

type Phase =
  | { kind: 'waiting' }
  | { kind: 'uploading'; name: string }
  | { kind: 'checking'; progress: HostProgress | null }
  | { kind: 'refused'; messages: string[] }
  | { kind: 'failed'; message: string }
  | { kind: 'opened'; sessionId: string; name: string; documents: number; officeFingerprint: string; officeChecked: boolean; enrolled: boolean };

const percentOf = (progress: HostProgress | null): number => (progress && progress.total > 0 ? Math.min(100, Math.floor((progress.done / progress.total) * 100)) : 0);

export function OpenSession({ onOpened, currentSessionId = null, chosenPath = null, onChosenHandled }: OpenSessionProps) {
  const { host, db, storage, t, describe } = useApp();
  const [expectedOffice, setExpectedOffice] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'waiting' });
  const [dragging, setDragging] = useState(false);
  const busy = phase.kind === 'uploading' || phase.kind === 'checking';

  /** The file at `path` on the host's disk checked in full, then saved here; throws what the caller reports. */
  const openAt = async (path: string): Promise<void> => {
    setPhase({ kind: 'checking', progress: null });
    const typed = expectedOffice.trim();
    const result = await host.openSession({ path, ...(typed === '' ? {} : { expectedOffice: typed }) }, (progress) =>
      setPhase({ kind: 'checking', progress }),
    );
    if (!result.ok) {
      setPhase({ kind: 'refused', messages: result.messages });
      return;
    }
    await saveSession(db, { payload: result.session, officeFingerprint: result.officeFingerprint });
    if (result.expertId !== null) rememberExpertId(storage, result.session.sessionId, result.expertId);
    setPhase({
      kind: 'opened',
      sessionId: result.session.sessionId,
      name: result.session.name,
      documents: result.documents,
      officeFingerprint: result.officeFingerprint,
      officeChecked: result.officeChecked,
      enrolled: result.expertId !== null,
    });
  };

  const attempt = async (work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (cause) {
      const message = cause instanceof InvalidRecordError ? describe(cause.problem) : errorText(cause);
      setPhase({ kind: 'failed', message: t('expertSession.ui.openSession.failed', { message }) });
    }
  };

  const open = (file: File): Promise<void> =>
    attempt(async () => {
      setPhase({ kind: 'uploading', name: file.name });
      const uploaded = await host.upload(file);
      await openAt(uploaded.path);
    });

  const openChosen = (path: string): void => {
    onChosenHandled?.();
    void attempt(() => openAt(path));
  };

  const chosen = (files: FileList | null): void => {
    const file = files?.[0];
    if (file && !busy) void open(file);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    chosen(event.dataTransfer.files);
  };

  return (
    <>
      <SessionList currentSessionId={currentSessionId} onContinue={onOpened} />
      <section className="rd-screen" aria-labelledby="rd-open-title">
        <h2 id="rd-open-title">{t('expertSession.ui.openSession.title')}</h2>
        <p>{t('expertSession.ui.openSession.intro')}</p>
        <div className="rd-field">
          <label htmlFor="rd-expected-office">{t('expertSession.ui.openSession.expectedOffice')}</label>
          <Input
            id="rd-expected-office"
            className="rd-mono"
            value={expectedOffice}
            disabled={busy}
            maxLength={200}
            aria-describedby="rd-expected-office-help"
            onChange={(event) => setExpectedOffice(event.target.value)}
          />
          <p id="rd-expected-office-help" className="rd-help">
            {t('expertSession.ui.openSession.expectedOfficeHelp')}
          </p>
        </div>
        {chosenPath !== null && !busy && (
          <div className="rd-chosen-file" data-testid="chosen-session">
            <h3>{t('openRequests.chosen.title')}</h3>
            <p>
              <strong>{fileNameOf(chosenPath)}</strong>
            </p>
            <p className="rd-mono rd-help">{chosenPath}</p>
            <p className="rd-help">{t('openRequests.chosen.help')}</p>
            <Space>
              <Button type="primary" onClick={() => openChosen(chosenPath)}>
                {t('openRequests.chosen.open')}
              </Button>
              <Button onClick={() => onChosenHandled?.()}>{t('openRequests.chosen.cancel')}</Button>
            </Space>
          </div>
        )}
        <div
          className={`rd-drop${dragging ? ' rd-drop-active' : ''}`}
          data-testid="drop-area"
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <p>{t('expertSession.ui.openSession.drop')}</p>
          <label htmlFor="rd-session-file" className="rd-file-label">
            {t('expertSession.ui.openSession.choose')}
          </label>
          <input
            id="rd-session-file"
            className="rd-file-input"
            type="file"
            accept=".rdsession"
            disabled={busy}
            onChange={(event) => {
              chosen(event.target.files);
              // Cleared so choosing the same file again (after a refusal) fires again.
              event.target.value = '';
            }}
          />
        </div>
        {phase.kind === 'uploading' && (
          <div role="status">
            <p>{t('expertSession.ui.openSession.uploading', { name: phase.name })}</p>
            <Progress percent={0} status="active" />
          </div>
        )}
        {phase.kind === 'checking' && (
          <div role="status">
            <p>{t('expertSession.ui.openSession.checking', { label: phase.progress?.label ?? '' })}</p>
            <Progress percent={percentOf(phase.progress)} status="active" />
          </div>
        )}
        {phase.kind === 'refused' && (
          <Alert
            type="error"
            showIcon
            data-testid="open-refused"
            title={t('expertSession.ui.openSession.refused')}
            description={<RefusalMessages messages={phase.messages} />}
          />
        )}
        {phase.kind === 'failed' && <Alert type="error" showIcon data-testid="open-refused" title={phase.message} />}
        {phase.kind === 'opened' && (
          <div className="rd-opened" data-testid="open-done">
            <Alert type="success" showIcon title={t('expertSession.ui.openSession.opened', { name: phase.name, documents: phase.documents })} />
            <h3>{t('expertSession.ui.openSession.officeFingerprint')}</h3>
            <Fingerprint hex={phase.officeFingerprint} testId="office-fingerprint" />
            <p>{phase.officeChecked ? t('expertSession.ui.openSession.officeChecked') : t('expertSession.ui.openSession.officeCompare')}</p>
            {!phase.enrolled && <Alert type="warning" showIcon title={t('expertSession.ui.openSession.notEnrolled')} />}
            <Button type="primary" size="large" onClick={() => onOpened(phase.sessionId)}>
              {t('expertSession.ui.openSession.toHome')}
            </Button>
          </div>
        )}
      </section>
    </>
  );
}
