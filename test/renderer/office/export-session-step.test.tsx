// @vitest-environment happy-dom
// 导出评审会文件: the host's own checks shown before trying, each with a way to the step that settles it; the
// write sends the draft and the folder, and the verified file's path and office fingerprint are shown; a
// refusal is shown, and an empty folder is refused where it is typed.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { ExportSessionStep } from '../../../renderer/src/office/export/ExportSessionStep';
import type { DraftStep } from '../../../renderer/src/office/draft-steps';
import { readyDemoDraft } from '../../shared/office/demo-draft';
import { identity, KEY } from '../app/app-harness';
import { sampleDraft, newOfficeDatabase } from './office-fixture';
import { fakeHost, renderOffice, zh } from './office-harness';

const ALL_STEPS: ReadonlySet<DraftStep> = new Set<DraftStep>(['basics', 'standard', 'rules', 'applications', 'panel', 'export']);

function officeHost() {
  const host = fakeHost();
  host.getIdentity.mockResolvedValue({ ...identity('示例省文旅厅评审办'), role: 'office' });
  return host;
}

const written = (path: string): HostResult<'writeSessionFile'> => ({
  ok: true,
  path,
  fileName: '示例省第二批创建资格评审.rdsession',
  sessionId: readyDemoDraft().sessionId,
  officeFingerprint: KEY,
  exportHash: 'e'.repeat(64),
  documents: 36,
  bytes: 4096,
  replaced: false,
});

const writeButton = (): HTMLButtonElement => screen.getByRole<HTMLButtonElement>('button', { name: zh('officeSession.ui.write') });

describe('ExportSessionStep', () => {
  it('lists what is missing with a way to each step, and cannot write yet', async () => {
    const onGoTo = vi.fn<(step: DraftStep) => void>();
    renderOffice(<ExportSessionStep draft={sampleDraft()} onGoTo={onGoTo} available={ALL_STEPS} />, { host: officeHost(), db: newOfficeDatabase() });
    const problems = await screen.findByTestId('export-session-problems');
    expect(problems.textContent).toContain(zh('officeSession.draft.noStandard'));
    expect(problems.textContent).toContain(zh('officeSession.draft.noApplications'));
    expect(writeButton().disabled).toBe(true);
    fireEvent.click(within(problems).getByRole('button', { name: zh('officeSession.ui.goTo', { step: zh('officeWorkspace.steps.standard') }) }));
    expect(onGoTo).toHaveBeenCalledWith('standard');
  });

  it('offers no way to a step this build does not have', async () => {
    renderOffice(<ExportSessionStep draft={sampleDraft()} onGoTo={vi.fn()} available={new Set<DraftStep>(['standard'])} />, { host: officeHost(), db: newOfficeDatabase() });
    const problems = await screen.findByTestId('export-session-problems');
    expect(within(problems).queryByRole('button', { name: zh('officeSession.ui.goTo', { step: zh('officeWorkspace.steps.applications') }) })).toBeNull();
  });

  it('writes a complete draft to the folder and shows the file and the office fingerprint to read out', async () => {
    const host = officeHost();
    host.writeSessionFile.mockResolvedValue(written('/data/评审会文件/示例省第二批创建资格评审.rdsession'));
    const draft = readyDemoDraft();
    renderOffice(<ExportSessionStep draft={draft} onGoTo={vi.fn()} available={ALL_STEPS} />, { host, db: newOfficeDatabase() });
    await screen.findByText(zh('officeSession.ui.ready', { applications: draft.applications.length, experts: draft.roster.length }));
    const folder = screen.getByLabelText<HTMLInputElement>(zh('officeSession.ui.folder'));
    await waitFor(() => expect(folder.value).toBe('/data/评审会文件'));
    fireEvent.click(writeButton());
    const done = await screen.findByTestId('export-session-done');
    expect(host.writeSessionFile).toHaveBeenCalledTimes(1);
    expect(host.writeSessionFile.mock.calls[0]?.[0]).toEqual({ draft, folder: '/data/评审会文件' });
    expect(within(done).getByTestId('export-session-path').textContent).toBe('/data/评审会文件/示例省第二批创建资格评审.rdsession');
    expect(within(done).getByTestId('export-session-fingerprint').getAttribute('aria-label')).toBe(groupedFingerprint(KEY));
    expect(done.textContent).toContain(zh('officeSession.ui.done', { documents: 36 }));
  });

  it('shows the host’s refusal, and refuses an empty folder without calling the host', async () => {
    const host = officeHost();
    host.writeSessionFile.mockResolvedValue({ ok: false, code: 'officeSession.write.standardChanged', messages: ['评审会已按原来的创建标准发给专家。'] });
    renderOffice(<ExportSessionStep draft={readyDemoDraft()} onGoTo={vi.fn()} available={ALL_STEPS} />, { host, db: newOfficeDatabase() });
    const folder = await screen.findByLabelText<HTMLInputElement>(zh('officeSession.ui.folder'));
    await waitFor(() => expect(folder.value).not.toBe(''));
    fireEvent.change(folder, { target: { value: '  ' } });
    fireEvent.click(writeButton());
    expect(await screen.findByText(zh('officeSession.ui.folderRequired'))).toBeTruthy();
    expect(host.writeSessionFile).not.toHaveBeenCalled();

    fireEvent.change(folder, { target: { value: '/media/U盘' } });
    fireEvent.click(writeButton());
    const refused = await screen.findByTestId('export-session-refused');
    expect(refused.textContent).toContain('评审会已按原来的创建标准发给专家。');
    expect(host.writeSessionFile.mock.calls[0]?.[0].folder).toBe('/media/U盘');
  });
});
