// @vitest-environment happy-dom
// Files double-clicked (or chosen with the desktop menu) reach the page through takeOpenRequests, asked at
// start and again on every focus of the window: an expert's session file goes to the open screen already
// chosen and is opened there by path, with the fingerprint the expert typed; a scores file on an expert's
// computer, or a session file on the office's, is explained; the office's scores files go, on its click, to
// 收集专家评分 of the session it has open and are imported there by path; an archive is named and put off.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import type { OpenRequest } from '../../../shared/contract/open-requests-spec';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n/translate';
import { App } from '../../../renderer/src/app/App';
import { rememberExpertId } from '../../../renderer/src/app/expert-id';
import { saveProfile } from '../../../renderer/src/db/profile-store';
import { saveSession } from '../../../renderer/src/db/session-store';
import { CollectStep } from '../../../renderer/src/office/collect/CollectStep';
import { saveDraft } from '../../../renderer/src/office/db/draft-store';
import { demoPayload, newDatabase, OFFICE_FINGERPRINT } from '../db/expert-db-fixture';
import { newOfficeDatabase, sampleDraft } from '../office/office-fixture';
import { renderOffice } from '../office/office-harness';
import { fakeHost, identity, KEY, memoryStorage } from './app-harness';

const zh = (key: MessageKey, params: MessageParams = {}): string => translate('zh-CN', key, params);

type ImportResult = Extract<HostResult<'importScores'>, { ok: true }>;

/** A sent session with nobody on the roster yet: enough for 收集专家评分 to offer its import. */
const sentOverview = (sessionId: string): HostResult<'officeSessionOverview'> => ({
  ok: true,
  session: { sessionId, name: '第2批', stage: 'qualification', batch: 2, createdAt: '2020-01-01T00:00:00.000Z', officeFingerprint: 'a'.repeat(64), standardTitle: '标准', standardFingerprint: 'b'.repeat(64), hasQuota: false },
  roster: [],
  applications: [],
  matrix: { applicationIds: [], rows: [], latestExports: [], complete: true },
});

function acceptedAll(paths: readonly string[]): ImportResult {
  const counts = { accepted: paths.length, duplicate: 0, replay: 0, fork: 0, unknownKey: 0, wrongSession: 0, wrongStandard: 0, wrongExpert: 0, tampered: 0, unreadable: 0, wrongFormat: 0, newerFormat: 0, encryptedForSomeoneElse: 0, alreadyHeld: 0 };
  return {
    ok: true,
    files: paths.map((path) => ({ path, fileName: path.split('/').pop() ?? path, outcome: 'accepted' as const, message: '已导入' })),
    summary: { total: paths.length, counts, refused: 0, message: '' },
  };
}

/** takeOpenRequests answering these batches in turn, then nothing, as a host that never waits (more: false). */
function answering(host: ReturnType<typeof fakeHost>, ...batches: OpenRequest[][]): void {
  host.takeOpenRequests.mockImplementation(() => Promise.resolve({ files: batches.shift() ?? [], more: false }));
}

const focusWindow = (): void => {
  act(() => {
    window.dispatchEvent(new Event('focus'));
  });
};

async function expertApp() {
  const db = newDatabase();
  const payload = demoPayload();
  await saveProfile(db, { name: '张明华', keyFingerprint: KEY });
  await saveSession(db, { payload, officeFingerprint: OFFICE_FINGERPRINT });
  // Enrolled as the roster's first expert, so the home screen lists the applications to score.
  const storage = memoryStorage();
  const [expert] = payload.roster;
  if (expert !== undefined) rememberExpertId(storage, payload.sessionId, expert.expertId);
  const host = fakeHost();
  host.getIdentity.mockResolvedValue(identity('张明华'));
  return { db, host, payload, show: () => render(<App makeHost={() => host} openDatabase={() => db.open().then(() => ({ ok: true as const, db, problems: [] }))} storage={storage} />) };
}

