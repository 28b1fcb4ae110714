// @vitest-environment happy-dom
// 收集专家评分: before the session file is exported the step says so and offers nothing to import; files of
// another kind are refused by name without being uploaded; the rest are uploaded and imported in one call,
// and every line comes back under the name the office dropped (the host answers by upload path, in any
// order) with its outcome and the host's sentence, and a summary; a file with an unknown key is imported
// again with the expert's key as typed; a sync folder is scanned by path and remembered; the matrix and
// the owes list show the host's overview, read again after every import.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HostProgress, HostResult } from '../../../shared/contract/host-api-spec';
import type { CollectOutcome } from '../../../shared/contract/office-collect-spec';
import { CollectStep } from '../../../renderer/src/office/collect/CollectStep';
import { memoryStorage, renderScreen } from '../app/app-harness';
import { newDatabase } from '../db/expert-db-fixture';
import { AT, newOfficeDatabase, sampleDraft } from './office-fixture';
import { fakeHost, renderOffice, zh } from './office-harness';

type Overview = Extract<HostResult<'officeSessionOverview'>, { ok: true }>;
type ImportResult = Extract<HostResult<'importScores'>, { ok: true }>;
type HostFile = ImportResult['files'][number];

const DRAFT = sampleDraft();
const LI_KEY = '0123456789abcdef'.repeat(4);

const person = (expertId: string, name: string, keyFingerprint: string | null) => ({ expertId, name, organisation: '云泽大学', title: '教授', city: '云泽市', keyFingerprint });
const county = (id: string, countyName: string, excludedByOffice = false) => ({ id, countyName, countyCode: id, city: '云泽市', poverty: false, excludedByOffice });

function overview(patch: Partial<Overview['matrix']> = {}): Overview {
  return {
    ok: true,
    session: {
      sessionId: DRAFT.sessionId,
      name: '第2批示范县资格评审',
      stage: 'qualification',
      batch: 2,
      createdAt: AT,
      officeFingerprint: 'a'.repeat(64),
      standardTitle: '示例创建标准',
      standardFingerprint: 'b'.repeat(64),
      hasQuota: true,
    },
    roster: [person('E01', '张三', 'c'.repeat(64)), person('E02', '李四', null), person('E03', '王五', 'e'.repeat(64))],
    applications: [county('990102', '清河县'), county('990103', '白沙县'), county('990104', '石门县', true)],
    matrix: {
      applicationIds: ['990102', '990103', '990104'],
      rows: [
        { expertId: 'E01', cells: ['scored', 'recused', 'excludedByOffice'], owes: [] },
        { expertId: 'E02', cells: ['missing', 'missing', 'excludedByOffice'], owes: ['990102', '990103'] },
        { expertId: 'E03', cells: ['missing', 'notAssigned', 'excludedByOffice'], owes: ['990102'] },
      ],
      latestExports: [
        { expertId: 'E01', sequence: 3, exportHash: '1'.repeat(64), signerFingerprint: 'c'.repeat(64), createdAt: AT, importedAt: AT, sheets: 2 },
        { expertId: 'E03', sequence: 1, exportHash: '2'.repeat(64), signerFingerprint: 'e'.repeat(64), createdAt: AT, importedAt: null, sheets: 0 },
      ],
      complete: false,
      ...patch,
    },
  };
}

const scores = (name: string): File => new File([new Uint8Array([1, 2, 3])], name);

const line = (path: string, outcome: CollectOutcome, message: string, extra: Partial<HostFile> = {}): HostFile => ({
  path,
  fileName: path.split('/').pop() ?? path,
  outcome,
  message,
  ...extra,
});

function imported(files: HostFile[]): ImportResult {
  const counts = { accepted: 0, duplicate: 0, replay: 0, fork: 0, unknownKey: 0, wrongSession: 0, wrongStandard: 0, wrongExpert: 0, tampered: 0, unreadable: 0, wrongFormat: 0, newerFormat: 0, encryptedForSomeoneElse: 0, alreadyHeld: 0 };
  for (const file of files) counts[file.outcome] += 1;
  return { ok: true, files, summary: { total: files.length, counts, refused: 0, message: '' } };
}

