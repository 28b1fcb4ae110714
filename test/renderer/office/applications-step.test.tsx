// @vitest-environment happy-dom
// 申报材料: packages chosen at once are uploaded and imported with one progress bar, then one line per package
// (accepted with county, code, city and documents; refused with the host's reasons); the accepted ones join
// the draft with their necessary conditions checked (no innovation plan: excluded, with the reason); a county
// already listed is replaced only when the office says so; removing asks first; the assemble form checks its
// fields where they are typed and sends the loose files with the roles the office chose.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { HostProgress } from '../../../shared/contract/host-api-spec';
import type { PackageImportResult } from '../../../shared/contract/office-applications-spec';
import { translate, type MessageKey } from '../../../shared/i18n/translate';
import type { DocumentRole } from '../../../shared/model/document-role';
import type { DraftApplication, SessionDraft } from '../../../shared/office/session-draft';
import { ApplicationsStep } from '../../../renderer/src/office/applications/ApplicationsStep';
import { fakeHost, renderScreen } from '../app/app-harness';
import { newDatabase } from '../db/expert-db-fixture';
import { sampleDraft, sampleDraftStandard } from './office-fixture';

const zh = (key: MessageKey, params: Record<string, string | number> = {}): string => translate('zh-CN', key, params);
const P1 = '提交创新规划设计方案并经形式审查通过';

function application(countyCode: string, countyName: string, roles: readonly DocumentRole[], patch: Partial<DraftApplication> = {}): DraftApplication {
  return {
    id: `${countyCode}-2`,
    countyName,
    countyCode,
    city: '云泽市',
    poverty: false,
    batch: 2,
    missingPrerequisites: [],
    documents: roles.map((role, index) => ({ role, title: `${role}-${index}`, fileName: `${role}-${index}.pdf`, size: 100 + index, sha256: `${index}`.repeat(64).slice(0, 64) })),
    ...patch,
  };
}

const accepted = (path: string, app: DraftApplication, warnings: string[] = []): PackageImportResult => ({
  path,
  ok: true,
  applicationId: app.id,
  countyName: app.countyName,
  countyCode: app.countyCode,
  documents: app.documents.length,
  warnings,
  application: app,
});

const zip = (name: string): File => new File([new Uint8Array([0x50, 0x4b, 3, 4])], name);

/** The step with its draft kept in state, as the workspace would: what onChange gives is what it shows next. */
function Controlled({ initial, spy }: { initial: SessionDraft; spy: (applications: DraftApplication[]) => void }) {
  const [draft, setDraft] = useState(initial);
  return (
    <ApplicationsStep
      draft={draft}
      onChange={(applications) => {
        spy(applications);
        setDraft((current) => ({ ...current, applications }));
      }}
    />
  );
}

function setup(draft: SessionDraft = sampleDraft({ standard: sampleDraftStandard() })) {
  const host = fakeHost();
  let uploads = 0;
  host.upload.mockImplementation((file) => Promise.resolve({ path: `/data/uploads/${(uploads += 1)}.bin`, name: file.name, size: file.size }));
  const onChange = vi.fn<(applications: DraftApplication[]) => void>();
  renderScreen(<Controlled initial={draft} spy={onChange} />, { host, db: newDatabase() });
  return { host, onChange };
}

const choosePackages = (files: File[]): void => {
  fireEvent.change(screen.getByLabelText(zh('officeApplications.import.button')), { target: { files } });
};
const lines = (): HTMLElement[] => screen.getAllByTestId('import-line');
const progressPercent = (): string | null | undefined => document.querySelector('.ant-progress')?.getAttribute('aria-valuenow');

const QINGHE = application('990102', '清河县', ['applicationForm', 'innovationPlan', 'evidence']);
const BAISHA = application('990103', '白沙县', ['applicationForm', 'evidence'], { poverty: true });

