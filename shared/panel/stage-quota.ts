// Which stages decide places under the quota. Only a qualification review ranks counties into a suggestion
// list (建议名单) under the quota (名额); mid-term, acceptance and re-inspection grade each county on its own
// by the standard's grade bands, so their sessions carry no quota and their results no list.
import type { Stage } from '../standard/schema';

export function stageRanksUnderQuota(stage: Stage): boolean {
  return stage === 'qualification';
}

/** A session of this stage and quota grades each county and has no list: no quota, and its stage needs none. */
export function gradesWithoutList(stage: Stage, quota: unknown): boolean {
  return (quota === null || quota === undefined) && !stageRanksUnderQuota(stage);
}
