// @vitest-environment happy-dom
// The sessions on this computer: listed newest first with office, stage, when opened and the expert's
// progress; the current one marked; each row's button continues that session; a damaged stored row is
// reported in place and the others stay usable. Through the workspace, continuing enters the older session.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { checkCompleteness } from '../../../shared/expert/completeness';
import type { SessionPayload } from '../../../shared/files/session-payload';
import { translate, type MessageKey } from '../../../shared/i18n/translate';
import { rememberExpertId } from '../../../renderer/src/app/expert-id';
import { OpenSession } from '../../../renderer/src/app/OpenSession';
import { SessionList } from '../../../renderer/src/app/SessionList';
import { Workspace } from '../../../renderer/src/app/Workspace';
import type { ExpertDatabase } from '../../../renderer/src/db/expert-database';
import { saveProfile } from '../../../renderer/src/db/profile-store';
import { saveSession } from '../../../renderer/src/db/session-store';
import { saveSheet } from '../../../renderer/src/db/sheet-store';
import { demoPayload, demoSheets, newDatabase, OFFICE_FINGERPRINT } from '../db/expert-db-fixture';
import { fakeHost, identity, KEY, memoryStorage, renderScreen } from './app-harness';

const zh = (key: MessageKey, params: Record<string, string | number> = {}): string => translate('zh-CN', key, params);

const panel = (sessionId: string, name: string): SessionPayload => ({ ...demoPayload(), sessionId, name });

/** Three sessions opened on different days, saved out of date order. */
async function threeSessions(db: ExpertDatabase): Promise<void> {
  await saveSession(db, { payload: panel('s-mid', '第二批资格评审会'), officeFingerprint: OFFICE_FINGERPRINT }, new Date('2026-11-20T09:00:00Z'));
  await saveSession(db, { payload: panel('s-new', '第三批中期检查会'), officeFingerprint: OFFICE_FINGERPRINT }, new Date('2026-12-01T09:00:00Z'));
  await saveSession(db, { payload: panel('s-old', '第一批资格评审会'), officeFingerprint: OFFICE_FINGERPRINT }, new Date('2026-10-05T09:00:00Z'));
}

const rowNames = (): string[] => within(screen.getByTestId('session-list')).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent ?? '');

