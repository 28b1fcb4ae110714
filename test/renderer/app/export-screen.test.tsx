// @vitest-environment happy-dom
// The export screen: what is missing is listed and blocks the export until the expert accepts an incomplete
// one; the file goes to the sync folder or another folder, both remembered on this computer; 「浏览…」 only
// where the host has dialogs, its answer filling the path and a cancel keeping it; the host's refusals shown;
// a verified export shows where it went, its number and fingerprint, and what a higher number means.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { checkCompleteness } from '../../../shared/expert/completeness';
import type { HostParams, HostResult } from '../../../shared/contract/host-api-spec';
import { translate, type MessageKey } from '../../../shared/i18n/translate';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { ExportScreen } from '../../../renderer/src/app/ExportScreen';
import type { ExpertDatabase } from '../../../renderer/src/db/expert-database';
import { listExports } from '../../../renderer/src/db/export-store';
import type { SessionRow } from '../../../renderer/src/db/records';
import { saveSession } from '../../../renderer/src/db/session-store';
import { saveSheet } from '../../../renderer/src/db/sheet-store';
import { demoPayload, demoSheets, newDatabase, OFFICE_FINGERPRINT } from '../db/expert-db-fixture';
import { fakeHost, memoryStorage, renderScreen } from './app-harness';

const zh = (key: MessageKey, params: Record<string, string | number> = {}): string => translate('zh-CN', key, params);
const HASH_1 = '1'.repeat(64);
const HASH_2 = '2'.repeat(64);
const SYNC = '/mnt/单位共享/评审会交换';

function exported(folder: string, sequence: number, exportHash: string): HostResult<'exportScores'> {
  const fileName = `demo_E1_${sequence}_${exportHash.slice(0, 12)}.rdscores`;
  return { ok: true, path: `${folder}/${fileName}`, fileName, sequence, exportHash, previousHash: null, encrypted: true, recorded: true, incomplete: ['缺一项'] };
}

interface Setup {
  db: ExpertDatabase;
  session: SessionRow;
  expertId: string;
  host: ReturnType<typeof fakeHost>;
  storage: Storage;
}

async function setup(dialogs = false): Promise<Setup> {
  const db = newDatabase();
  const session = await saveSession(db, { payload: demoPayload(), officeFingerprint: OFFICE_FINGERPRINT });
  const expertId = session.payload.roster[0]?.expertId ?? '';
  const host = fakeHost();
  host.getHostInfo.mockResolvedValue({ version: '0.1.0', host: dialogs ? 'electron' : 'web', dataDir: '/data', dialogs });
  return { db, session, expertId, host, storage: memoryStorage() };
}

function show({ db, session, expertId, host, storage }: Setup) {
  return renderScreen(<ExportScreen session={session} expertId={expertId} />, { host, db, storage });
}

/** The path field of the chosen destination, once the host's data directory has filled the default. */
const folderInput = (label: MessageKey): HTMLInputElement => screen.getByLabelText<HTMLInputElement>(zh(label));
const submitButton = (): HTMLButtonElement => screen.getByRole<HTMLButtonElement>('button', { name: zh('expertSession.ui.export.submit') });
const allowIncomplete = (): void => void fireEvent.click(screen.getByRole('checkbox', { name: zh('expertSession.ui.export.allowIncomplete') }));
const radio = (label: MessageKey): HTMLInputElement => screen.getByRole<HTMLInputElement>('radio', { name: zh(label) });
const sentParams = (host: Setup['host'], call = 0): HostParams<'exportScores'> | undefined => host.exportScores.mock.calls[call]?.[0];

async function ready(): Promise<void> {
  await waitFor(() => expect(folderInput('expertSession.ui.export.folder').value).toBe('/data/exports'));
}

