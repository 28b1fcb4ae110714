// Renders an office screen as the app does: antd's ConfigProvider, the app context (the fake host of
// ../app/app-harness.tsx, an expert database nobody uses on the office side) and the office context with
// its database on its own fake IndexedDB and the real draft queue.
import { render, type RenderResult } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { translate, type Locale, type MessageKey, type MessageParams } from '../../../shared/i18n/translate';
import { AppContext, contextValue } from '../../../renderer/src/app/app-context';
import type { AppHost } from '../../../renderer/src/app/app-host';
import { createSaveQueue } from '../../../renderer/src/db/save-queue';
import { createDraftQueue, type DraftQueue } from '../../../renderer/src/office/db/draft-queue';
import type { OfficeDatabase } from '../../../renderer/src/office/db/office-database';
import { OfficeContext } from '../../../renderer/src/office/office-context';
import { newDatabase } from '../db/expert-db-fixture';
import { fakeHost, memoryStorage } from '../app/app-harness';

export { fakeHost };

export const zh = (key: MessageKey, params: MessageParams = {}): string => translate('zh-CN', key, params);

export interface OfficeScreenOptions {
  host?: AppHost;
  db: OfficeDatabase;
  locale?: Locale;
  queue?: DraftQueue;
}

export function renderOffice(ui: ReactNode, options: OfficeScreenOptions): RenderResult & { queue: DraftQueue } {
  const expertDb = newDatabase();
  const queue = options.queue ?? createDraftQueue(options.db);
  const app = contextValue({ host: options.host ?? fakeHost(), db: expertDb, queue: createSaveQueue(expertDb), storage: memoryStorage(), locale: options.locale ?? 'zh-CN' });
  const view = render(
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <AppContext.Provider value={app}>
        <OfficeContext.Provider value={{ db: options.db, queue }}>{ui}</OfficeContext.Provider>
      </AppContext.Provider>
    </ConfigProvider>,
  );
  return { ...view, queue };
}
