// For office end-to-end tests that start after preparation: the draft the office would have kept while
// preparing the session is put where the workspace keeps drafts (its IndexedDB), and opened.
import type { Page } from 'playwright-core';
import type { SessionDraft } from '../../shared/office/session-draft';
import { OFFICE_DB_NAME } from '../../renderer/src/office/db/office-database';

export async function openStoredDraft(page: Page, url: string, draft: SessionDraft): Promise<void> {
  await page.goto(url);
  // The workspace has made its database (and the drafts store) by the time it lists no sessions.
  await page.getByText('这台电脑上还没有评审会。').waitFor({ timeout: 20_000 });
  await page.evaluate(
    ({ name, record }) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onerror = () => reject(new Error('open failed'));
        opening.onsuccess = () => {
          const tx = opening.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put(record);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error('put failed'));
        };
      }),
    { name: OFFICE_DB_NAME, record: draft },
  );
  await page.reload();
  await page.getByRole('button', { name: `继续准备：${draft.basics.name}` }).click({ timeout: 20_000 });
}