describe('files the operating system asked the app to open', () => {
  it('takes an expert from the session home to the open screen with the double-clicked file chosen, and opens it by path when asked', async () => {
    const { db, host, payload, show } = await expertApp();
    const path = '/home/zhang/下载/第二批评审会.rdsession';
    answering(host, [{ path, kind: 'session' }]);
    host.openSession.mockResolvedValue({ ok: false, code: 'session.badSignature', messages: ['评审会文件的签名无效。'] });
    show();

    const chosen = await screen.findByTestId('chosen-session');
    expect(chosen.textContent).toContain('第二批评审会.rdsession');
    expect(chosen.textContent).toContain(path);
    expect(host.openSession).not.toHaveBeenCalled();
    // The session the expert was in is still there to go back to.
    expect(await screen.findByTestId('session-list')).toBeTruthy();
    expect(screen.getByText(payload.name)).toBeTruthy();

    fireEvent.change(screen.getByLabelText(zh('expertSession.ui.openSession.expectedOffice')), { target: { value: 'ABCD 1234' } });
    fireEvent.click(within(chosen).getByRole('button', { name: zh('openRequests.chosen.open') }));
    expect((await screen.findByTestId('open-refused')).textContent).toContain('评审会文件的签名无效。');
    expect(host.openSession.mock.calls[0]?.[0]).toStrictEqual({ path, expectedOffice: 'ABCD 1234' });
    expect(host.upload).not.toHaveBeenCalled();
    expect(screen.queryByTestId('chosen-session')).toBeNull();
    db.close();
  });

  it('asks again when the window gets the focus, and tells an expert that scores files and archives are not theirs to open here', async () => {
    const { db, host, payload, show } = await expertApp();
    answering(host, [], [
      { path: 'C:\\Users\\zhang\\Desktop\\张明华-3.rdscores', kind: 'scores' },
      { path: 'C:\\Users\\zhang\\Desktop\\第一批.rdarchive', kind: 'archive' },
    ]);
    show();
    await screen.findByRole('heading', { level: 2, name: payload.name });
    await waitFor(() => expect(host.takeOpenRequests).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('open-requests')).toBeNull();

    focusWindow();
    const scores = await screen.findByTestId('open-request-scores');
    expect(scores.textContent).toContain(zh('openRequests.scores.forExpert', { names: '张明华-3.rdscores' }));
    const archive = screen.getByTestId('open-request-archive');
    expect(archive.textContent).toContain(zh('openRequests.archive.later', { names: '第一批.rdarchive' }));
    expect(archive.textContent).toContain(zh('openRequests.archive.laterHelp'));
    // Still on the session's home: nothing was opened.
    expect(screen.getByRole('heading', { level: 2, name: payload.name })).toBeTruthy();

    fireEvent.click(within(scores).getByRole('button', { name: zh('openRequests.dismiss') }));
    await waitFor(() => expect(screen.queryByTestId('open-request-scores')).toBeNull());
    expect(screen.getByTestId('open-request-archive')).toBeTruthy();
    expect(host.takeOpenRequests).toHaveBeenCalledTimes(2);
    db.close();
  });

  it('offers a session file in a banner while the expert is scoring an application, instead of leaving the screen', async () => {
    const { db, host, payload, show } = await expertApp();
    const path = '/home/zhang/下载/第三批.rdsession';
    answering(host, [], [{ path, kind: 'session' }]);
    show();
    await screen.findByRole('heading', { level: 2, name: payload.name });
    const [application] = await screen.findAllByTestId(/^application-/);
    if (application === undefined) throw new Error('no application on the home screen');
    fireEvent.click(application);
    await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: payload.name })).toBeNull());

    focusWindow();
    const banner = await screen.findByTestId('open-request-session');
    expect(banner.textContent).toContain(zh('openRequests.session.received', { name: '第三批.rdsession' }));
    expect(screen.queryByTestId('chosen-session')).toBeNull();
    fireEvent.click(within(banner).getByRole('button', { name: zh('openRequests.session.open') }));
    expect((await screen.findByTestId('chosen-session')).textContent).toContain(path);
    expect(screen.queryByTestId('open-request-session')).toBeNull();
    db.close();
  });

  it('keeps a waiting call open where the host receives files, and shows what it answers with without any focus', async () => {
    const { db, host, payload, show } = await expertApp();
    // Electron: the first call answers at once (nothing yet), the next waits until the test hands a file over.
    let handOver: (files: OpenRequest[]) => void = () => undefined;
    const waits: { wait: boolean; signal: AbortSignal | undefined }[] = [];
    host.takeOpenRequests.mockImplementation((params = {}, signal) => {
      waits.push({ wait: params.wait === true, signal });
      if (waits.length === 1) return Promise.resolve({ files: [], more: true });
      return new Promise((resolve) => {
        handOver = (files) => resolve({ files, more: true });
      });
    });
    const view = show();
    await screen.findByRole('heading', { level: 2, name: payload.name });
    await waitFor(() => expect(waits).toHaveLength(2));
    expect(waits.every((call) => call.wait)).toBe(true);

    act(() => handOver([{ path: '/home/zhang/旧.rdarchive', kind: 'archive' }]));
    expect((await screen.findByTestId('open-request-archive')).textContent).toContain('旧.rdarchive');
    // Listening again, and the call is cancelled when the page goes.
    await waitFor(() => expect(waits).toHaveLength(3));
    view.unmount();
    expect(waits[2]?.signal?.aborted).toBe(true);
    db.close();
  });

  it('shows nothing when asking fails, and asks again on the next focus', async () => {
    const { db, host, payload, show } = await expertApp();
    host.takeOpenRequests.mockRejectedValueOnce(new Error('IPC closed'));
    host.takeOpenRequests.mockResolvedValueOnce({ files: [{ path: '/x/旧.rdarchive', kind: 'archive' }], more: false });
    show();
    await screen.findByRole('heading', { level: 2, name: payload.name });
    await waitFor(() => expect(host.takeOpenRequests).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('open-requests')).toBeNull();
    focusWindow();
    expect((await screen.findByTestId('open-request-archive')).textContent).toContain('旧.rdarchive');
    db.close();
  });

  it('lets the office take double-clicked scores files into 收集专家评分 of the session it has open, imported there by path', async () => {
    const host = fakeHost();
    host.getIdentity.mockResolvedValue({ ...identity('评审办'), role: 'office' });
    const draft = sampleDraft();
    const officeDb = newOfficeDatabase();
    await saveDraft(officeDb, draft);
    const expertDb = newDatabase();
    const paths = ['/media/usb/张三-1.rdscores', '/media/usb/李四-2.rdscores'];
    answering(host, [
      { path: paths[0] ?? '', kind: 'scores' },
      { path: '/media/usb/第2批.rdsession', kind: 'session' },
      { path: paths[1] ?? '', kind: 'scores' },
    ]);
    host.officeSessionOverview.mockResolvedValue(sentOverview(draft.sessionId));
    host.importScores.mockResolvedValue(acceptedAll(paths));
    render(
      <App
        makeHost={() => host}
        openDatabase={() => expertDb.open().then(() => ({ ok: true as const, db: expertDb, problems: [] }))}
        openOfficeDatabase={() => Promise.resolve({ ok: true as const, db: officeDb, problems: [] })}
        storage={memoryStorage()}
      />,
    );

    // The office's workspace is loaded lazily: its first load in a test run takes a while.
    const scores = await screen.findByTestId('open-request-scores', {}, { timeout: 10_000 });
    expect(scores.textContent).toContain(zh('openRequests.scores.received', { count: 2 }));
    expect(scores.textContent).toContain('张三-1.rdscores、李四-2.rdscores');
    expect(scores.textContent).toContain(zh('openRequests.scores.openDraftFirst'));
    expect(within(scores).queryByRole('button', { name: zh('openRequests.scores.import') })).toBeNull();
    expect(screen.getByTestId('open-request-session').textContent).toContain(zh('openRequests.session.forOffice', { names: '第2批.rdsession' }));

    fireEvent.click(await screen.findByRole('button', { name: zh('officeWorkspace.drafts.openNamed', { name: draft.basics.name }) }));
    await screen.findByTestId('draft-session-id');
    fireEvent.click(within(screen.getByTestId('open-request-scores')).getByRole('button', { name: zh('openRequests.scores.import') }));

    await screen.findByTestId('collect-step');
    await waitFor(() => expect(host.importScores).toHaveBeenCalledOnce());
    expect(host.importScores.mock.calls[0]?.[0]).toStrictEqual({ sessionId: draft.sessionId, paths, enrol: [] });
    expect(host.upload).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getAllByTestId('collect-line')).toHaveLength(2));
    expect(screen.getAllByTestId('collect-line-name').map((name) => name.textContent)).toStrictEqual(['张三-1.rdscores', '李四-2.rdscores']);
    expect(screen.queryByTestId('open-request-scores')).toBeNull();
    expertDb.close();
    officeDb.close();
  });

  it('imports a hand-over in 收集专家评分 once, even when nobody says it was taken', async () => {
    const host = fakeHost();
    const draft = sampleDraft();
    const paths = ['/media/usb/王五-1.rdscores'];
    host.officeSessionOverview.mockResolvedValue(sentOverview(draft.sessionId));
    host.importScores.mockResolvedValue(acceptedAll(paths));
    renderOffice(<CollectStep draft={draft} incoming={{ id: 1, sessionId: draft.sessionId, paths }} />, { host, db: newOfficeDatabase() });
    await waitFor(() => expect(screen.getAllByTestId('collect-line')).toHaveLength(1));
    // The overview is read again after the import: by then a second import would have started.
    await waitFor(() => expect(host.officeSessionOverview).toHaveBeenCalledTimes(2));
    await act(() => Promise.resolve());
    expect(host.importScores).toHaveBeenCalledOnce();
  });

  it('never imports a hand-over meant for another session', async () => {
    const host = fakeHost();
    const draft = sampleDraft();
    host.officeSessionOverview.mockResolvedValue(sentOverview(draft.sessionId));
    renderOffice(<CollectStep draft={draft} incoming={{ id: 1, sessionId: 'another-session', paths: ['/x/a.rdscores'] }} />, { host, db: newOfficeDatabase() });
    await screen.findByLabelText(zh('officeCollect.import.button'));
    await act(() => Promise.resolve());
    expect(host.importScores).not.toHaveBeenCalled();
  });
});
