// @vitest-environment happy-dom
// 建议名单 for a stage that grades each county (the demo as a mid-term inspection, no quota): no list, no
// editor and no error, but a plain explanation naming the stage and the grade bands, with the way on to the
// reports — also before any scores came in (the draft says it then).
import { screen } from '@testing-library/react';
import { fireEvent } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DraftStep } from '../../../renderer/src/office/draft-steps';
import { ListStep } from '../../../renderer/src/office/list/ListStep';
import { midtermOfficeResults } from './graded-results-fixture';
import { newOfficeDatabase, sampleDraft, sampleDraftStandard } from './office-fixture';
import { fakeHost, renderOffice, zh } from './office-harness';

const STEPS: ReadonlySet<DraftStep> = new Set<DraftStep>(['rules', 'export', 'collect', 'decide', 'list', 'reports']);

function show() {
  const answer = midtermOfficeResults();
  const host = fakeHost();
  host.officeResults.mockResolvedValue(answer);
  host.officeSuggestionLists.mockResolvedValue({ ok: true, versions: [], currentDataFingerprint: answer.dataFingerprint });
  const onGoTo = vi.fn<(step: DraftStep) => void>();
  const draft = sampleDraft({ basics: { ...sampleDraft().basics, stage: 'midterm' }, quota: null });
  renderOffice(<ListStep draft={draft} onGoTo={onGoTo} available={STEPS} onChange={vi.fn()} />, { host, db: newOfficeDatabase() });
  return { host, onGoTo, answer };
}

describe('ListStep for a mid-term inspection', () => {
  it('explains in Chinese that the stage grades each county and has no list under a quota, instead of an error', async () => {
    show();
    const note = await screen.findByTestId('list-graded-stage');
    expect(note.textContent).toContain(zh('officeList.graded.title', { stage: '中期检查' }));
    expect(note.textContent).toContain('本次评审为中期检查，不产生建议名单');
    expect(note.textContent).toContain('优秀 ≥ 90、合格 ≥ 80、不合格 ≥ 0');
    for (const absent of ['list-editor', 'list-preview', 'list-quota', 'list-results-refused', 'list-versions-refused', 'list-results-failed']) expect(screen.queryByTestId(absent)).toBeNull();
  });

  it('says the same before any scores came in, from the draft, instead of the host’s refusal', async () => {
    const host = fakeHost();
    host.officeResults.mockResolvedValue({ ok: false, code: 'office.collect.noExports', messages: ['还没有收到专家的评分文件。'] });
    host.officeSuggestionLists.mockResolvedValue({ ok: true, versions: [], currentDataFingerprint: null });
    const draft = sampleDraft({ basics: { ...sampleDraft().basics, stage: 'midterm' }, quota: null, standard: sampleDraftStandard() });
    renderOffice(<ListStep draft={draft} onGoTo={vi.fn()} available={STEPS} onChange={vi.fn()} />, { host, db: newOfficeDatabase() });
    const note = await screen.findByTestId('list-graded-stage');
    expect(note.textContent).toContain('优秀 ≥ 90、合格 ≥ 80、不合格 ≥ 0');
    expect(screen.queryByTestId('list-results-refused')).toBeNull();
  });

  it('offers the way on to the reports', async () => {
    const { onGoTo } = show();
    fireEvent.click(await screen.findByTestId('list-graded-to-reports'));
    expect(onGoTo).toHaveBeenCalledWith('reports');
  });
});
