// What every screen reaches without threading props: the host, the database, the one save queue of the
// window, and the language. One context, so a test wraps a screen in a single provider with fakes.
import { createContext, useContext } from 'react';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate, type Locale, type MessageKey, type MessageParams } from '../../../shared/i18n/translate';
import type { Problem } from '../../../shared/problems';
import type { ExpertDatabase } from '../db/expert-database';
import type { SaveQueue } from '../db/save-queue';
import type { AppHost } from './app-host';

export interface AppServices {
  host: AppHost;
  db: ExpertDatabase;
  /** Every sheet change of the window goes through this queue, so its saved state covers them all. */
  queue: SaveQueue;
  /** localStorage in the page; tests pass their own or none. */
  storage: Storage | undefined;
  locale: Locale;
}

export interface AppContextValue extends AppServices {
  t: (key: MessageKey, params?: MessageParams) => string;
  describe: (problem: Problem) => string;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function contextValue(services: AppServices): AppContextValue {
  const { locale } = services;
  return { ...services, t: (key, params = {}) => translate(locale, key, params), describe: (problem) => describeProblem(locale, problem) };
}

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (value === null) throw new Error('useApp() outside <AppContext.Provider>');
  return value;
}

/** An error from anywhere (host refusal, network, IndexedDB) as text to show. */
export const errorText = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));
