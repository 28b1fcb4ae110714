// @vitest-environment happy-dom
// The application view: a score typed in the panel goes through the save queue to IndexedDB and the saved
// state says so; a reload (a new database instance on the same IndexedDB, a new render) shows the value.
// Documents are listed by role and opened from the host's bytes.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { translate, type MessageKey } from '../../../shared/i18n/translate';
import { compileStandard } from '../../../shared/standard/compile';
import { ApplicationView } from '../../../renderer/src/app/ApplicationView';
import { readSheet } from '../../../renderer/src/db/sheet-store';
import { saveSession } from '../../../renderer/src/db/session-store';
import type { SessionRow } from '../../../renderer/src/db/records';
import { demoPayload, freshIndexedDB, newDatabase, OFFICE_FINGERPRINT } from '../db/expert-db-fixture';
import { fakeHost, renderScreen } from './app-harness';

const zh = (key: MessageKey, params: Record<string, string | number> = {}): string => translate('zh-CN', key, params);

async function openedSession(db: ReturnType<typeof newDatabase>): Promise<SessionRow> {
  return saveSession(db, { payload: demoPayload(), officeFingerprint: OFFICE_FINGERPRINT });
}

/** The demo session opened into `db`, with its first application, that application's first document, and the first expert. */
async function firstDocument(db: ReturnType<typeof newDatabase>) {
  const session = await openedSession(db);
  const application = session.payload.applications[0];
  const document = application?.documents[0];
  const expertId = session.payload.roster[0]?.expertId;
  if (!application || !document || !expertId) throw new Error('the demo has documents');
  return { session, application, document, expertId };
}

describe('ApplicationView', () => {
  it('saves a change at once, shows it saved, and shows it again after a reload', async () => {
    const idb = freshIndexedDB();
    const db = newDatabase(idb);
    const session = await openedSession(db);
    const application = session.payload.applications[0];
    const expertId = session.payload.roster[0]?.expertId;
    if (!application || !expertId) throw new Error('the demo has applications and experts');
    const leaf = compileStandard(session.payload.standard, session.payload.stage).leaves.find((candidate) => candidate.kind === 'points');
    if (!leaf) throw new Error('the demo standard has a points leaf');
    const max = leaf.maxH / 100;
    const host = fakeHost();

    const first = renderScreen(<ApplicationView session={session} expertId={expertId} applicationId={application.id} />, { host, db });
    expect(screen.getByTestId('save-state').textContent).toBe(zh('expertSession.ui.save.idle'));
    const input = await screen.findByRole<HTMLInputElement>('spinbutton', { name: `${leaf.id} ${leaf.name}` });
    fireEvent.change(input, { target: { value: String(max) } });

    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toMatch(/^已保存 \d\d:\d\d:\d\d$/));
    const saved = await readSheet(db, session.sessionId, application.id);
    expect(saved.ok && saved.value?.sheet.status === 'scored' && saved.value.sheet.values[leaf.id]).toBe(max);
    expect(saved.ok && saved.value?.sheet.expertId).toBe(expertId);

    // Reload: everything in memory is gone; only IndexedDB is left.
    first.unmount();
    db.close();
    const reopened = newDatabase(idb);
    renderScreen(<ApplicationView session={session} expertId={expertId} applicationId={application.id} />, { host, db: reopened });
    const again = await screen.findByRole<HTMLInputElement>('spinbutton', { name: `${leaf.id} ${leaf.name}` });
    expect(Number(again.value)).toBe(max);
    reopened.close();
  });

  it('lists the documents by role and opens one from the host’s bytes in a new tab', async () => {
    const db = newDatabase();
    const { session, application, document, expertId } = await firstDocument(db);
    const host = fakeHost();
    host.fetchDocument.mockResolvedValue(new Blob(['%PDF-1.7'], { type: 'application/pdf' }));
    const opened = vi.spyOn(window, 'open').mockReturnValue(null);
    renderScreen(<ApplicationView session={session} expertId={expertId} applicationId={application.id} />, { host, db });

    expect(screen.getByRole('heading', { name: zh(`package.role.${document.role}`) })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: zh('expertSession.ui.application.openTitle', { title: document.title }) }));
    await waitFor(() => expect(opened).toHaveBeenCalledOnce());
    expect(host.fetchDocument).toHaveBeenCalledWith(document.sha256, document.fileName);
    expect(String(opened.mock.calls[0]?.[0])).toMatch(/^blob:/);
    opened.mockRestore();
  });

  it('shows a document in the viewer beside the scoring panel when the expert chooses View', async () => {
    const db = newDatabase();
    const { session, application, document, expertId } = await firstDocument(db);
    const host = fakeHost();
    host.fetchDocument.mockResolvedValue(new Blob(['line one\nline two\n']));
    renderScreen(<ApplicationView session={session} expertId={expertId} applicationId={application.id} />, { host, db });

    // Nothing is fetched until a document is chosen.
    expect(host.fetchDocument).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: zh('expertSession.ui.viewer.showTitle', { title: document.title }) }));
    const viewer = await screen.findByTestId('document-viewer');
    expect(viewer.querySelector('h2')?.textContent).toBe(document.title);
    // The demo's documents are UTF-8 text files.
    expect((await screen.findByTestId('viewer-text')).textContent).toBe('line one\nline two\n');
    expect(host.fetchDocument).toHaveBeenCalledWith(document.sha256, document.fileName);
    expect((await screen.findAllByRole('spinbutton', {}, { timeout: 5000 })).length).toBeGreaterThan(0);
  });
});
