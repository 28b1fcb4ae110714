// @vitest-environment happy-dom
// Opening a session file: the chosen file is uploaded, then opened with the office fingerprint the expert
// typed; a refusal shows the host's messages and saves nothing; success saves the session, remembers the
// expert id, shows the progress and the office fingerprint grouped.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { HostProgress, HostResult } from '../../../shared/contract/host-api-spec';
import { translate, type MessageKey } from '../../../shared/i18n/translate';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { recallExpertId } from '../../../renderer/src/app/expert-id';
import { OpenSession } from '../../../renderer/src/app/OpenSession';
import { listSessions } from '../../../renderer/src/db/session-store';
import { demoPayload, newDatabase, OFFICE_FINGERPRINT } from '../db/expert-db-fixture';
import { fakeHost, memoryStorage, renderScreen } from './app-harness';

const zh = (key: MessageKey, params: Record<string, string | number> = {}): string => translate('zh-CN', key, params);
const sessionFile = (): File => new File([new Uint8Array([1, 2, 3])], '第一批评审会.rdsession');
const UPLOADED = { path: '/data/uploads/1.rdsession', name: '第一批评审会.rdsession', size: 3 };

function choose(file: File): void {
  fireEvent.change(screen.getByLabelText(zh('expertSession.ui.openSession.choose')), { target: { files: [file] } });
}

describe('OpenSession', () => {
  it('shows a refusal with the host’s messages and saves nothing', async () => {
    const host = fakeHost();
    host.upload.mockResolvedValue(UPLOADED);
    host.openSession.mockResolvedValue({ ok: false, code: 'session.badSignature', messages: ['评审会文件的签名无效。', '文件可能被改动过。'] });
    const db = newDatabase();
    const storage = memoryStorage();
    const onOpened = vi.fn();
    renderScreen(<OpenSession onOpened={onOpened} />, { host, db, storage });
    choose(sessionFile());

    const refused = await screen.findByTestId('open-refused');
    expect(refused.textContent).toContain(zh('expertSession.ui.openSession.refused'));
    expect(refused.textContent).toContain('评审会文件的签名无效。');
    // The first message stays in view; what follows is folded under the details summary.
    const details = within(refused).getByTestId('refusal-details');
    expect(details.textContent).toContain('文件可能被改动过。');
    expect(details.textContent).not.toContain('评审会文件的签名无效。');
    expect(details.hasAttribute('open')).toBe(false);
    expect(within(details).getByText(zh('expertSession.ui.refusal.details', { count: 1 }))).toBeTruthy();
    expect(host.upload).toHaveBeenCalledOnce();
    expect(host.openSession.mock.calls[0]?.[0]).toEqual({ path: UPLOADED.path });
    expect((await listSessions(db)).records).toEqual([]);
    expect(storage.length).toBe(0);
    expect(screen.queryByTestId('open-done')).toBeNull();
    expect(onOpened).not.toHaveBeenCalled();
  });

  it('shows an upload failure and saves nothing', async () => {
    const host = fakeHost();
    host.upload.mockRejectedValue(new Error('上传的文件过大'));
    const db = newDatabase();
    renderScreen(<OpenSession onOpened={vi.fn()} />, { host, db });
    choose(sessionFile());
    expect((await screen.findByTestId('open-refused')).textContent).toContain(zh('expertSession.ui.openSession.failed', { message: '上传的文件过大' }));
    expect(host.openSession).not.toHaveBeenCalled();
    expect((await listSessions(db)).records).toEqual([]);
  });

  it('opens with the typed office fingerprint, shows progress, saves the session and shows the office fingerprint grouped', async () => {
    const payload = demoPayload();
    const expertId = payload.roster[0]?.expertId ?? '';
    const host = fakeHost();
    host.upload.mockResolvedValue(UPLOADED);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    host.openSession.mockImplementation(async (_params, onProgress?: (progress: HostProgress) => void): Promise<HostResult<'openSession'>> => {
      onProgress?.({ operationId: 'op', done: 50, total: 200, label: '申报书.pdf' });
      await released;
      return { ok: true, session: payload, officeFingerprint: OFFICE_FINGERPRINT, officeChecked: true, documents: 12, expertId };
    });
    const db = newDatabase();
    const storage = memoryStorage();
    const onOpened = vi.fn();
    renderScreen(<OpenSession onOpened={onOpened} />, { host, db, storage });
    const typed = groupedFingerprint(OFFICE_FINGERPRINT).toLowerCase();
    fireEvent.change(screen.getByLabelText(zh('expertSession.ui.openSession.expectedOffice')), { target: { value: ` ${typed} ` } });
    choose(sessionFile());

    // While the host works: the caption names the document, the bar stands at a quarter.
    await screen.findByText(zh('expertSession.ui.openSession.checking', { label: '申报书.pdf' }));
    expect(document.querySelector('.ant-progress')?.getAttribute('aria-valuenow')).toBe('25');
    release();

    const done = await screen.findByTestId('open-done');
    expect(host.openSession.mock.calls[0]?.[0]).toEqual({ path: UPLOADED.path, expectedOffice: typed });
    expect(screen.getByTestId('office-fingerprint').textContent).toBe(groupedFingerprint(OFFICE_FINGERPRINT));
    expect(done.textContent).toContain(zh('expertSession.ui.openSession.opened', { name: payload.name, documents: 12 }));
    expect(done.textContent).toContain(zh('expertSession.ui.openSession.officeChecked'));
    await waitFor(async () => expect((await listSessions(db)).records.map((row) => row.sessionId)).toEqual([payload.sessionId]));
    const [row] = (await listSessions(db)).records;
    expect(row?.officeFingerprint).toBe(OFFICE_FINGERPRINT);
    expect(recallExpertId(storage, payload, null)).toBe(expertId);

    fireEvent.click(screen.getByRole('button', { name: zh('expertSession.ui.openSession.toHome') }));
    expect(onOpened).toHaveBeenCalledWith(payload.sessionId);
  });
});
