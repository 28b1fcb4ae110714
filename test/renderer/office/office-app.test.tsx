// @vitest-environment happy-dom
// The role decides the workspace: at first start the user says whose computer it is (expert by default);
// choosing 评审办公室 asks only for the office's name, makes an office key and opens the office workspace, and
// an office key found at start opens it straight away, where a new session is created, saved and listed.
// There the language switch keeps what was typed, a damaged stored draft is reported in place, and a change
// that cannot be written is shown as not saved until 重试保存 writes it.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { App } from '../../../renderer/src/app/App';
import type { OpenOutcome } from '../../../renderer/src/db/open-expert-database';
import { readProfile } from '../../../renderer/src/db/profile-store';
import { listDrafts, readDraft, saveDraft } from '../../../renderer/src/office/db/draft-store';
import { DraftEditor } from '../../../renderer/src/office/DraftEditor';
import type { OfficeOpenOutcome } from '../../../renderer/src/office/db/open-office-database';
import { breakWrites, newDatabase, quotaExceeded } from '../db/expert-db-fixture';
import { identity, KEY, memoryStorage } from '../app/app-harness';
import { newOfficeDatabase, sampleDraft } from './office-fixture';
import { fakeHost, renderOffice, zh } from './office-harness';

const OFFICE = '示例省文化和旅游厅评审办公室';
const officeIdentity = { ...identity(OFFICE), role: 'office' as const };

function renderApp(host: ReturnType<typeof fakeHost>) {
  const expertDb = newDatabase();
  const officeDb = newOfficeDatabase();
  const openExpert = (): Promise<OpenOutcome> => expertDb.open().then(() => ({ ok: true, db: expertDb, problems: [] }));
  const openOffice = (): Promise<OfficeOpenOutcome> => officeDb.open().then(() => ({ ok: true, db: officeDb, problems: [] }));
  render(<App makeHost={() => host} openDatabase={openExpert} openOfficeDatabase={openOffice} storage={memoryStorage()} />);
  return { expertDb, officeDb };
}

describe('role at first start', () => {
  it('offers expert (chosen) or office; the office gives only its name, gets an office key and the office workspace', async () => {
    const host = fakeHost();
    host.createIdentity.mockImplementation(() => {
      host.getIdentity.mockResolvedValue(officeIdentity);
      return Promise.resolve({ identity: officeIdentity, created: true });
    });
    const { expertDb, officeDb } = renderApp(host);

    const expert = await screen.findByRole('radio', { name: zh('officeWorkspace.role.expert') });
    expect((expert as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText(zh('expertSession.ui.firstStart.organisation'))).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: zh('officeWorkspace.role.office') }));
    expect(screen.queryByLabelText(zh('expertSession.ui.firstStart.organisation'))).toBeNull();
    expect(screen.getByText(zh('officeWorkspace.firstStart.title'))).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: zh('officeWorkspace.firstStart.submit') }));
    expect((await screen.findByRole('alert')).textContent).toBe(zh('officeWorkspace.firstStart.nameRequired'));
    expect(host.createIdentity).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(zh('officeWorkspace.firstStart.name')), { target: { value: ` ${OFFICE} ` } });
    fireEvent.click(screen.getByRole('button', { name: zh('officeWorkspace.firstStart.submit') }));
    expect((await screen.findByTestId('key-fingerprint')).textContent).toBe(groupedFingerprint(KEY));
    expect(host.createIdentity).toHaveBeenCalledWith({ name: OFFICE, role: 'office' });
    fireEvent.click(screen.getByRole('button', { name: zh('officeWorkspace.firstStart.continue') }));

    expect(await screen.findByText(zh('officeWorkspace.app.title'))).toBeTruthy();
    expect(await screen.findByText(zh('officeWorkspace.drafts.none'))).toBeTruthy();
    // No expert profile on the office's computer.
    expect(await readProfile(expertDb)).toEqual({ ok: true, value: undefined });
    expertDb.close();
    officeDb.close();
  });

  it('opens the office workspace at start when the key is the office’s; a new session is saved and listed, and the key is shown on demand', async () => {
    const host = fakeHost();
    host.getIdentity.mockResolvedValue(officeIdentity);
    const { expertDb, officeDb } = renderApp(host);

    fireEvent.click(await screen.findByRole('button', { name: zh('officeWorkspace.drafts.new') }));
    fireEvent.change(screen.getByLabelText(zh('officeWorkspace.basics.batch')), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText(zh('officeWorkspace.basics.startsOn')), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText(zh('officeWorkspace.basics.endsOn')), { target: { value: '2026-12-03' } });
    fireEvent.click(screen.getByRole('button', { name: zh('officeWorkspace.basics.create') }));

    expect((await screen.findByTestId('draft-name')).textContent).toBe('第2批示范县资格评审');
    expect(screen.getByTestId('draft-session-id').textContent).toMatch(/^2026-2-qualification-[a-z0-9]{6}$/);
    expect(screen.getByTestId('office-save-state').textContent).toMatch(/^已保存/);
    const stored = await listDrafts(officeDb);
    expect(stored.records.map((draft) => draft.basics.name)).toEqual(['第2批示范县资格评审']);

    fireEvent.click(screen.getByRole('button', { name: zh('officeWorkspace.nav.drafts') }));
    expect(await screen.findByRole('button', { name: zh('officeWorkspace.drafts.openNamed', { name: '第2批示范县资格评审' }) })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: zh('officeWorkspace.key.open') }));
    await waitFor(() => expect(screen.getByTestId('office-key-fingerprint').textContent).toBe(groupedFingerprint(KEY)));
    expect(screen.getByText(zh('officeWorkspace.key.name', { name: OFFICE }))).toBeTruthy();
    expertDb.close();
    officeDb.close();
  });
});

