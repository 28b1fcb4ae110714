// The office workspace: the drafts on this computer → a new draft's basics → one draft, step by step. The
// header matches the expert's (title, language, the key's fingerprint on demand) so both sides read as one app.
import { Alert, Button } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Locale } from '../../../shared/i18n/translate';
import type { DraftBasics, SessionDraft } from '../../../shared/office/session-draft';
import type { Problem } from '../../../shared/problems';
import { errorText, useApp } from '../app/app-context';
import { LocaleSwitch } from '../app/LocaleSwitch';
import { OpenRequestBanner } from '../app/OpenRequestBanner';
import { useOpenRequestsContext } from '../app/open-requests-context';
import { BasicsForm } from './basics/BasicsForm';
import type { IncomingScores } from './collect/incoming-scores';
import { listDrafts, readDraft } from './db/draft-store';
import { DraftEditor } from './DraftEditor';
import { DraftList } from './DraftList';
import { newDraft } from './new-draft';
import { useOffice } from './office-context';
import { OfficeKey } from './OfficeKey';
import './office.css';

// 示范县管理 is opened now and then, not on every start: its code loads when it is.
const ProgrammeScreen = lazy(() => import('./programme/ProgrammeScreen').then((module) => ({ default: module.ProgrammeScreen })));

type Screen =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'list'; drafts: SessionDraft[]; problems: Problem[] }
  | { kind: 'create'; busy: boolean; failure: string | null }
  | { kind: 'draft'; draft: SessionDraft }
  | { kind: 'programme' };

export function OfficeWorkspace({ onLocale }: { onLocale: (locale: Locale) => void }) {
  const { t, describe } = useApp();
  const { db, queue } = useOffice();
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const { files, settle } = useOpenRequestsContext();
  // Double-clicked scores files the office sent to the open session's 收集专家评分, until that step takes them.
  const [incoming, setIncoming] = useState<IncomingScores | null>(null);
  const handOvers = useRef(0);
  // Read by the callbacks below, so a language switch does not make new callbacks and reload the screen.
  const texts = useRef({ t, describe });
  useLayoutEffect(() => {
    texts.current = { t, describe };
  });

  const showList = useCallback(async (): Promise<void> => {
    setScreen({ kind: 'loading' });
    try {
      // A change still being written would be missing from the list: wait for it first.
      await queue.flush();
      const list = await listDrafts(db);
      setScreen({ kind: 'list', drafts: list.records, problems: list.problems });
    } catch (cause) {
      setScreen({ kind: 'failed', message: texts.current.t('officeWorkspace.drafts.loadFailed', { message: errorText(cause) }) });
    }
  }, [db, queue]);

  const open = async (sessionId: string): Promise<void> => {
    const read = await readDraft(db, sessionId);
    if (!read.ok) return setScreen({ kind: 'failed', message: describe(read.problem) });
    if (!read.value) return void showList();
    setScreen({ kind: 'draft', draft: read.value });
  };

  const create = async (basics: DraftBasics): Promise<void> => {
    setScreen({ kind: 'create', busy: true, failure: null });
    const outcome = await queue.change(newDraft(basics));
    if (outcome.ok) setScreen({ kind: 'draft', draft: outcome.draft });
    else setScreen({ kind: 'create', busy: false, failure: describe(outcome.problem) });
  };

  useEffect(() => {
    void showList();
  }, [showList]);

  return (
    <div className="rd-app rd-office">
      <header className="rd-header">
        <div>
          <h1>{t('officeWorkspace.app.title')}</h1>
          <p className="rd-help">{t('officeWorkspace.app.subtitle')}</p>
        </div>
        <nav className="rd-nav">
          {(screen.kind === 'draft' || screen.kind === 'create' || screen.kind === 'programme') && <Button onClick={() => void showList()}>{t('officeWorkspace.nav.drafts')}</Button>}
          {screen.kind !== 'programme' && (
            <Button onClick={() => setScreen({ kind: 'programme' })} data-testid="open-programme">
              {t('programmeUi.open')}
            </Button>
          )}
          <OfficeKey />
          <LocaleSwitch onChange={onLocale} />
        </nav>
      </header>
      <OpenRequestBanner
        role="office"
        files={files}
        onDismiss={settle}
        {...(screen.kind === 'draft'
          ? {
              onImportScores: (paths: string[]) => {
                settle(paths);
                handOvers.current += 1;
                setIncoming({ id: handOvers.current, sessionId: screen.draft.sessionId, paths });
              },
            }
          : {})}
      />
      {screen.kind === 'loading' && <p>{t('expertSession.ui.app.loading')}</p>}
      {screen.kind === 'failed' && (
        <Alert type="error" showIcon title={screen.message} action={<Button onClick={() => void showList()}>{t('expertSession.ui.app.retry')}</Button>} />
      )}
      {screen.kind === 'list' && (
        <DraftList drafts={screen.drafts} problems={screen.problems} onOpen={(sessionId) => void open(sessionId)} onNew={() => setScreen({ kind: 'create', busy: false, failure: null })} />
      )}
      {screen.kind === 'create' && (
        <section className="rd-screen" aria-labelledby="rd-create-title">
          <h2 id="rd-create-title">{t('officeWorkspace.basics.newTitle')}</h2>
          <p className="rd-help">{t('officeWorkspace.basics.newIntro')}</p>
          {screen.failure !== null && <Alert type="error" showIcon title={screen.failure} />}
          <BasicsForm mode="create" busy={screen.busy} onCreate={(basics) => void create(basics)} onCancel={() => void showList()} />
        </section>
      )}
      {screen.kind === 'programme' && (
        <Suspense fallback={<p>{t('programmeUi.loading')}</p>}>
          <ProgrammeScreen />
        </Suspense>
      )}
      {screen.kind === 'draft' && (
        <DraftEditor
          key={screen.draft.sessionId}
          initial={screen.draft}
          incomingScores={incoming?.sessionId === screen.draft.sessionId ? incoming : null}
          onIncomingTaken={() => setIncoming(null)}
        />
      )}
    </div>
  );
}
