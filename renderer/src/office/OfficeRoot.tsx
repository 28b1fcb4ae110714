// The office side's root, below the app's (language, host): opens the office database, makes the window's
// one draft save queue and guards closing the window while a change is not on disk.
import { Alert } from 'antd';
import { useMemo } from 'react';
import type { Locale } from '../../../shared/i18n/translate';
import { useApp } from '../app/app-context';
import { useOpenedDatabase, useUnsavedGuard } from '../app/use-opened-database';
import { createDraftQueue } from './db/draft-queue';
import type { OfficeOpenOutcome } from './db/open-office-database';
import { OfficeContext } from './office-context';
import { OfficeWorkspace } from './OfficeWorkspace';

export interface OfficeRootProps {
  openDatabase: () => Promise<OfficeOpenOutcome>;
  onLocale: (locale: Locale) => void;
}

export function OfficeRoot({ openDatabase, onLocale }: OfficeRootProps) {
  const { t, describe } = useApp();
  const opening = useOpenedDatabase(openDatabase);

  const db = opening.kind === 'open' ? opening.outcome.db : null;
  const services = useMemo(() => (db ? { db, queue: createDraftQueue(db) } : null), [db]);

  useUnsavedGuard(services?.queue ?? null);

  if (opening.kind === 'opening') return <p>{t('expertSession.ui.app.loading')}</p>;
  if (opening.kind === 'failed' || !services) return opening.kind === 'failed' ? <Alert type="error" showIcon title={describe(opening.problem)} /> : null;
  return (
    <OfficeContext.Provider value={services}>
      {opening.outcome.problems.map((problem, index) => (
        <Alert key={index} type="warning" showIcon title={describe(problem)} />
      ))}
      <OfficeWorkspace onLocale={onLocale} />
    </OfficeContext.Provider>
  );
}
