// @vitest-environment happy-dom
// 导出评审会文件 when the file was written but the audit log could not record it: still a success (the file
// is safe to hand out), with the host's warning shown beside it rather than dropped.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ExportSessionStep } from '../../../renderer/src/office/export/ExportSessionStep';
import type { DraftStep } from '../../../renderer/src/office/draft-steps';
import { readyDemoDraft } from '../../shared/office/demo-draft';
import { identity, KEY } from '../app/app-harness';
import { newOfficeDatabase } from './office-fixture';
import { fakeHost, renderOffice, zh } from './office-harness';

describe('ExportSessionStep and the audit log', () => {
  it('shows the host’s warning next to the written file', async () => {
    const host = fakeHost();
    host.getIdentity.mockResolvedValue({ ...identity('示例省文旅厅评审办'), role: 'office' });
    const warning = zh('officeAudit.sessionFile.notLogged', { message: '审计日志已被改动。' });
    host.writeSessionFile.mockResolvedValue({
      ok: true,
      path: '/data/评审会文件/示例.rdsession',
      fileName: '示例.rdsession',
      sessionId: readyDemoDraft().sessionId,
      officeFingerprint: KEY,
      exportHash: 'e'.repeat(64),
      documents: 36,
      bytes: 4096,
      replaced: true,
      warning,
    });
    renderOffice(<ExportSessionStep draft={readyDemoDraft()} onGoTo={vi.fn()} available={new Set<DraftStep>(['export'])} />, { host, db: newOfficeDatabase() });
    fireEvent.click(await screen.findByRole('button', { name: zh('officeSession.ui.write') }));
    await screen.findByTestId('export-session-done');
    expect(screen.getByTestId('export-session-warning').textContent).toBe(warning);
    expect(screen.getByTestId('export-session-path').textContent).toBe('/data/评审会文件/示例.rdsession');
  });
});
