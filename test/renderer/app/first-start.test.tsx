// @vitest-environment happy-dom
// First start: the name is required (nothing is made or saved without it); with it, the host makes the key,
// the profile is saved with the key's fingerprint, and the fingerprint is shown in groups of four.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { translate, type MessageKey } from '../../../shared/i18n/translate';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { FirstStart } from '../../../renderer/src/app/FirstStart';
import { readProfile } from '../../../renderer/src/db/profile-store';
import { newDatabase } from '../db/expert-db-fixture';
import { fakeHost, identity, KEY, renderScreen } from './app-harness';

const zh = (key: MessageKey, params: Record<string, string | number> = {}): string => translate('zh-CN', key, params);

describe('FirstStart', () => {
  it('refuses an empty name, saying so, and makes no key and no profile', async () => {
    const host = fakeHost();
    const db = newDatabase();
    const onDone = vi.fn();
    renderScreen(<FirstStart onDone={onDone} />, { host, db });
    fireEvent.change(screen.getByLabelText(zh('expertSession.ui.firstStart.organisation')), { target: { value: '省图书馆' } });
    fireEvent.change(screen.getByLabelText(zh('expertSession.ui.firstStart.name')), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: zh('expertSession.ui.firstStart.submit') }));
    expect((await screen.findByRole('alert')).textContent).toBe(zh('expertSession.ui.firstStart.nameRequired'));
    expect(screen.getByLabelText(zh('expertSession.ui.firstStart.name')).getAttribute('aria-invalid')).toBe('true');
    expect(host.createIdentity).not.toHaveBeenCalled();
    expect(await readProfile(db)).toEqual({ ok: true, value: undefined });
    expect(onDone).not.toHaveBeenCalled();
  });

  it('makes the key, saves the profile with its fingerprint, and shows the fingerprint grouped', async () => {
    const host = fakeHost();
    host.createIdentity.mockResolvedValue({ identity: identity('李明'), created: true });
    const db = newDatabase();
    const onDone = vi.fn();
    renderScreen(<FirstStart onDone={onDone} />, { host, db });
    const fill = (key: MessageKey, value: string): void => void fireEvent.change(screen.getByLabelText(zh(key)), { target: { value } });
    fill('expertSession.ui.firstStart.name', ' 李明 ');
    fill('expertSession.ui.firstStart.organisation', '省图书馆');
    fill('expertSession.ui.firstStart.jobTitle', '研究馆员');
    fill('expertSession.ui.firstStart.city', '杭州市');
    fireEvent.click(screen.getByRole('button', { name: zh('expertSession.ui.firstStart.submit') }));

    const shown = await screen.findByTestId('key-fingerprint');
    expect(shown.textContent).toBe(groupedFingerprint(KEY));
    expect(shown.textContent).toMatch(/^(DDDD ){15}DDDD$/);
    expect(screen.getByText(zh('expertSession.ui.firstStart.fingerprintTitle'))).toBeTruthy();
    expect(host.createIdentity).toHaveBeenCalledWith({ name: '李明', role: 'expert' });
    const profile = await readProfile(db);
    expect(profile.ok && profile.value).toMatchObject({ name: '李明', organisation: '省图书馆', title: '研究馆员', city: '杭州市', keyFingerprint: KEY });

    fireEvent.click(screen.getByRole('button', { name: zh('expertSession.ui.firstStart.continue') }));
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('shows why when the host cannot make the key, and saves no profile', async () => {
    const host = fakeHost();
    host.createIdentity.mockRejectedValue(new Error('磁盘已满'));
    const db = newDatabase();
    renderScreen(<FirstStart onDone={vi.fn()} />, { host, db });
    fireEvent.change(screen.getByLabelText(zh('expertSession.ui.firstStart.name')), { target: { value: '李明' } });
    fireEvent.click(screen.getByRole('button', { name: zh('expertSession.ui.firstStart.submit') }));
    await waitFor(() => expect(screen.getByText(zh('expertSession.ui.firstStart.failed', { message: '磁盘已满' }))).toBeTruthy());
    expect(await readProfile(db)).toEqual({ ok: true, value: undefined });
  });
});