function setup(shown: Overview = overview(), options: { storage?: Storage } = {}) {
  const host = fakeHost();
  let uploads = 0;
  host.upload.mockImplementation((file) => Promise.resolve({ path: `/data/uploads/u${(uploads += 1)}`, name: file.name, size: file.size }));
  host.officeSessionOverview.mockResolvedValue(shown);
  if (options.storage) renderScreen(<CollectStep draft={DRAFT} />, { host, db: newDatabase(), storage: options.storage });
  else renderOffice(<CollectStep draft={DRAFT} />, { host, db: newOfficeDatabase() });
  return host;
}

const drop = async (files: File[]): Promise<void> => {
  fireEvent.change(await screen.findByLabelText(zh('officeCollect.import.button')), { target: { files } });
};
const lines = (): HTMLElement[] => screen.getAllByTestId('collect-line');
const lineNamed = (name: string): HTMLElement => {
  const found = lines().find((item) => within(item).getByTestId('collect-line-name').textContent === name);
  if (!found) throw new Error(`no line for ${name}`);
  return found;
};

describe('CollectStep', () => {
  it('says plainly that scores are collected once the session file is exported, and offers no import', async () => {
    const host = fakeHost();
    host.officeSessionOverview.mockResolvedValue({ ok: false, code: 'office.collect.noSession', messages: ['找不到评审会的会话文件'] });
    renderOffice(<CollectStep draft={DRAFT} />, { host, db: newOfficeDatabase() });
    const notice = await screen.findByTestId('collect-not-exported');
    expect(notice.textContent).toContain('评审会文件导出后才能收集评分');
    expect(host.officeSessionOverview).toHaveBeenCalledWith({ sessionId: DRAFT.sessionId });
    expect(screen.queryByLabelText(zh('officeCollect.import.button'))).toBeNull();
    expect(screen.queryByTestId('progress-matrix')).toBeNull();
  });

  it('shows another refusal of the overview as an error with the host’s words', async () => {
    const host = fakeHost();
    host.officeSessionOverview.mockResolvedValue({ ok: false, code: 'report.notOurSession', messages: ['评审会文件不是本机的办公室密钥签发的'] });
    renderOffice(<CollectStep draft={DRAFT} />, { host, db: newOfficeDatabase() });
    const refused = await screen.findByTestId('collect-overview-refused');
    expect(refused.textContent).toContain('评审会文件不是本机的办公室密钥签发的');
    expect(screen.queryByTestId('collect-not-exported')).toBeNull();
  });

  it('refuses a file that is not .rdscores by name, without uploading or importing it', async () => {
    const host = setup();
    await drop([scores('评分说明.pdf')]);
    await waitFor(() => expect(lines()).toHaveLength(1));
    expect(lines()[0]?.dataset['outcome']).toBe('notScores');
    expect(lines()[0]?.textContent).toContain(zh('officeCollect.import.notScores', { name: '评分说明.pdf' }));
    expect(host.upload).not.toHaveBeenCalled();
    expect(host.importScores).not.toHaveBeenCalled();
  });

  it('uploads the scores files, imports them in one call, and shows one line per file under its dropped name, with a summary', async () => {
    const host = setup();
    // Answered in another order than given: the page must match by path, not by position.
    host.importScores.mockImplementation(({ paths }) =>
      Promise.resolve(
        imported([
          line(paths[4] ?? '', 'tampered', '被改动过：签名不符'),
          line(paths[3] ?? '', 'fork', '冲突：与已导入的第2次导出内容不同', { expertId: 'E01', sequence: 2 }),
          line(paths[2] ?? '', 'replay', '旧文件：已提交更新的第3次导出', { expertId: 'E01', sequence: 1 }),
          line(paths[1] ?? '', 'duplicate', '重复：此文件此前已导入', { expertId: 'E03', sequence: 1 }),
          line(paths[0] ?? '', 'accepted', '已导入张三的第3次导出', { expertId: 'E01', sequence: 3 }),
          line(paths[5] ?? '', 'wrongSession', '不是本次评审的文件'),
        ]),
      ),
    );
    const names = ['张三-3.rdscores', '王五-1.rdscores', '张三-1.rdscores', '张三-2b.rdscores', '改过.rdscores', '别的会.RDSCORES', '备注.txt'];
    await drop(names.map(scores));
    await waitFor(() => expect(lines()).toHaveLength(7));

    expect(host.upload).toHaveBeenCalledTimes(6);
    expect(host.importScores).toHaveBeenCalledTimes(1);
    expect(host.importScores.mock.calls[0]?.[0]).toEqual({ sessionId: DRAFT.sessionId, paths: ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'].map((u) => `/data/uploads/${u}`), enrol: [] });
    expect(screen.getAllByTestId('collect-line-name').map((el) => el.textContent)).toEqual(names);
    expect(lines().map((el) => el.dataset['outcome'])).toEqual(['accepted', 'duplicate', 'replay', 'fork', 'tampered', 'wrongSession', 'notScores']);

    const accepted = lineNamed('张三-3.rdscores');
    expect(accepted.textContent).toContain(zh('officeCollect.outcome.accepted'));
    expect(accepted.textContent).toContain('已导入张三的第3次导出');
    expect(accepted.textContent).toContain('张三');
    expect(accepted.textContent).toContain(zh('officeCollect.result.sequence', { sequence: 3 }));
    expect(lineNamed('张三-2b.rdscores').textContent).toContain('冲突：与已导入的第2次导出内容不同');
    expect(lineNamed('改过.rdscores').textContent).toContain(zh('officeCollect.outcome.tampered'));

    const summary = screen.getByTestId('collect-summary').textContent;
    expect(summary).toContain(zh('officeCollect.result.summary', { total: 7, accepted: 1, held: 0, duplicate: 1, refused: 5 }));
    expect(summary).toContain('旧文件 1，冲突 1，被改动过 1，不是本次评审 1，不是评分文件 1');
    // The matrix is read again once the import is done.
    await waitFor(() => expect(host.officeSessionOverview).toHaveBeenCalledTimes(2));
  });

  it('shows one progress bar captioned with the dropped names, not the upload paths', async () => {
    const host = setup();
    let report: ((progress: HostProgress) => void) | undefined;
    let answer: ((result: ImportResult) => void) | undefined;
    host.importScores.mockImplementation((_params, onProgress) => {
      report = onProgress;
      return new Promise((resolve) => (answer = resolve));
    });
    await drop([scores('李四.rdscores')]);
    await waitFor(() => expect(report).toBeDefined());
    act(() => report?.({ operationId: 'op-1', done: 0, total: 1, label: 'u1' }));
    const progress = screen.getByTestId('collect-progress');
    expect(progress.textContent).toContain(zh('officeCollect.import.importing', { label: '李四.rdscores' }));
    expect(progress.querySelector('.ant-progress')?.getAttribute('aria-valuenow')).toBe('50');
    expect(screen.getByLabelText(zh('officeCollect.import.button'))).toHaveProperty('disabled', true);
    act(() => answer?.(imported([line('/data/uploads/u1', 'accepted', '已导入')])));
    await waitFor(() => expect(screen.queryByTestId('collect-progress')).toBeNull());
    expect(lines()).toHaveLength(1);
  });

  it('enrols the key the expert reads out and imports that file again with it', async () => {
    const host = setup();
    host.importScores
      .mockImplementationOnce(({ paths }) =>
        Promise.resolve(
          imported([
            line(paths[0] ?? '', 'unknownKey', '未登记的密钥：此文件自称是李四的评分', { expertId: 'E02', sequence: 1 }),
            line(paths[1] ?? '', 'accepted', '已导入张三的第4次导出', { expertId: 'E01', sequence: 4 }),
          ]),
        ),
      )
      .mockImplementationOnce(({ paths }) => Promise.resolve(imported([line(paths[0] ?? '', 'accepted', '已导入李四的第1次导出', { expertId: 'E02', sequence: 1 })])));
    const li = scores('李四.rdscores');
    await drop([li, scores('张三.rdscores')]);
    await waitFor(() => expect(lines()).toHaveLength(2));

    fireEvent.click(within(lineNamed('李四.rdscores')).getByRole('button', { name: zh('officeCollect.enrol.open') }));
    const form = screen.getByTestId('enrol-form');
    expect(within(form).getByLabelText<HTMLSelectElement>(zh('officeCollect.enrol.expert')).value).toBe('E02');
    const typed = within(form).getByLabelText(zh('officeCollect.enrol.fingerprint'));
    fireEvent.change(typed, { target: { value: '0123 4567 89AB' } });
    fireEvent.click(within(form).getByRole('button', { name: zh('officeCollect.enrol.submit') }));
    expect(within(form).getByRole('alert').textContent).toContain(zh('officeCollect.enrol.fingerprintInvalid'));
    expect(host.importScores).toHaveBeenCalledTimes(1);

    fireEvent.change(typed, { target: { value: LI_KEY.toUpperCase().match(/.{4}/g)?.join(' ') ?? '' } });
    expect(screen.getByTestId('enrol-read-back').textContent).toContain('0123 4567 89AB CDEF 0123');
    fireEvent.click(within(form).getByRole('button', { name: zh('officeCollect.enrol.submit') }));

    await waitFor(() => expect(host.importScores).toHaveBeenCalledTimes(2));
    // The upload was removed by the host after the first import: the dropped file goes up again.
    expect(host.upload).toHaveBeenCalledTimes(3);
    expect(host.upload.mock.calls[2]?.[0]).toBe(li);
    expect(host.importScores.mock.calls[1]?.[0]).toEqual({ sessionId: DRAFT.sessionId, paths: ['/data/uploads/u3'], enrol: [{ expertId: 'E02', fingerprint: LI_KEY }] });
    await waitFor(() => expect(lineNamed('李四.rdscores').dataset['outcome']).toBe('accepted'));
    expect(lineNamed('李四.rdscores').textContent).toContain('已导入李四的第1次导出');
    expect(lineNamed('张三.rdscores').dataset['outcome']).toBe('accepted');
    expect(screen.queryByTestId('enrol-form')).toBeNull();
    expect(screen.getByTestId('collect-summary').textContent).toContain(zh('officeCollect.result.summary', { total: 2, accepted: 2, held: 0, duplicate: 0, refused: 0 }));
  });

  it('says so when the key enrolled is still not the one that signed the file, and shows a refused enrolment in the form', async () => {
    const host = setup();
    host.importScores
      .mockImplementationOnce(({ paths }) => Promise.resolve(imported([line(paths[0] ?? '', 'unknownKey', '未登记的密钥', { expertId: 'E02' })])))
      .mockResolvedValueOnce({ ok: false, code: 'office.collect.enrolKeyShared', messages: ['同一个密钥被登记给了不止一位专家（E01、E02）'] })
      .mockImplementationOnce(({ paths }) => Promise.resolve(imported([line(paths[0] ?? '', 'unknownKey', '未登记的密钥', { expertId: 'E02' })])));
    await drop([scores('李四.rdscores')]);
    await waitFor(() => expect(lines()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: zh('officeCollect.enrol.open') }));
    fireEvent.change(screen.getByLabelText(zh('officeCollect.enrol.fingerprint')), { target: { value: LI_KEY } });
    fireEvent.click(screen.getByRole('button', { name: zh('officeCollect.enrol.submit') }));
    expect((await screen.findByTestId('enrol-refused')).textContent).toContain('同一个密钥被登记给了不止一位专家');
    expect(lines()[0]?.dataset['outcome']).toBe('unknownKey');

    // Found by its text and clicked once antd has let go of its loading state (its icon's exit animation, which
    // never ends here, keeps "loading" in the button's accessible name).
    const submit = screen.getByText(zh('officeCollect.enrol.submit')).closest('button');
    if (!submit) throw new Error('no submit button');
    await waitFor(() => expect(submit.className).not.toContain('ant-btn-loading'));
    fireEvent.click(submit);
    expect(await screen.findByTestId('enrol-still-unknown')).toBeTruthy();
    expect(host.importScores).toHaveBeenCalledTimes(3);
  });

  it('scans the sync folder by path, names lines as the files sit there, and remembers the folder', async () => {
    const storage = memoryStorage();
    const host = setup(overview(), { storage });
    host.importScores.mockResolvedValue(
      imported([line('/mnt/u盘/评分/张三-3.rdscores', 'alreadyHeld', '此前已导入'), line('/mnt/u盘/评分/王五-2.rdscores', 'accepted', '已导入王五的第2次导出', { expertId: 'E03', sequence: 2 })]),
    );
    fireEvent.click(await screen.findByRole('button', { name: zh('officeCollect.import.scan') }));
    expect(screen.getByRole('alert').textContent).toBe(zh('officeCollect.import.folderRequired'));
    expect(host.importScores).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(zh('officeCollect.import.folder')), { target: { value: ' /mnt/u盘/评分 ' } });
    fireEvent.click(screen.getByRole('button', { name: zh('officeCollect.import.scan') }));
    await waitFor(() => expect(lines()).toHaveLength(2));
    expect(host.importScores.mock.calls[0]?.[0]).toEqual({ sessionId: DRAFT.sessionId, paths: ['/mnt/u盘/评分'], enrol: [] });
    expect(host.upload).not.toHaveBeenCalled();
    expect(screen.getAllByTestId('collect-line-name').map((el) => el.textContent)).toEqual(['张三-3.rdscores', '王五-2.rdscores']);
    expect(screen.getByTestId('collect-summary').textContent).toContain(zh('officeCollect.result.summary', { total: 2, accepted: 1, held: 1, duplicate: 0, refused: 0 }));
    expect(storage.getItem('review-desk.office.scoresFolder')).toBe('/mnt/u盘/评分');
  });

  it('shows a refusal of the whole import with the host’s words, each file still to import', async () => {
    const host = setup();
    host.importScores.mockResolvedValue({ ok: false, code: 'report.needOfficeKey', messages: ['本机没有评审办公室密钥'] });
    await drop([scores('张三.rdscores')]);
    expect((await screen.findByTestId('collect-refused')).textContent).toContain('本机没有评审办公室密钥');
    expect(lines()[0]?.dataset['outcome']).toBe('failed');
  });

  it('shows the matrix of experts × applications and who still owes what', async () => {
    setup();
    const matrix = await screen.findByTestId('progress-matrix');
    const cell = (expertId: string, applicationId: string): HTMLElement => within(matrix).getByTestId(`cell-${expertId}-${applicationId}`);
    expect(cell('E01', '990102').dataset['cell']).toBe('scored');
    expect(cell('E01', '990102').textContent).toContain(zh('officeCollect.cell.scored'));
    expect(cell('E01', '990103').textContent).toContain(zh('officeCollect.cell.recused'));
    expect(cell('E02', '990102').textContent).toContain(zh('officeCollect.cell.missing'));
    expect(cell('E03', '990103').textContent).toContain(zh('officeCollect.cell.notAssigned'));
    expect(cell('E03', '990104').textContent).toContain(zh('officeCollect.cell.excludedByOffice'));
    expect(cell('E02', '990103').getAttribute('aria-label')).toBe('李四，白沙县：未评');
    expect(within(matrix).getAllByText('清河县').length).toBeGreaterThan(0);

    const zhang = within(matrix).getByTestId('expert-E01').textContent ?? '';
    expect(zhang).toContain('张三');
    expect(zhang).toContain('CCCC CCCC…');
    expect(zhang).toMatch(/第 3 次导出 · /);
    const li = within(matrix).getByTestId('expert-E02').textContent ?? '';
    expect(li).toContain(zh('officeCollect.progress.noKey'));
    expect(li).toContain(zh('officeCollect.progress.nothingYet'));
    // An expert enrolled at import has no key in the session file: the key that signed the export is shown.
    expect(within(matrix).getByTestId('expert-E03').textContent).toContain('EEEE EEEE…');

    expect(screen.getByTestId('collect-counts').textContent).toBe(zh('officeCollect.progress.counts', { done: 1, experts: 3, scored: 1, recused: 1, missing: 3 }));
    expect(screen.getAllByTestId('owes-line').map((el) => el.textContent)).toEqual(['李四：还差 2 份：清河县、白沙县（尚未交过评分）', '王五：还差 1 份：清河县']);
  });

  it('names the session and its standard once bracketed, dates as 11月27日 18:00, and one word (已导入) for an accepted file', async () => {
    // A sample standard's title begins with its own bracket: the line must not wrap it in another.
    const shown = overview();
    setup({ ...shown, session: { ...shown.session, standardTitle: '（示例）某省示范县（区）创建标准（评分细则）' } });
    const line = (await screen.findByTestId('collect-session')).textContent ?? '';
    expect(line).toContain('第2批示范县资格评审，创建标准“（示例）某省示范县（区）创建标准（评分细则）”');
    expect(line).not.toContain('（（');
    const at = new Date(AT);
    const pad = (part: number): string => String(part).padStart(2, '0');
    const date = `${at.getMonth() + 1}月${at.getDate()}日 ${pad(at.getHours())}:${pad(at.getMinutes())}`;
    expect(line).toContain(`按 ${date} 导出`);
    expect(screen.getByTestId('expert-E01').textContent).toContain(`第 3 次导出 · ${date}`);
    // The tag and the host's own sentence for an accepted file say the same word.
    expect(zh('officeCollect.outcome.accepted')).toBe('已导入');
    expect(zh('office.accepted', { expert: '张三', sequence: 3, sheets: 2 }).startsWith(zh('officeCollect.outcome.accepted'))).toBe(true);
    expect(zh('officeCollect.result.summary', { total: 2, accepted: 1, held: 1, duplicate: 0, refused: 0 })).not.toContain('接收');
  });

  it('says when the draft changed after the session file was exported, and not before', async () => {
    const host = fakeHost();
    host.officeSessionOverview.mockResolvedValue(overview());
    const later = { ...DRAFT, updatedAt: '2026-11-28T09:30:00.000Z' };
    const view = renderOffice(<CollectStep draft={later} />, { host, db: newOfficeDatabase() });
    expect((await screen.findByTestId('collect-changed-since')).textContent).toContain('评审会文件导出后，草稿又改动过');
    view.unmount();
    renderOffice(<CollectStep draft={{ ...DRAFT, updatedAt: AT }} />, { host, db: newOfficeDatabase() });
    await screen.findByTestId('progress-matrix');
    expect(screen.queryByTestId('collect-changed-since')).toBeNull();
  });

  it('says when nobody owes anything', async () => {
    setup(
      overview({
        rows: [
          { expertId: 'E01', cells: ['scored', 'recused', 'excludedByOffice'], owes: [] },
          { expertId: 'E02', cells: ['scored', 'scored', 'excludedByOffice'], owes: [] },
          { expertId: 'E03', cells: ['scored', 'notAssigned', 'excludedByOffice'], owes: [] },
        ],
        complete: true,
      }),
    );
    expect((await screen.findByTestId('owes-none')).textContent).toBe(zh('officeCollect.owes.none'));
    expect(screen.queryAllByTestId('owes-line')).toHaveLength(0);
  });
});
