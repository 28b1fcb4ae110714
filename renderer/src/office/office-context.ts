// What the office screens reach besides the app context (host, language): the office database and the one
// draft save queue of the window. A context of its own, so the expert's screens never see office data.
import { createContext, useContext } from 'react';
import type { DraftQueue } from './db/draft-queue';
import type { OfficeDatabase } from './db/office-database';

export interface OfficeServices {
  db: OfficeDatabase;
  /** Every draft change of the window goes through this queue, so its saved state covers them all. */
  queue: DraftQueue;
}

export const OfficeContext = createContext<OfficeServices | null>(null);

export function useOffice(): OfficeServices {
  const value = useContext(OfficeContext);
  if (value === null) throw new Error('useOffice() outside <OfficeContext.Provider>');
  return value;
}
