// @vitest-environment happy-dom
// 结果 for a stage that grades each county (the demo as a mid-term inspection, no quota): the results without a
// quota or list come through and the ranking gives every county its grade (等次).
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DraftStep } from '../../../renderer/src/office/draft-steps';
import type { EChartProps } from '../../../renderer/src/office/decide/EChart';
import { ResultsStep } from '../../../renderer/src/office/decide/ResultsStep';
import { midtermOfficeResults } from './graded-results-fixture';
import { newOfficeDatabase, sampleDraft } from './office-fixture';
import { fakeHost, renderOffice, zh } from './office-harness';

vi.mock('../../../renderer/src/office/decide/EChart', () => ({
  EChart: ({ testId }: EChartProps) => <div data-testid={testId} />,
}));

const STEPS: ReadonlySet<DraftStep> = new Set<DraftStep>(['rules', 'export', 'collect', 'decide']);

describe('ResultsStep for a mid-term inspection', () => {
  it('ranks the counties with each one’s grade', async () => {
    const answer = midtermOfficeResults();
    const host = fakeHost();
    host.officeResults.mockResolvedValue(answer);
    const draft = sampleDraft({ basics: { ...sampleDraft().basics, stage: 'midterm' }, quota: null });
    renderOffice(<ResultsStep draft={draft} onGoTo={vi.fn()} available={STEPS} />, { host, db: newOfficeDatabase() });
    const table = await screen.findByTestId('results-ranking');
    expect(within(table).getByRole('columnheader', { name: zh('officeResults.ranking.grade') })).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1);
    const { results } = answer;
    expect(rows).toHaveLength(results.ranking.length);
    results.ranking.forEach((entry, index) => {
      const grade = results.applications.find((app) => app.applicationId === entry.applicationId)?.grade;
      expect(grade).toBeTruthy();
      expect(rows[index]?.textContent).toContain(entry.countyName);
      expect(rows[index]?.textContent).toContain(grade ?? '');
    });
  });
});
