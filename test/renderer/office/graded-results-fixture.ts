// officeResults' answer for the demo as a mid-term inspection (no quota: each county graded by the sample
// standard's bands, no suggestion list), parsed by the host API's schema as the renderer receives it.
import { officeCollectSpec } from '../../../shared/contract/office-collect-spec';
import { deviationExplanations } from '../../../shared/office/deviation-explanations';
import { reportDataOf } from '../../../shared/reports/report-source';
import type { OfficeResults } from '../../../renderer/src/office/decide/results-types';
import { midtermSource } from '../../reports/graded-stage-fixture';

export function midtermOfficeResults(): OfficeResults {
  const { source, results, dataFingerprint } = reportDataOf(midtermSource());
  const answer = officeCollectSpec.officeResults.result.parse({ ok: true, results, deviations: deviationExplanations(results, source.sheets), exports: [], dataFingerprint });
  if (!answer.ok) throw new Error('the mid-term results did not parse as an answer');
  return answer;
}
