// @vitest-environment happy-dom
// 评审报告: the four reports explained and ticked at first (the ticked ones are what is asked for), the folder
// defaulting under the data directory and remembered on this computer, 浏览… only where the host has dialogs,
// the signed list version the reports will carry (or why none), one progress bar captioned with the file being
// written and a way to stop, the files written with their sizes and the data fingerprint in groups of four,
// and the host's refusals with a way to the step that settles them.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { HostParams, HostProgress, HostResult } from '../../../shared/contract/host-api-spec';
import type { DraftStep } from '../../../renderer/src/office/draft-steps';
import { ReportsStep } from '../../../renderer/src/office/reports/ReportsStep';
import { memoryStorage, renderScreen } from '../app/app-harness';
import { newDatabase } from '../db/expert-db-fixture';
import { sampleDraft } from './office-fixture';
import { fakeHost, zh } from './office-harness';

const FINGERPRINT = '0123456789abcdef'.repeat(4);
const LIST_HASH = 'e'.repeat(64);
const STEPS: ReadonlySet<DraftStep> = new Set<DraftStep>(['rules', 'export', 'collect', 'decide', 'list', 'reports']);

type Answer = HostResult<'writeSessionReports'>;
type Host = ReturnType<typeof fakeHost>;

const written = (folder: string): Extract<Answer, { ok: true }> => ({
  ok: true,
  dataFingerprint: FINGERPRINT,
  list: { version: 2, hash: LIST_HASH },
  files: [
    { kind: 'reviewReport', path: `${folder}/评审报告.pdf`, bytes: 1536 },
    { kind: 'workbook', path: `${folder}/评审数据.xlsx`, bytes: 3_500_000 },
  ],
});

type Lists = HostResult<'officeSuggestionLists'>;
const listsAnswer = (version: number, matchesCurrentData: boolean): Lists => ({
  ok: true,
  currentDataFingerprint: FINGERPRINT,
  versions: [
    {
      hash: LIST_HASH,
      matchesCurrentData,
      payload: {
        sessionId: 'x',
        sessionName: 'x',
        version,
        previousHash: null,
        dataFingerprint: FINGERPRINT,
        places: 3,
        computed: [],
        adjustments: [],
        entries: [],
        dissent: [],
        note: '',
        signedAt: '2026-11-27T13:05:00Z',
        signer: { name: '省文旅厅公共服务处', fingerprint: FINGERPRINT },
      },
    },
  ],
});

interface ShowOptions {
  dialogs?: boolean;
  storage?: Storage;
  lists?: Lists | null;
}

function show(options: ShowOptions & { draft?: ReturnType<typeof sampleDraft> } = {}) {
  const host: Host = fakeHost();
  host.getHostInfo.mockResolvedValue({ version: '0.1.0', host: 'web', dataDir: '/data', dialogs: options.dialogs ?? false });
  // Without lists given the fake refuses the call, as a host that cannot tell.
  if (options.lists !== undefined && options.lists !== null) host.officeSuggestionLists.mockResolvedValue(options.lists);
  const onGoTo = vi.fn<(step: DraftStep) => void>();
  const draft = options.draft ?? sampleDraft();
  const storage = options.storage ?? memoryStorage();
  const view = renderScreen(<ReportsStep draft={draft} onGoTo={onGoTo} available={STEPS} />, { host, db: newDatabase(), storage });
  return { host, onGoTo, draft, storage, view };
}

const folderInput = (): HTMLInputElement => screen.getByLabelText(zh('officeReports.folder'));
const writeButton = (): HTMLElement => screen.getByTestId('reports-write');

