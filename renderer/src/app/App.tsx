// The workspace's root: opens the database, makes the window's one save queue, and provides antd's locale
// and CSP nonce and the app context. On the office's computer (its key says so) the office workspace replaces
// the expert's, with its own database. The language lives here, above every screen, so switching it re-renders
// the text and keeps each screen's state (nothing below is keyed by the language).
import { Alert, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate, type Locale } from '../../../shared/i18n/translate';
import type { OpenOutcome } from '../db/open-expert-database';
import { createSaveQueue } from '../db/save-queue';
import { AppContext, contextValue } from './app-context';
import type { AppHost } from './app-host';
import { readLocale, saveLocale } from './locale-preference';
import { OpenRequestsContext } from './open-requests-context';
import { useOpenRequests } from './use-open-requests';
import { useOpenedDatabase, useUnsavedGuard } from './use-opened-database';
import { Workspace } from './Workspace';
import { openOfficeDatabase, type OfficeOpenOutcome } from '../office/db/open-office-database';
import './app.css';

export interface AppProps {
  /** Builds the host; `locale` is read at each call, so the host answers in the language chosen now. */
  makeHost: (locale: () => Locale) => AppHost;
  openDatabase: () => Promise<OpenOutcome>;
  /** Opens the office's own database, only on an office computer; the page's IndexedDB when absent. */
  openOfficeDatabase?: () => Promise<OfficeOpenOutcome>;
  storage: Storage | undefined;
  /** The CSP nonce for antd's injected styles (csp-nonce.ts); none in tests. */
  nonce?: string | undefined;
}

const openPageOfficeDatabase = (): Promise<OfficeOpenOutcome> => openOfficeDatabase();

// Lazy: an expert's laptop never opens the office's workspace, so its first page load does not carry it.
const OfficeRoot = lazy(() => import('../office/OfficeRoot').then((module) => ({ default: module.OfficeRoot })));

export function App({ makeHost, openDatabase, openOfficeDatabase: openOffice = openPageOfficeDatabase, storage, nonce }: AppProps) {
  const [locale, setLocale] = useState<Locale>(() => readLocale(storage));
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const host = useMemo(() => makeHost(() => localeRef.current), [makeHost]);
  const opening = useOpenedDatabase(openDatabase);
  // Files double-clicked or chosen with the desktop menu; whichever workspace shows takes its own kinds.
  const openRequests = useOpenRequests(host);
  // The expert's workspace finds out (from the host's key) that this is the office's computer.
  const [office, setOffice] = useState(false);
  const toOffice = useCallback(() => setOffice(true), []);


  const db = opening.kind === 'open' ? opening.outcome.db : null;
  const queue = useMemo(() => (db ? createSaveQueue(db) : null), [db]);

  useUnsavedGuard(queue);

  // The page's language for the browser (fonts, screen readers, spell checking).
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const changeLocale = (next: Locale): void => {
    saveLocale(storage, next);
    setLocale(next);
  };

  let body;
  if (opening.kind === 'opening') body = <p>{translate(locale, 'expertSession.ui.app.loading')}</p>;
  else if (opening.kind === 'failed' || !queue) body = opening.kind === 'failed' ? <Alert type="error" showIcon title={describeProblem(locale, opening.problem)} /> : null;
  else {
    const value = contextValue({ host, db: opening.outcome.db, queue, storage, locale });
    body = (
      <AppContext.Provider value={value}>
        <OpenRequestsContext.Provider value={openRequests}>
        {opening.outcome.problems.map((problem, index) => (
          <Alert key={index} type="warning" showIcon title={describeProblem(locale, problem)} />
        ))}
        {office ? (
          <Suspense fallback={<p>{translate(locale, 'expertSession.ui.app.loading')}</p>}>
            <OfficeRoot openDatabase={openOffice} onLocale={changeLocale} />
          </Suspense>
        ) : (
          <Workspace onLocale={changeLocale} onOffice={toOffice} />
        )}
        </OpenRequestsContext.Provider>
      </AppContext.Provider>
    );
  }
  return (
    // No space forced between two Chinese characters in buttons: the labels read as the locale files write them.
    <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS} button={{ autoInsertSpace: false }} {...(nonce === undefined ? {} : { csp: { nonce } })}>
      {body}
    </ConfigProvider>
  );
}
