// @vitest-environment happy-dom
// 评审报告 for a stage that grades each county (a mid-term draft without a quota): no suggestion list is read
// or asked for; the step says the reports state each county's score and grade, writes them, and says what was
// written without a list version.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import type { DraftStep } from '../../../renderer/src/office/draft-steps';
import { ReportsStep } from '../../../renderer/src/office/reports/ReportsStep';
import { memoryStorage, renderScreen } from '../app/app-harness';
import { newDatabase } from '../db/expert-db-fixture';
import { sampleDraft } from './office-fixture';
import { fakeHost, zh } from './office-harness';

const STEPS: ReadonlySet<DraftStep> = new Set<DraftStep>(['rules', 'export', 'collect', 'decide', 'list', 'reports']);
const FINGERPRINT = '0123456789abcdef'.repeat(4);

function show() {
  const host = fakeHost();
  host.getHostInfo.mockResolvedValue({ version: '0.1.0', host: 'web', dataDir: '/data', dialogs: false });
  const draft = sampleDraft({ basics: { ...sampleDraft().basics, stage: 'midterm', name: '中期检查' }, quota: null });
  renderScreen(<ReportsStep draft={draft} onGoTo={vi.fn()} available={STEPS} />, { host, db: newDatabase(), storage: memoryStorage() });
  return { host, draft };
}

describe('ReportsStep for a mid-term inspection', () => {
  it('says the reports state the grades and need no signed list, without reading one', async () => {
    const { host } = show();
    const note = await screen.findByTestId('reports-list-note');
    expect(note.textContent).toBe(zh('officeReports.list.graded', { stage: '中期检查' }));
    expect(host.officeSuggestionLists).not.toHaveBeenCalled();
  });

  it('writes the reports and says what was written, with no list version', async () => {
    const { host, draft } = show();
    await waitFor(() => expect((screen.getByLabelText(zh('officeReports.folder')) as HTMLInputElement).value).not.toBe(''));
    const answer: HostResult<'writeSessionReports'> = { ok: true, dataFingerprint: FINGERPRINT, list: null, files: [{ kind: 'reviewReport', path: '/data/评审报告.pdf', bytes: 2048 }] };
    host.writeSessionReports.mockResolvedValue(answer);
    fireEvent.click(screen.getByTestId('reports-write'));
    const written = await screen.findByTestId('reports-written');
    expect(written.textContent).toContain(zh('officeReports.doneGraded', { count: 1 }));
    expect(host.writeSessionReports.mock.calls[0]?.[0]).toMatchObject({ sessionId: draft.sessionId });
  });
});