describe('ReportsStep', () => {
  it('explains the four reports, all ticked, and asks for the ticked ones only', async () => {
    const { host, draft } = show();
    await waitFor(() => expect(folderInput().value).toBe(`/data/评审报告/${draft.sessionId}`));
    const kinds = screen.getByTestId('report-kinds');
    for (const [name, key] of [
      ['评审报告.pdf', 'officeReports.kind.reviewReport'],
      ['申报评审汇总.pdf', 'officeReports.kind.applicationSummaries'],
      ['专家评分表.pdf', 'officeReports.kind.expertSheets'],
      ['评审数据.xlsx', 'officeReports.kind.workbook'],
    ] as const) {
      expect(kinds.textContent).toContain(name);
      expect(kinds.textContent).toContain(zh(key));
    }
    const boxes = within(kinds).getAllByRole('checkbox');
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([true, true, true, true]);
    fireEvent.click(boxes[1] as HTMLElement);
    fireEvent.click(boxes[2] as HTMLElement);
    host.writeSessionReports.mockResolvedValue(written('/data'));
    fireEvent.click(writeButton());
    await screen.findByTestId('reports-written');
    expect(host.writeSessionReports.mock.calls[0]?.[0]).toEqual({ sessionId: draft.sessionId, folder: `/data/评审报告/${draft.sessionId}`, kinds: ['reviewReport', 'workbook'] });
  });

  it('will not write with nothing ticked, and says so', async () => {
    show();
    for (const box of within(screen.getByTestId('report-kinds')).getAllByRole('checkbox')) fireEvent.click(box);
    expect(screen.getByText(zh('officeReports.kindsRequired'))).toBeTruthy();
    expect(writeButton().hasAttribute('disabled')).toBe(true);
  });

  it('remembers the folder typed for this session on this computer, and asks for one when it is empty', async () => {
    const storage = memoryStorage();
    const first = show({ storage });
    await waitFor(() => expect(folderInput().value).not.toBe(''));
    fireEvent.change(folderInput(), { target: { value: '   ' } });
    fireEvent.click(writeButton());
    expect(screen.getByText(zh('officeReports.folderRequired'))).toBeTruthy();
    expect(first.host.writeSessionReports).not.toHaveBeenCalled();
    fireEvent.change(folderInput(), { target: { value: 'E:\\领导小组\\报告' } });
    first.host.writeSessionReports.mockResolvedValue(written('E:\\领导小组\\报告'));
    fireEvent.click(writeButton());
    await screen.findByTestId('reports-written');
    first.view.unmount();

    const again = show({ storage });
    expect(folderInput().value).toBe('E:\\领导小组\\报告');
    again.view.unmount();

    // Another session's reports have the same file names: they start in their own folder, not this one.
    const other = sampleDraft({}, 'zzz999');
    show({ storage, draft: other });
    await waitFor(() => expect(folderInput().value).toBe(`/data/评审报告/${other.sessionId}`));
  });

  it('offers 浏览… only where the host has dialogs, asking for the reports’ folder', async () => {
    show();
    await waitFor(() => expect(folderInput().value).not.toBe(''));
    expect(screen.queryByRole('button', { name: zh('expertSession.ui.export.browse') })).toBeNull();
  });

  it('browses for the folder with the reports’ purpose where the host has dialogs', async () => {
    const { host } = show({ dialogs: true });
    host.chooseFolder.mockResolvedValue({ path: '/media/U盘/报告' });
    fireEvent.click(await screen.findByRole('button', { name: zh('expertSession.ui.export.browse') }));
    await waitFor(() => expect(folderInput().value).toBe('/media/U盘/报告'));
    expect(host.chooseFolder.mock.calls[0]?.[0]).toMatchObject({ purpose: 'exportReports' });
  });

  it('shows one progress bar captioned with the file being written, then the files with sizes and the fingerprint in fours', async () => {
    const { host } = show();
    let finish: (answer: Answer) => void = () => {};
    let report: ((progress: HostProgress) => void) | undefined;
    host.writeSessionReports.mockImplementation((_params: HostParams<'writeSessionReports'>, onProgress) => {
      report = onProgress;
      return new Promise<Answer>((resolve) => {
        finish = resolve;
      });
    });
    await waitFor(() => expect(folderInput().value).not.toBe(''));
    fireEvent.click(writeButton());
    const progress = await screen.findByTestId('reports-progress');
    expect(progress.textContent).toContain(zh('officeReports.writingStart'));
    report?.({ operationId: 'op', done: 3, total: 12, label: '评审报告.pdf' });
    await waitFor(() => expect(progress.textContent).toContain(zh('officeReports.writing', { label: '评审报告.pdf' })));
    expect(progress.querySelector('.ant-progress')?.getAttribute('aria-valuenow')).toBe('25');
    expect(folderInput().disabled).toBe(true);

    finish(written('/data/out'));
    const result = await screen.findByTestId('reports-written');
    expect(screen.queryByTestId('reports-progress')).toBeNull();
    expect(result.textContent).toContain(zh('officeReports.done', { count: 2, version: 2 }));
    const rows = within(result).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual(['评审报告.pdf1.5 KB/data/out/评审报告.pdf', '评审数据.xlsx3.3 MB/data/out/评审数据.xlsx']);
    expect(screen.getByTestId('reports-fingerprint').textContent).toBe('0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567 89AB CDEF');
  });

  it('shows the host’s warning beside the written files when the audit log could not record the writing', async () => {
    const { host } = show();
    const warning = '报告已写好并核对无误，可以使用；但这次写出没能记入审计日志：磁盘已满。';
    host.writeSessionReports.mockResolvedValue({ ...written('/data/out'), warning });
    await waitFor(() => expect(folderInput().value).not.toBe(''));
    fireEvent.click(writeButton());
    await screen.findByTestId('reports-written');
    expect(screen.getByTestId('reports-warning').textContent).toBe(warning);
  });

  it('stops the writing when cancelled and says what was left', async () => {
    const { host } = show();
    let signal: AbortSignal | undefined;
    host.writeSessionReports.mockImplementation((_params, _onProgress, given) => {
      signal = given;
      return new Promise<Answer>((_resolve, reject) => given?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    });
    await waitFor(() => expect(folderInput().value).not.toBe(''));
    fireEvent.click(writeButton());
    fireEvent.click(await screen.findByTestId('reports-cancel'));
    expect(signal?.aborted).toBe(true);
    expect((await screen.findByTestId('reports-cancelled')).textContent).toContain(zh('officeReports.cancelled'));
    expect(screen.queryByTestId('reports-progress')).toBeNull();
  });

  it.each([
    ['office.reports.noSignedList', 'list'],
    ['office.reports.listOutdated', 'list'],
    ['office.list.damaged', 'list'],
    ['office.collect.noSession', 'export'],
    ['office.collect.noExports', 'collect'],
  ] as const)('shows the refusal %s in the host’s words with a way to 「%s」', async (code, step) => {
    const { host, onGoTo } = show();
    host.writeSessionReports.mockResolvedValue({ ok: false, code, messages: ['主机的说明', '细节'] });
    await waitFor(() => expect(folderInput().value).not.toBe(''));
    fireEvent.click(writeButton());
    const refused = await screen.findByTestId('reports-refused');
    expect(refused.textContent).toContain('主机的说明');
    const link = within(refused).getByRole('button', { name: zh('officeReports.goTo', { step: zh(`officeWorkspace.steps.${step}`) }) });
    fireEvent.click(link);
    expect(onGoTo).toHaveBeenCalledWith(step);
  });

  it('says a host failure in words, without a link', async () => {
    const { host } = show();
    host.writeSessionReports.mockRejectedValue(new Error('连接断开'));
    await waitFor(() => expect(folderInput().value).not.toBe(''));
    fireEvent.click(writeButton());
    expect((await screen.findByTestId('reports-failed')).textContent).toContain('连接断开');
  });

  it('names the signed list version the reports will carry', async () => {
    show({ lists: listsAnswer(2, true) });
    const note = await screen.findByTestId('reports-list-note');
    await waitFor(() => expect(note.textContent).toBe(zh('officeReports.list.carries', { version: 2, signer: '省文旅厅公共服务处', time: '2026年11月27日 21:05（北京时间）' })));
  });

  it('warns before writing when the list is not signed, or older than the scores, with a way to 建议名单', async () => {
    const { onGoTo } = show({ lists: { ok: true, currentDataFingerprint: FINGERPRINT, versions: [] } });
    await waitFor(() => expect(screen.getByTestId('reports-list-note').textContent).toContain(zh('officeReports.list.none')));
    fireEvent.click(within(screen.getByTestId('reports-list-note')).getByRole('button', { name: zh('officeReports.goTo', { step: zh('officeWorkspace.steps.list') }) }));
    expect(onGoTo).toHaveBeenCalledWith('list');
  });

  it('warns when the latest list is older than the scores', async () => {
    show({ lists: listsAnswer(3, false) });
    await waitFor(() => expect(screen.getByTestId('reports-list-note').textContent).toContain(zh('officeReports.list.outdated', { version: 3 })));
  });

  it('says the list will be checked at writing when the host cannot tell', async () => {
    const { host, draft } = show();
    await waitFor(() => expect(screen.getByTestId('reports-list-note').textContent).toBe(zh('officeReports.list.unknown')));
    expect(host.officeSuggestionLists).toHaveBeenCalledWith({ sessionId: draft.sessionId });
  });

  it('says the same when the host refuses to read the list', async () => {
    show({ lists: { ok: false, code: 'office.list.damaged', messages: ['第 2 版已损坏'] } });
    await waitFor(() => expect(screen.getByTestId('reports-list-note').textContent).toBe(zh('officeReports.list.unknown')));
  });
});