describe('office workspace', () => {
  it('switching the language keeps what was typed in a new session’s basics', async () => {
    const host = fakeHost();
    host.getIdentity.mockResolvedValue(officeIdentity);
    const { expertDb, officeDb } = renderApp(host);
    fireEvent.click(await screen.findByRole('button', { name: zh('officeWorkspace.drafts.new') }));
    fireEvent.change(screen.getByLabelText(zh('officeWorkspace.basics.batch')), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText(zh('officeWorkspace.basics.startsOn')), { target: { value: '2027-03-01' } });
    fireEvent.click(screen.getByRole('radio', { name: zh('expertSession.ui.app.locale.en-US') }));

    expect(await screen.findByText(translate('en-US', 'officeWorkspace.app.title'))).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(translate('en-US', 'officeWorkspace.basics.batch')).value).toBe('3');
    expect(screen.getByLabelText<HTMLInputElement>(translate('en-US', 'officeWorkspace.basics.startsOn')).value).toBe('2027-03-01');
    expect(screen.getByLabelText<HTMLInputElement>(translate('en-US', 'officeWorkspace.basics.name')).value).toBe('Demonstration counties, batch 3: Qualification review');
    expertDb.close();
    officeDb.close();
  });

  it('lists a damaged stored draft as a problem in place, and the others still open', async () => {
    const host = fakeHost();
    host.getIdentity.mockResolvedValue(officeIdentity);
    const officeDb = newOfficeDatabase();
    await saveDraft(officeDb, sampleDraft({}, 'good00'));
    await officeDb.table('drafts').put({ ...sampleDraft({}, 'bad000'), basics: { name: '' } });
    const expertDb = newDatabase();
    render(
      <App
        makeHost={() => host}
        openDatabase={() => expertDb.open().then(() => ({ ok: true as const, db: expertDb, problems: [] }))}
        openOfficeDatabase={() => Promise.resolve({ ok: true as const, db: officeDb, problems: [] })}
        storage={memoryStorage()}
      />,
    );
    expect(await screen.findByText(zh('officeWorkspace.db.damaged.draft', { sessionId: '2026-2-qualification-bad000', fields: 'basics.stage, basics.name, basics.startsOn, basics.endsOn' }))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: zh('officeWorkspace.drafts.openNamed', { name: '第2批示范县资格评审' }) }));
    expect((await screen.findByTestId('draft-session-id')).textContent).toBe('2026-2-qualification-good00');
    expertDb.close();
    officeDb.close();
  });

  it('a change that cannot be written says so with the reason, stays on screen, and is written by 重试保存', async () => {
    const db = newOfficeDatabase();
    const control = breakWrites(db, quotaExceeded);
    const draft = sampleDraft();
    await saveDraft(db, draft);
    renderOffice(<DraftEditor initial={draft} />, { db });
    control.failing = true;
    fireEvent.change(screen.getByLabelText(zh('officeWorkspace.basics.name')), { target: { value: '第二批资格评审（改）' } });
    const failed = await screen.findByRole('alert');
    expect(failed.textContent).toContain(zh('officeWorkspace.save.failed'));
    expect(failed.textContent).toContain(zh('expertSession.db.quotaExceeded'));
    expect(screen.getByTestId('draft-name').textContent).toBe('第二批资格评审（改）');
    control.failing = false;
    fireEvent.click(screen.getByRole('button', { name: zh('officeWorkspace.save.retry') }));
    await waitFor(() => expect(screen.getByTestId('office-save-state').textContent).toMatch(/^已保存/));
    const read = await readDraft(db, draft.sessionId);
    expect(read.ok && read.value?.basics.name).toBe('第二批资格评审（改）');
    db.close();
  });
});
