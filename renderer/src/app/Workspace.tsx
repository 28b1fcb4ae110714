// The workspace's screens as a small state machine: FirstStart → OpenSession → SessionHome →
// ApplicationView / Export. Where it starts is decided from what this computer holds: an office key → the
// office workspace (onOffice); no key or no profile → first start; otherwise the most recently opened
// session, or the screen to open one. A session file the expert double-clicked takes them to the open screen
// with it chosen, unless they are scoring or exporting: then a banner offers it, so nothing is cut short.
import { Alert, Button } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Locale } from '../../../shared/i18n/translate';
import { readProfile } from '../db/profile-store';
import type { SessionRow } from '../db/records';
import { listSessions, readSession } from '../db/session-store';
import { errorText, useApp } from './app-context';
import { ApplicationView } from './ApplicationView';
import { ExportScreen } from './ExportScreen';
import { recallExpertId } from './expert-id';
import { FirstStart } from './FirstStart';
import { LocaleSwitch } from './LocaleSwitch';
import { MyKey } from './MyKey';
import { OpenRequestBanner } from './OpenRequestBanner';
import { useOpenRequestsContext } from './open-requests-context';
import { OpenSession } from './OpenSession';
import { PresentationTimerProvider } from './presentation-timer-context';
import { SessionHome } from './SessionHome';

type Screen =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'firstStart'; initialName: string; chooseRole: boolean }
  | { kind: 'openSession' }
  | { kind: 'home' }
  | { kind: 'application'; applicationId: string }
  | { kind: 'export' };

interface Current {
  session: SessionRow;
  expertId: string | null;
}

const newestFirst = (a: SessionRow, b: SessionRow): number => b.openedAt.localeCompare(a.openedAt);

export interface WorkspaceProps {
  onLocale: (locale: Locale) => void;
  /** This computer's key is the office's: the app shows the office workspace instead of this one. */
  onOffice?: () => void;
}

