// @vitest-environment happy-dom
// 「我的信息与密钥」: the profile and the key fingerprint shown again on demand, read afresh each time; no key
// on this computer and a damaged profile each say so instead of showing nothing.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../../shared/i18n/translate';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { MyKey } from '../../../renderer/src/app/MyKey';
import { saveProfile } from '../../../renderer/src/db/profile-store';
import { newDatabase } from '../db/expert-db-fixture';
import { fakeHost, identity, KEY, renderScreen } from './app-harness';

const zh = (key: MessageKey, params: Record<string, string | number> = {}): string => translate('zh-CN', key, params);
const openDialog = (): void => void fireEvent.click(screen.getByRole('button', { name: zh('expertSession.ui.myKey.open') }));

describe('MyKey', () => {
  it('shows the profile and the fingerprint in groups of four, with how the key is kept', async () => {
    const host = fakeHost();
    host.getIdentity.mockResolvedValue(identity('王立新'));
    const db = newDatabase();
    await saveProfile(db, { name: '王立新', organisation: '示例省图书馆', title: '研究馆员', city: '', keyFingerprint: KEY });
    renderScreen(<MyKey />, { host, db });
    expect(host.getIdentity).not.toHaveBeenCalled();
    openDialog();
    const shown = await screen.findByTestId('my-key');
    expect(document.activeElement).toBe(screen.getByRole('dialog', { name: zh('expertSession.ui.myKey.title') }));
    expect(within(shown).getByText('示例省图书馆')).toBeTruthy();
    expect(within(shown).getByText('研究馆员')).toBeTruthy();
    // An empty field is a dash, not a blank that looks like a layout fault.
    expect(within(shown).getByText('—')).toBeTruthy();
    expect(screen.getByTestId('my-key-fingerprint').getAttribute('aria-label')).toBe(groupedFingerprint(KEY));
    expect(shown.textContent).toContain(zh('expertSession.ui.myKey.protection', { how: zh('host.keyProtection.file-permissions') }));
    // Escape closes it and gives the focus back to the button that opened it.
    fireEvent.keyDown(shown, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: zh('expertSession.ui.myKey.open') }));
  });

  it('reads the key afresh each time it is opened', async () => {
    const host = fakeHost();
    host.getIdentity.mockResolvedValueOnce(null).mockResolvedValueOnce(identity('王立新'));
    renderScreen(<MyKey />, { host, db: newDatabase() });
    openDialog();
    expect((await screen.findByTestId('my-key')).textContent).toContain(zh('expertSession.ui.myKey.noKey'));
    fireEvent.click(screen.getByRole('button', { name: zh('expertSession.ui.myKey.close') }));
    expect(screen.queryByRole('dialog')).toBeNull();
    openDialog();
    expect((await screen.findByTestId('my-key-fingerprint')).getAttribute('aria-label')).toBe(groupedFingerprint(KEY));
    expect(host.getIdentity).toHaveBeenCalledTimes(2);
  });

  it('says why when the host cannot be reached', async () => {
    const host = fakeHost();
    host.getIdentity.mockRejectedValue(new Error('连接已断开'));
    renderScreen(<MyKey />, { host, db: newDatabase() });
    openDialog();
    expect(await screen.findByText('连接已断开')).toBeTruthy();
    expect(screen.queryByTestId('my-key')).toBeNull();
  });
});
