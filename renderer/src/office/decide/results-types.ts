// The host's answer to officeResults, as the results screen reads it: the results (panelResultsSchema's
// shape, not the domain's own type, because that is what crossed the boundary) and the deviation flags
// joined with what the experts wrote.
import type { HostResult } from '../../../../shared/contract/host-api-spec';

export type OfficeResults = Extract<HostResult<'officeResults'>, { ok: true }>;
export type Results = OfficeResults['results'];
export type ApplicationResult = Results['applications'][number];
export type ExpertOnApplication = ApplicationResult['experts'][number];
export type ExcludedApplication = Results['excluded'][number];
export type Finding = ExcludedApplication['findings'][number];
export type DeviationExplanation = OfficeResults['deviations'][number];
