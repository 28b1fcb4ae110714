// The suggestion list and quota of results that must have them (a session with a quota): tests of the
// qualification path read them without repeating the null check the domain's type asks for.
import type { QuotaComputation } from '../../../shared/panel/quota';
import type { SuggestionListResult } from '../../../shared/panel/suggestion-list';

export function listOf<L = SuggestionListResult>(results: { suggestionList: L | null }): L {
  if (results.suggestionList === null) throw new Error('These results have no suggestion list (a session without a quota).');
  return results.suggestionList;
}

export function quotaOf<Q = QuotaComputation>(results: { quota: Q | null }): Q {
  if (results.quota === null) throw new Error('These results have no quota (a session without a quota).');
  return results.quota;
}
