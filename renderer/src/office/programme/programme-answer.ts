// The shapes the programme screen passes around, taken from the host contract so they cannot drift from it.
import type { HostResult } from '../../../../shared/contract/host-api-spec';

export type ProgrammeOverview = Extract<HostResult<'programmeOverview'>, { ok: true }>;
export type CountyOverview = ProgrammeOverview['counties'][number];
export type Refusal = { ok: false; code: string; messages: string[] };