export function Workspace({ onLocale, onOffice }: WorkspaceProps) {
  const { host, db, storage, t, describe } = useApp();
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const [current, setCurrent] = useState<Current | null>(null);
  const { files, settle } = useOpenRequestsContext();
  // A double-clicked session file, offered on the open screen until opened or turned down.
  const [chosenPath, setChosenPath] = useState<string | null>(null);
  // The texts change with the language; the start-up callbacks read them from here, so a language switch
  // does not make new callbacks, start again and throw away the screen and what was typed on it.
  const texts = useRef({ t, describe });
  useLayoutEffect(() => {
    texts.current = { t, describe };
  });

  const enterSession = useCallback(
    async (sessionId: string): Promise<void> => {
      const [read, profile] = await Promise.all([readSession(db, sessionId), readProfile(db)]);
      if (!read.ok) return setScreen({ kind: 'failed', message: texts.current.describe(read.problem) });
      if (!read.value) return setScreen({ kind: 'openSession' });
      const keyFingerprint = profile.ok ? (profile.value?.keyFingerprint ?? null) : null;
      setCurrent({ session: read.value, expertId: recallExpertId(storage, read.value.payload, keyFingerprint) });
      setScreen({ kind: 'home' });
    },
    [db, storage],
  );

  const start = useCallback(async (): Promise<void> => {
    setScreen({ kind: 'loading' });
    try {
      const [identity, profile] = await Promise.all([host.getIdentity(), readProfile(db)]);
      if (identity?.role === 'office' && onOffice) return onOffice();
      const saved = profile.ok ? profile.value : undefined;
      if (identity === null || saved === undefined) {
        return setScreen({ kind: 'firstStart', initialName: saved?.name ?? identity?.name ?? '', chooseRole: identity === null && onOffice !== undefined });
      }
      const sessions = await listSessions(db);
      const newest = [...sessions.records].sort(newestFirst)[0];
      if (newest) await enterSession(newest.sessionId);
      else setScreen({ kind: 'openSession' });
    } catch (cause) {
      setScreen({ kind: 'failed', message: texts.current.t('expertSession.ui.app.startFailed', { message: errorText(cause) }) });
    }
  }, [host, db, enterSession, onOffice]);

  useEffect(() => {
    void start();
  }, [start]);

  const chooseSession = useCallback(
    (path: string): void => {
      // An expert opens one session file at a time: the newest asked for wins, the others are done with.
      settle(files.filter((file) => file.kind === 'session').map((file) => file.path));
      setChosenPath(path);
      setScreen({ kind: 'openSession' });
    },
    [files, settle],
  );
  const newestSession = files.filter((file) => file.kind === 'session').at(-1)?.path;
  // Only between tasks (the session's home, or already opening one): never from under an opinion being typed.
  const betweenTasks = screen.kind === 'home' || screen.kind === 'openSession';
  useEffect(() => {
    if (newestSession !== undefined && betweenTasks) chooseSession(newestSession);
  }, [newestSession, betweenTasks, chooseSession]);

  const inSession = current !== null && (screen.kind === 'application' || screen.kind === 'export');
  const canOpen = screen.kind === 'home' || screen.kind === 'application' || screen.kind === 'export';
  // Until the workspace knows this is an expert's computer with a key, the files wait (the office's may take them).
  const expertReady = canOpen || screen.kind === 'openSession';
  return (
    <div className="rd-app">
      <header className="rd-header">
        <div>
          <h1>{t('expertSession.ui.app.title')}</h1>
          {/* While the user is still saying whose computer this is, the header does not call it the expert's. */}
          {!(screen.kind === 'firstStart' && screen.chooseRole) && <p className="rd-help">{t('expertSession.ui.app.subtitle')}</p>}
        </div>
        <nav className="rd-nav">
          {inSession && <Button onClick={() => setScreen({ kind: 'home' })}>{t('expertSession.ui.nav.home')}</Button>}
          {canOpen && <Button onClick={() => setScreen({ kind: 'openSession' })}>{t('expertSession.ui.nav.openSession')}</Button>}
          {(canOpen || screen.kind === 'openSession') && <MyKey />}
          <LocaleSwitch onChange={onLocale} />
        </nav>
      </header>
      {/* Above the screens, so the presentation timer keeps running while the expert opens an application. */}
      <PresentationTimerProvider>
      <main className="rd-main">
        {expertReady && <OpenRequestBanner role="expert" files={files} onDismiss={settle} onOpenSession={chooseSession} />}
        {screen.kind === 'loading' && <p>{t('expertSession.ui.app.loading')}</p>}
        {screen.kind === 'failed' && (
          <Alert type="error" showIcon title={screen.message} action={<Button onClick={() => void start()}>{t('expertSession.ui.app.retry')}</Button>} />
        )}
        {screen.kind === 'firstStart' && <FirstStart initialName={screen.initialName} chooseRole={screen.chooseRole} onDone={() => void start()} />}
        {screen.kind === 'openSession' && (
          <OpenSession
            currentSessionId={current?.session.sessionId ?? null}
            onOpened={(sessionId) => void enterSession(sessionId)}
            chosenPath={chosenPath}
            onChosenHandled={() => setChosenPath(null)}
          />
        )}
        {screen.kind === 'home' && current && (
          <SessionHome
            session={current.session}
            expertId={current.expertId}
            onOpenApplication={(applicationId) => setScreen({ kind: 'application', applicationId })}
            onExport={() => setScreen({ kind: 'export' })}
          />
        )}
        {screen.kind === 'application' && current?.expertId && (
          <ApplicationView session={current.session} expertId={current.expertId} applicationId={screen.applicationId} />
        )}
        {screen.kind === 'export' && current?.expertId && (
          <ExportScreen session={current.session} expertId={current.expertId} onOpenApplication={(applicationId) => setScreen({ kind: 'application', applicationId })} />
        )}
      </main>
      </PresentationTimerProvider>
    </div>
  );
}