describe('SessionList', () => {
  it('lists the sessions newest first with office and stage, marks the current one, and continues the one chosen', async () => {
    const db = newDatabase();
    await threeSessions(db);
    const onContinue = vi.fn();
    renderScreen(<SessionList currentSessionId="s-mid" onContinue={onContinue} />, { host: fakeHost(), db });

    await screen.findByTestId('session-list');
    const current = zh('expertSession.ui.sessions.current');
    expect(rowNames()).toEqual(['第三批中期检查会', `第二批资格评审会${current}`, '第一批资格评审会']);
    const marked = screen.getByTestId('session-s-mid');
    expect(marked.getAttribute('aria-current')).toBe('true');
    expect(screen.getByTestId('session-s-new').getAttribute('aria-current')).toBeNull();
    const payload = demoPayload();
    expect(marked.textContent).toContain(zh('expertSession.ui.sessions.office', { name: payload.office.name }));
    expect(marked.textContent).toContain(zh('expertSession.ui.sessions.stage', { stage: zh(`standard.stage.${payload.stage}`) }));
    expect(marked.textContent).toMatch(/打开于 2026-11-20 \d\d:\d\d/);

    // A real button per row (Tab and Enter reach it), described by the session it continues.
    const old = within(screen.getByTestId('session-s-old')).getByRole('button', { name: zh('expertSession.ui.sessions.continue') });
    expect(old.tagName).toBe('BUTTON');
    expect(document.getElementById(old.getAttribute('aria-describedby') ?? '')?.textContent).toBe('第一批资格评审会');
    fireEvent.click(old);
    expect(onContinue).toHaveBeenCalledExactlyOnceWith('s-old');
  });

  it('shows how many applications the expert has finished in each session', async () => {
    const db = newDatabase();
    const storage = memoryStorage();
    await threeSessions(db);
    const { recused } = demoSheets();
    for (const sessionId of ['s-new', 's-old']) rememberExpertId(storage, sessionId, recused.expertId);
    await saveSheet(db, 's-old', recused);
    const required = checkCompleteness(demoPayload(), recused.expertId, []).required.length;
    renderScreen(<SessionList currentSessionId={null} onContinue={vi.fn()} />, { host: fakeHost(), db, storage });

    await waitFor(() => expect(screen.getAllByTestId('session-progress')).toHaveLength(2));
    const progress = (sessionId: string): string | null | undefined => within(screen.getByTestId(`session-${sessionId}`)).queryByTestId('session-progress')?.textContent;
    expect(progress('s-old')).toBe(zh('expertSession.ui.sessions.progress', { finished: 1, required }));
    expect(progress('s-new')).toBe(zh('expertSession.ui.sessions.progress', { finished: 0, required }));
    // Nobody this computer scores as in s-mid (no id remembered, no key in the roster): no figure rather than a wrong one.
    expect(progress('s-mid')).toBeUndefined();
  });

  it('reports a damaged stored session in place and keeps the others usable', async () => {
    const db = newDatabase();
    await threeSessions(db);
    await db.sessions.put({ sessionId: 's-broken', payload: { sessionId: 's-broken' }, officeFingerprint: OFFICE_FINGERPRINT, openedAt: '2026-12-24T09:00:00.000Z' } as never);
    const onContinue = vi.fn();
    renderScreen(<SessionList currentSessionId={null} onContinue={onContinue} />, { host: fakeHost(), db });

    const problem = await screen.findByTestId('session-problem');
    expect(problem.textContent).toContain('本机保存的评审会 s-broken 已损坏');
    expect(problem.textContent).toContain('payload.');
    expect(rowNames()).toEqual(['第三批中期检查会', '第二批资格评审会', '第一批资格评审会']);
    fireEvent.click(within(screen.getByTestId('session-s-new')).getByRole('button', { name: zh('expertSession.ui.sessions.continue') }));
    expect(onContinue).toHaveBeenCalledExactlyOnceWith('s-new');
  });

  it('shows nothing on a computer that has opened no session yet', async () => {
    const db = newDatabase();
    renderScreen(<OpenSession onOpened={vi.fn()} />, { host: fakeHost(), db });
    await screen.findByText(zh('expertSession.ui.openSession.title'));
    // Give the list's read a turn to finish before saying it did not appear.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('session-list')).toBeNull();
    expect(screen.queryByText(zh('expertSession.ui.sessions.title'))).toBeNull();
  });
});

describe('going back to an older session from the workspace', () => {
  it('starts in the newest session, lists all on the open-session screen with it marked, and enters the one chosen', async () => {
    const db = newDatabase();
    await threeSessions(db);
    await saveProfile(db, { name: '张明华', keyFingerprint: KEY });
    const host = fakeHost();
    host.getIdentity.mockResolvedValue(identity('张明华'));
    renderScreen(<Workspace onLocale={vi.fn()} />, { host, db });

    await screen.findByRole('heading', { level: 2, name: '第三批中期检查会' });
    fireEvent.click(screen.getByRole('button', { name: zh('expertSession.ui.nav.openSession') }));
    await screen.findByTestId('session-list');
    expect(screen.getByTestId('session-s-new').getAttribute('aria-current')).toBe('true');
    expect(screen.getByText(zh('expertSession.ui.openSession.title'))).toBeTruthy();

    fireEvent.click(within(screen.getByTestId('session-s-old')).getByRole('button', { name: zh('expertSession.ui.sessions.continue') }));
    expect(await screen.findByRole('heading', { level: 2, name: '第一批资格评审会' })).toBeTruthy();
    expect(screen.queryByTestId('session-list')).toBeNull();
  });
});