describe('ApplicationsStep: importing packages', () => {
  it('uploads every zip, shows one progress bar while the host imports, then one line per package', async () => {
    const { host, onChange } = setup();
    let finish: (value: { results: PackageImportResult[] }) => void = () => undefined;
    let report: (progress: HostProgress) => void = () => undefined;
    host.importPackages.mockImplementation((_params, onProgress) => {
      report = onProgress ?? report;
      return new Promise((resolve) => (finish = resolve));
    });
    choosePackages([zip('清河县.zip'), zip('说明.docx'), zip('坏的.zip'), zip('白沙县.ZIP')]);

    await waitFor(() => expect(host.importPackages).toHaveBeenCalledOnce());
    // The .docx is not uploaded; the three zips go to the host in the order chosen.
    expect(host.upload.mock.calls.map(([file]) => file.name)).toEqual(['清河县.zip', '坏的.zip', '白沙县.ZIP']);
    expect(host.importPackages.mock.calls[0]?.[0]).toEqual({ paths: ['/data/uploads/1.bin', '/data/uploads/2.bin', '/data/uploads/3.bin'] });
    act(() => report({ operationId: 'op', done: 1.5, total: 3, label: '/data/uploads/2.bin' }));
    const status = screen.getByTestId('applications-progress');
    // The upload's path is shown as the file the office chose.
    expect(status.textContent).toContain(zh('officeApplications.import.importing', { label: '坏的.zip' }));
    expect(progressPercent()).toBe('75');
    expect(screen.queryByTestId('import-results')).toBeNull();

    await act(async () =>
      finish({
        results: [
          accepted('/data/uploads/1.bin', QINGHE),
          { path: '/data/uploads/2.bin', ok: false, code: 'package.zip.notZip', messages: ['这不是 zip 压缩包。', '请重新拷贝。'] },
          accepted('/data/uploads/3.bin', BAISHA, ['材料清单中没有创新规划设计方案。']),
        ],
      }),
    );
    expect(screen.queryByTestId('applications-progress')).toBeNull();
    const shown = lines();
    expect(shown).toHaveLength(4);
    expect(shown[0]?.textContent).toContain(zh('officeApplications.result.accepted', { county: '清河县', code: '990102', city: '云泽市', documents: 3 }));
    expect(shown[1]?.textContent).toContain(zh('officeApplications.import.notZip', { name: '说明.docx' }));
    expect(shown[2]?.textContent).toContain(zh('officeApplications.result.refused', { name: '坏的.zip' }));
    expect(shown[2]?.textContent).toContain('这不是 zip 压缩包。');
    expect(shown[2]?.textContent).toContain('请重新拷贝。');
    // 白沙县 has no innovation plan: imported but not scored, a warning with the reason, not a success.
    const missingReason = zh('officeApplications.result.missingReason', { id: 'P1', name: P1, role: zh('package.role.innovationPlan') });
    expect(shown[3]?.textContent).toContain(
      zh('officeApplications.result.acceptedNotScored', { county: '白沙县', code: '990103', city: '云泽市', documents: 2, reasons: missingReason }),
    );
    expect(shown[3]?.textContent).toContain('材料清单中没有创新规划设计方案。');
    expect(shown[3]?.querySelector('.ant-alert-warning')).not.toBeNull();
    expect(shown[3]?.querySelector('.ant-alert-success')).toBeNull();
    expect(shown[0]?.querySelector('.ant-alert-success')).not.toBeNull();
    // The added lines in one size: neither uses antd's description (which sets the title a size larger).
    expect(shown[0]?.querySelector('.ant-alert-with-description')).toBeNull();
    expect(shown[3]?.querySelector('.ant-alert-with-description')).toBeNull();

    // The accepted ones join the draft, 白沙县 (no innovation plan) excluded by P1.
    expect(onChange).toHaveBeenCalledOnce();
    expect(onChange.mock.calls[0]?.[0]).toEqual([QINGHE, { ...BAISHA, missingPrerequisites: ['P1'] }]);
    const table = screen.getByTestId('applications-table');
    expect(within(table).getByText('白沙县')).toBeTruthy();
    const reason = zh('officeApplications.prerequisite.missingDocument', { id: 'P1', name: P1, role: zh('package.role.innovationPlan') });
    expect(within(table).getByTestId('prerequisites-990103').textContent).toBe(reason);
    expect(within(table).queryByTestId('prerequisites-990102')).toBeNull();
    expect(within(table).getAllByText(zh('officeApplications.prerequisite.met'))).toHaveLength(1);
    // P2 cannot be seen in a package: the office is told to check it.
    expect(screen.getByTestId('prerequisites-unchecked').textContent).toContain('P2');
  });

  it('shows the upload progress over the files before the host is called', async () => {
    const { host } = setup();
    let release: () => void = () => undefined;
    host.upload.mockImplementationOnce((file) => new Promise((resolve) => (release = () => resolve({ path: '/data/uploads/a.bin', name: file.name, size: 1 }))));
    host.importPackages.mockResolvedValue({ results: [accepted('/data/uploads/a.bin', QINGHE), accepted('/data/uploads/2.bin', BAISHA)] });
    choosePackages([zip('清河县.zip'), zip('白沙县.zip')]);
    expect((await screen.findByTestId('applications-progress')).textContent).toContain(zh('officeApplications.import.uploading', { done: 1, total: 2, name: '清河县.zip' }));
    expect(progressPercent()).toBe('0');
    expect(host.importPackages).not.toHaveBeenCalled();
    await act(async () => release());
    await waitFor(() => expect(lines()).toHaveLength(2));
  });

  it('says why when the whole call fails, one line per package', async () => {
    const { host, onChange } = setup();
    host.importPackages.mockRejectedValue(new Error('连接中断'));
    choosePackages([zip('清河县.zip')]);
    await waitFor(() => expect(lines()).toHaveLength(1));
    expect(lines()[0]?.textContent).toContain(zh('officeApplications.import.failed', { message: '连接中断' }));
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('ApplicationsStep: a change while an import runs', () => {
  it('adds what arrives to the list as it is then, keeping a removal made meanwhile', async () => {
    const { host, onChange } = setup(sampleDraft({ standard: sampleDraftStandard(), applications: [QINGHE] }));
    let finish: (value: { results: PackageImportResult[] }) => void = () => undefined;
    host.importPackages.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    choosePackages([zip('白沙县.zip')]);
    await waitFor(() => expect(host.importPackages).toHaveBeenCalledOnce());
    fireEvent.click(screen.getByRole('button', { name: zh('officeApplications.remove.label', { county: '清河县', code: '990102' }) }));
    fireEvent.click(within(screen.getByTestId('remove-question')).getByRole('button', { name: zh('officeApplications.remove.yes') }));
    expect(onChange.mock.calls.at(-1)?.[0]).toEqual([]);
    await act(async () => finish({ results: [accepted('/data/uploads/1.bin', BAISHA)] }));
    expect(onChange.mock.calls.at(-1)?.[0].map((app) => app.countyCode)).toEqual(['990103']);
  });
});

describe('ApplicationsStep: a county already listed', () => {
  const listed = (): SessionDraft => sampleDraft({ standard: sampleDraftStandard(), applications: [QINGHE] });
  const again = application('990102', '清河县', ['applicationForm', 'innovationPlan', 'evidence', 'selfAssessment'], { id: '990102-3', batch: 3 });

  it('asks before replacing, and replaces it in place under its id when the office says so', async () => {
    const { host, onChange } = setup(listed());
    host.importPackages.mockResolvedValue({ results: [accepted('/data/uploads/1.bin', again)] });
    choosePackages([zip('清河县（补充）.zip')]);
    const question = await screen.findByTestId('duplicate-question');
    expect(question.textContent).toContain(zh('officeApplications.duplicate.question', { county: '清河县', code: '990102', documents: 3, newDocuments: 4 }));
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(within(question).getByRole('button', { name: zh('officeApplications.duplicate.replace') }));
    expect(onChange).toHaveBeenCalledOnce();
    // Assignments name applications by id: the listed id stays.
    expect(onChange.mock.calls[0]?.[0]).toEqual([{ ...again, id: QINGHE.id }]);
    expect(screen.queryByTestId('duplicate-question')).toBeNull();
    expect(lines()[0]?.textContent).toContain(zh('officeApplications.result.replaced', { county: '清河县', code: '990102' }));
  });

  it('keeps the listed one when the office says so', async () => {
    const { host, onChange } = setup(listed());
    host.importPackages.mockResolvedValue({ results: [accepted('/data/uploads/1.bin', again)] });
    choosePackages([zip('清河县（补充）.zip')]);
    fireEvent.click(within(await screen.findByTestId('duplicate-question')).getByRole('button', { name: zh('officeApplications.duplicate.keep') }));
    expect(onChange).not.toHaveBeenCalled();
    expect(lines()[0]?.textContent).toContain(zh('officeApplications.result.kept', { county: '清河县', code: '990102' }));
  });

  it('adds the first of two packages of one county in the same import and asks about the second', async () => {
    const { host, onChange } = setup();
    host.importPackages.mockResolvedValue({ results: [accepted('/data/uploads/1.bin', QINGHE), accepted('/data/uploads/2.bin', again)] });
    choosePackages([zip('a.zip'), zip('b.zip')]);
    await screen.findByTestId('duplicate-question');
    expect(onChange.mock.calls.at(-1)?.[0]).toEqual([QINGHE]);
    expect(screen.getAllByTestId('duplicate-question')).toHaveLength(1);
  });
});

describe('ApplicationsStep: the list', () => {
  it('removes an application only after the inline question is answered yes', () => {
    const { onChange } = setup(sampleDraft({ standard: sampleDraftStandard(), applications: [QINGHE, { ...BAISHA, missingPrerequisites: ['P1'] }] }));
    const remove = screen.getByRole('button', { name: zh('officeApplications.remove.label', { county: '清河县', code: '990102' }) });
    fireEvent.click(remove);
    const question = screen.getByTestId('remove-question');
    expect(question.textContent).toContain(zh('officeApplications.remove.question', { county: '清河县', code: '990102' }));
    fireEvent.click(within(question).getByRole('button', { name: zh('officeApplications.remove.no') }));
    expect(screen.queryByTestId('remove-question')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: zh('officeApplications.remove.label', { county: '清河县', code: '990102' }) }));
    fireEvent.click(within(screen.getByTestId('remove-question')).getByRole('button', { name: zh('officeApplications.remove.yes') }));
    expect(onChange).toHaveBeenCalledOnce();
    expect(onChange.mock.calls[0]?.[0].map((app) => app.countyCode)).toEqual(['990103']);
    expect(within(screen.getByTestId('applications-table')).queryByText('清河县')).toBeNull();
  });

  it('shows each county’s code, city, poverty flag and documents', () => {
    setup(sampleDraft({ standard: sampleDraftStandard(), applications: [{ ...BAISHA, missingPrerequisites: ['P1'] }] }));
    const row = within(screen.getByTestId('applications-table')).getByText('白沙县').closest('tr');
    expect([...(row?.querySelectorAll('th, td') ?? [])].slice(0, 5).map((cell) => cell.textContent)).toEqual(['白沙县', '990103', '云泽市', zh('officeApplications.table.yes'), '2']);
  });

  it('brings stored prerequisites in step with the standard when shown', () => {
    const { onChange } = setup(sampleDraft({ standard: sampleDraftStandard(), applications: [QINGHE, BAISHA] }));
    expect(onChange).toHaveBeenCalledOnce();
    expect(onChange.mock.calls[0]?.[0].map((app) => app.missingPrerequisites)).toEqual([[], ['P1']]);
  });

  it('waits for a standard before checking, and says so', () => {
    const { onChange } = setup(sampleDraft({ applications: [BAISHA] }));
    expect(screen.getByText(zh('officeApplications.prerequisite.noStandard'))).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('ApplicationsStep: assembling from loose files', () => {
  const field = (key: MessageKey): HTMLElement => screen.getByLabelText(zh(key));
  const type = (key: MessageKey, value: string): void => void fireEvent.change(field(key), { target: { value } });
  const submit = (): void => void fireEvent.click(screen.getByRole('button', { name: zh('officeApplications.assemble.submit') }));
  const chooseLoose = (files: File[]): void => void fireEvent.change(screen.getByLabelText(zh('officeApplications.assemble.chooseFiles')), { target: { files } });
  const messageOf = (key: MessageKey): string | null => document.getElementById(`${field(key).id}-error`)?.textContent ?? null;

  it('checks every field when submitted, then as they change, and sends nothing until they are right', () => {
    const { host } = setup();
    // The session's batch is the first value.
    expect((field('officeApplications.assemble.batch') as HTMLInputElement).value).toBe('2');
    submit();
    expect(messageOf('officeApplications.assemble.countyName')).toBe(zh('officeApplications.field.required', { field: zh('officeApplications.assemble.countyName') }));
    expect(messageOf('officeApplications.assemble.countyCode')).toBe(zh('officeApplications.field.required', { field: zh('officeApplications.assemble.countyCode') }));
    expect(messageOf('officeApplications.assemble.city')).toBe(zh('officeApplications.field.required', { field: zh('officeApplications.assemble.city') }));
    expect(messageOf('officeApplications.assemble.batch')).toBeNull();
    expect(within(screen.getByTestId('assemble-form')).getByText(zh('officeApplications.assemble.noFiles'))).toBeTruthy();

    type('officeApplications.assemble.countyCode', '99010');
    expect(messageOf('officeApplications.assemble.countyCode')).toBe(zh('officeApplications.field.code'));
    type('officeApplications.assemble.countyCode', '990109');
    expect(messageOf('officeApplications.assemble.countyCode')).toBeNull();
    type('officeApplications.assemble.batch', '0');
    expect(messageOf('officeApplications.assemble.batch')).toBe(zh('officeApplications.field.batch'));
    expect(field('officeApplications.assemble.batch').getAttribute('aria-invalid')).toBe('true');
    expect(host.upload).not.toHaveBeenCalled();
    expect(host.assembleFromUploads).not.toHaveBeenCalled();
  });

  it('guesses each file’s role from its name, lets the office change it, and imports the assembled package', async () => {
    const { host, onChange } = setup();
    const made = application('990109', '青石县', ['innovationPlan', 'selfAssessment'], { city: '云泽市', poverty: true });
    host.assembleFromUploads.mockResolvedValue(accepted('990109-青石县.zip', made));
    chooseLoose([zip('照片.jpg')]);
    expect(screen.getByTestId('assemble-no-plan')).toBeTruthy();
    chooseLoose([zip('青石县创新规划设计方案.pdf'), zip('照片.jpg')]);
    // The same name twice is not added again.
    expect(screen.getByText(zh('officeApplications.assemble.duplicateName', { name: '照片.jpg' }))).toBeTruthy();
    const planRole = screen.getByLabelText(zh('officeApplications.assemble.fileRole', { name: '青石县创新规划设计方案.pdf' })) as HTMLSelectElement;
    expect(planRole.value).toBe('innovationPlan');
    expect(screen.queryByTestId('assemble-no-plan')).toBeNull();
    const photoRole = screen.getByLabelText(zh('officeApplications.assemble.fileRole', { name: '照片.jpg' })) as HTMLSelectElement;
    expect(photoRole.value).toBe('evidence');
    fireEvent.change(photoRole, { target: { value: 'selfAssessment' } });

    type('officeApplications.assemble.countyName', ' 青石县 ');
    type('officeApplications.assemble.countyCode', '990109');
    type('officeApplications.assemble.city', '云泽市');
    fireEvent.click(screen.getByLabelText(zh('officeApplications.assemble.poverty')));
    submit();

    await waitFor(() => expect(host.assembleFromUploads).toHaveBeenCalledOnce());
    expect(host.upload.mock.calls.map(([file]) => file.name)).toEqual(['照片.jpg', '青石县创新规划设计方案.pdf']);
    expect(host.assembleFromUploads.mock.calls[0]?.[0]).toEqual({
      files: [
        { path: '/data/uploads/1.bin', fileName: '照片.jpg', role: 'selfAssessment' },
        { path: '/data/uploads/2.bin', fileName: '青石县创新规划设计方案.pdf', role: 'innovationPlan' },
      ],
      metadata: { countyName: '青石县', countyCode: '990109', city: '云泽市', poverty: true, batch: 2 },
    });
    await waitFor(() => expect(onChange).toHaveBeenCalledOnce());
    expect(onChange.mock.calls[0]?.[0]).toEqual([made]);
    expect(lines()[0]?.textContent).toContain(zh('officeApplications.result.accepted', { county: '青石县', code: '990109', city: '云泽市', documents: 2 }));
    // Emptied for the next county.
    expect((field('officeApplications.assemble.countyName') as HTMLInputElement).value).toBe('');
    expect(screen.queryByTestId('loose-files')).toBeNull();
  });

  it('keeps what was typed and shows the host’s reasons when the package is refused', async () => {
    const { host, onChange } = setup();
    host.assembleFromUploads.mockResolvedValue({ path: '990109-青石县.zip', ok: false, code: 'package.manifest.schema.badFormat', messages: ['材料清单 documents/0/path：格式不对。'] });
    chooseLoose([zip('方案.pdf')]);
    type('officeApplications.assemble.countyName', '青石县');
    type('officeApplications.assemble.countyCode', '990109');
    type('officeApplications.assemble.city', '云泽市');
    submit();
    await waitFor(() => expect(lines()).toHaveLength(1));
    expect(lines()[0]?.textContent).toContain(zh('officeApplications.result.refused', { name: zh('officeApplications.assemble.lineName', { county: '青石县', code: '990109' }) }));
    expect(lines()[0]?.textContent).toContain('材料清单 documents/0/path：格式不对。');
    expect(onChange).not.toHaveBeenCalled();
    expect((field('officeApplications.assemble.countyName') as HTMLInputElement).value).toBe('青石县');
    expect(screen.getByTestId('loose-files')).toBeTruthy();
  });
});
