// The demo session's results as the host hands them to the results screen: the demo report source's data
// (12 applications, 7 experts: A10 fails veto V2 by six of seven, A12 has no innovation plan, E3 recuses on
// A08, E7 is the lenient outlier flagged five times), parsed by the host's own result schema, with the
// deviation flags joined to the experts' words as the host joins them.
import { officeCollectSpec } from '../../../shared/contract/office-collect-spec';
import { buildDemoReportSource } from '../../../shared/demo/demo-report-source';
import { deviationExplanations } from '../../../shared/office/deviation-explanations';
import { reportDataOf } from '../../../shared/reports/report-source';
import type { OfficeResults, Results } from '../../../renderer/src/office/decide/results-types';

export function demoOfficeResults(edit: (results: Results) => Results = (results) => results): OfficeResults {
  // The demo as the reports see it: the same panel input, its results and the footer's data fingerprint.
  const { source: input, results: computed, dataFingerprint } = reportDataOf(buildDemoReportSource());
  const deviations = deviationExplanations(computed, input.sheets);
  const answer = officeCollectSpec.officeResults.result.parse({
    ok: true,
    results: computed,
    deviations,
    exports: input.experts.map((expert, index) => ({
      expertId: expert.id,
      sequence: 1,
      exportHash: String(index).repeat(64).slice(0, 64),
      signerFingerprint: 'a'.repeat(64),
      createdAt: '2026-12-02T08:00:00.000Z',
      importedAt: '2026-12-02T09:00:00.000Z',
      sheets: 11,
    })),
    dataFingerprint,
  });
  if (!answer.ok) throw new Error('the demo results did not parse as an answer');
  return { ...answer, results: edit(answer.results) };
}