describe('ExportScreen', () => {
  it('lists what is missing and blocks the export until an incomplete export is accepted', async () => {
    const world = await setup();
    show(world);
    const gaps = await screen.findByTestId('export-gaps');
    expect(gaps.textContent).toContain('尚未评分');
    expect(within(gaps).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(submitButton().disabled).toBe(true);
    expect(screen.getByTestId('export-blocked').textContent).toBe(zh('expertSession.ui.export.blockedHint'));
    allowIncomplete();
    expect(submitButton().disabled).toBe(false);
    expect(screen.queryByTestId('export-blocked')).toBeNull();
  });

  it('exports to the default folder under the data directory, with the choices made', async () => {
    const world = await setup();
    world.host.exportScores.mockResolvedValue(exported('/data/exports', 1, HASH_1));
    show(world);
    await ready();
    expect(radio('expertSession.ui.export.toOther').checked).toBe(true);
    allowIncomplete();
    fireEvent.click(screen.getByRole('checkbox', { name: zh('expertSession.ui.export.encrypt') }));
    fireEvent.click(submitButton());
    await screen.findByTestId('export-done');
    expect(sentParams(world.host)).toEqual({ sessionId: world.session.sessionId, expertId: world.expertId, sheets: [], folder: '/data/exports', encrypt: false, allowIncomplete: true });
  });

  it('sends the sync folder when chosen, and remembers the choice and both folders across a remount', async () => {
    const world = await setup();
    world.host.exportScores.mockImplementation((params) => Promise.resolve(exported(params.folder, 1, HASH_1)));
    const first = show(world);
    await ready();
    fireEvent.click(radio('expertSession.ui.export.toSync'));
    fireEvent.change(folderInput('expertSession.ui.export.syncFolder'), { target: { value: `  ${SYNC} ` } });
    allowIncomplete();
    fireEvent.click(submitButton());
    await screen.findByTestId('export-done');
    expect(sentParams(world.host)?.folder).toBe(SYNC);
    expect(screen.getByTestId('export-hand-over').textContent).toBe(zh('expertSession.ui.export.handSync'));
    first.unmount();

    const second = show(world);
    await waitFor(() => expect(radio('expertSession.ui.export.toSync').checked).toBe(true));
    expect(folderInput('expertSession.ui.export.syncFolder').value).toBe(`  ${SYNC} `);
    // Back to another folder, typed: remembered as well, and the sync folder kept for next time.
    fireEvent.click(radio('expertSession.ui.export.toOther'));
    fireEvent.change(folderInput('expertSession.ui.export.folder'), { target: { value: '/media/U盘' } });
    second.unmount();

    show(world);
    await waitFor(() => expect(radio('expertSession.ui.export.toOther').checked).toBe(true));
    expect(folderInput('expertSession.ui.export.folder').value).toBe('/media/U盘');
    fireEvent.click(radio('expertSession.ui.export.toSync'));
    expect(folderInput('expertSession.ui.export.syncFolder').value).toBe(`  ${SYNC} `);
  });

  it('refuses to export with the chosen folder empty, saying which folder is missing', async () => {
    const world = await setup();
    show(world);
    await ready();
    allowIncomplete();
    fireEvent.click(radio('expertSession.ui.export.toSync'));
    fireEvent.click(submitButton());
    expect((await screen.findByRole('alert')).textContent).toBe(zh('expertSession.ui.export.syncFolderRequired'));
    fireEvent.click(radio('expertSession.ui.export.toOther'));
    fireEvent.change(folderInput('expertSession.ui.export.folder'), { target: { value: '   ' } });
    fireEvent.click(submitButton());
    expect((await screen.findByRole('alert')).textContent).toBe(zh('expertSession.ui.export.folderRequired'));
    expect(world.host.exportScores).not.toHaveBeenCalled();
  });

  it('offers 「浏览…」 only where the host has dialogs', async () => {
    const without = await setup(false);
    const view = show(without);
    await ready();
    expect(screen.queryByRole('button', { name: zh('expertSession.ui.export.browse') })).toBeNull();
    view.unmount();

    show(await setup(true));
    expect(await screen.findByRole('button', { name: zh('expertSession.ui.export.browse') })).toBeTruthy();
  });

  it('fills the path with the folder chosen in the dialog, keeps it when the dialog is cancelled, and exports there', async () => {
    const world = await setup(true);
    // The second dialog stays open until the test cancels it.
    let cancel: () => void = () => undefined;
    const cancelled = new Promise<HostResult<'chooseFolder'>>((resolve) => (cancel = () => resolve({ path: null })));
    world.host.chooseFolder.mockResolvedValueOnce({ path: '/media/评审U盘' }).mockReturnValueOnce(cancelled);
    world.host.exportScores.mockImplementation((params) => Promise.resolve(exported(params.folder, 1, HASH_1)));
    show(world);
    await ready();
    const browse = await screen.findByRole('button', { name: zh('expertSession.ui.export.browse') });
    fireEvent.click(browse);
    await waitFor(() => expect(folderInput('expertSession.ui.export.folder').value).toBe('/media/评审U盘'));
    expect(world.host.chooseFolder).toHaveBeenLastCalledWith({ purpose: 'exportScores', defaultPath: '/data/exports' });

    fireEvent.click(browse);
    expect(world.host.chooseFolder).toHaveBeenLastCalledWith({ purpose: 'exportScores', defaultPath: '/media/评审U盘' });
    await waitFor(() => expect(browse.classList.contains('ant-btn-loading')).toBe(true));
    cancel();
    await waitFor(() => expect(browse.classList.contains('ant-btn-loading')).toBe(false));
    expect(folderInput('expertSession.ui.export.folder').value).toBe('/media/评审U盘');

    allowIncomplete();
    fireEvent.click(submitButton());
    await screen.findByTestId('export-done');
    expect(sentParams(world.host)?.folder).toBe('/media/评审U盘');
  });

  it('shows why the dialog could not open, and keeps the path', async () => {
    const world = await setup(true);
    world.host.chooseFolder.mockRejectedValue(new Error('此运行方式不支持该操作：dialogs.chooseFolder。'));
    show(world);
    await ready();
    fireEvent.click(await screen.findByRole('button', { name: zh('expertSession.ui.export.browse') }));
    expect((await screen.findByRole('alert')).textContent).toBe(zh('expertSession.ui.export.browseFailed', { message: '此运行方式不支持该操作：dialogs.chooseFolder。' }));
    expect(folderInput('expertSession.ui.export.folder').value).toBe('/data/exports');
  });

  it('shows the host’s refusal line by line, and records nothing', async () => {
    const world = await setup();
    world.host.exportScores.mockResolvedValue({ ok: false, code: 'file.writeFailed', messages: ['无法写入 /media/U盘：磁盘已满。', '文件没有写出。'] });
    show(world);
    await ready();
    allowIncomplete();
    fireEvent.click(submitButton());
    await screen.findByText(zh('expertSession.ui.export.refused'));
    expect(screen.getByText('无法写入 /media/U盘：磁盘已满。')).toBeTruthy();
    expect(screen.getByText('文件没有写出。')).toBeTruthy();
    expect(screen.queryByTestId('export-done')).toBeNull();
    expect((await listExports(world.db, world.session.sessionId)).records).toEqual([]);
  });

  it('shows where the file went, its number and fingerprint; a second export is No. 2 and says it replaces No. 1', async () => {
    const world = await setup();
    world.host.exportScores.mockResolvedValueOnce(exported('/data/exports', 1, HASH_1)).mockResolvedValueOnce(exported('/data/exports', 2, HASH_2));
    const first = show(world);
    await ready();
    expect(screen.queryByTestId('export-previous')).toBeNull();
    allowIncomplete();
    fireEvent.click(submitButton());
    await screen.findByTestId('export-done');
    expect(screen.getByTestId('export-path').textContent).toBe(`/data/exports/demo_E1_1_${HASH_1.slice(0, 12)}.rdscores`);
    expect(screen.getByTestId('export-sequence').textContent).toBe('1');
    expect(screen.getByTestId('export-hash').getAttribute('aria-label')).toBe(groupedFingerprint(HASH_1));
    expect(screen.getByTestId('export-replaces').textContent).toBe(zh('expertSession.ui.export.firstExport'));
    expect(screen.getByTestId('export-hand-over').textContent).toBe(zh('expertSession.ui.export.handOther'));
    expect(screen.getByText(zh('expertSession.ui.export.incompleteNote', { count: 1 }))).toBeTruthy();
    first.unmount();

    // Coming back later: the screen says a file was already exported and what exporting again does.
    show(world);
    await ready();
    expect((await screen.findByTestId('export-previous')).textContent).toMatch(/本机上一次导出的是第 1 号文件（\d{4}-\d\d-\d\d \d\d:\d\d）/);
    allowIncomplete();
    fireEvent.click(submitButton());
    await waitFor(() => expect(screen.getByTestId('export-sequence').textContent).toBe('2'));
    expect(screen.getByTestId('export-replaces').textContent).toBe(zh('expertSession.ui.export.replaces', { sequence: 2, previous: 1 }));
    expect(screen.getByTestId('export-hash').getAttribute('aria-label')).toBe(groupedFingerprint(HASH_2));
    expect((await listExports(world.db, world.session.sessionId)).records.map((row) => row.sequence)).toEqual([1, 2]);
  });
});

describe('ExportScreen, what is missing and what could not be noted', () => {
  it('lists the gaps one line per application, offers to go there, and folds the indicators beneath', async () => {
    const world = await setup();
    const { scored } = demoSheets();
    const [sample] = scored;
    if (!sample) throw new Error('the demo expert scored something');
    // Two values gone and the opinion blank: this application needs three things, the others everything.
    const dropped = Object.keys(sample.values).slice(0, 2);
    const partial = { ...sample, values: Object.fromEntries(Object.entries(sample.values).filter(([id]) => !dropped.includes(id))), opinion: { strengths: '', problems: '', suggestions: '' } };
    await saveSheet(world.db, world.session.sessionId, partial);
    const expected = checkCompleteness(world.session.payload, sample.expertId, [partial]).gaps.filter((gap) => gap.applicationId === sample.applicationId);
    const missingValues = expected.filter((gap) => gap.kind === 'missingValue').length;
    expect(missingValues).toBeGreaterThan(0);
    const open = vi.fn<(applicationId: string) => void>();
    renderScreen(<ExportScreen session={world.session} expertId={sample.expertId} onOpenApplication={open} />, world);

    const line = await screen.findByTestId(`gaps-${sample.applicationId}`);
    expect(line.textContent).toContain(zh('expertSession.ui.export.gapValues', { count: missingValues }));
    expect(line.textContent).toContain(zh('expertSession.ui.export.gapOpinion'));
    expect(line.textContent).not.toContain(zh('expertSession.ui.export.gapNotStarted'));
    // Folded beneath: one item per missing indicator plus the opinion.
    expect(within(line).getByText(zh('expertSession.ui.export.gapDetails', { count: expected.length }))).toBeTruthy();
    expect(line.querySelectorAll('details li')).toHaveLength(expected.length);
    fireEvent.click(within(line).getByRole('button', { name: zh('expertSession.ui.export.gapOpen') }));
    expect(open).toHaveBeenCalledWith(sample.applicationId);

    // Every other required application is one line saying it is not started, with nothing folded.
    const gaps = screen.getByTestId('export-gaps');
    const lines = within(gaps).getAllByRole('listitem').filter((item) => item.dataset.testid?.startsWith('gaps-'));
    const required = checkCompleteness(world.session.payload, sample.expertId, [partial]).required.length;
    expect(lines).toHaveLength(required);
    const others = lines.filter((item) => item !== line);
    expect(others.every((item) => item.textContent?.includes(zh('expertSession.ui.export.gapNotStarted')) && item.querySelector('details') === null)).toBe(true);
    expect(gaps.textContent).toContain(zh('expertSession.ui.export.incomplete', { finished: 0, required, applications: required }));
  });

  it('says the file is fine when only noting the export on this computer fails', async () => {
    const world = await setup();
    // A hash the database's schema refuses stands in for any failure to write the note.
    world.host.exportScores.mockResolvedValue(exported('/data/exports', 1, 'not-a-hash'));
    show(world);
    await ready();
    allowIncomplete();
    fireEvent.click(submitButton());
    await screen.findByTestId('export-done');
    expect(screen.getByTestId('export-sequence').textContent).toBe('1');
    expect(screen.getByTestId('export-record-failed').textContent).toContain('文件已导出并核验无误');
    expect(screen.queryByText(/^未能导出/)).toBeNull();
    expect((await listExports(world.db, world.session.sessionId)).records).toEqual([]);
  });
});
