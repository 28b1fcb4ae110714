// Rule 'none': the list is the top `listSize` of the ranking; nothing moves.
import type { RankedEntry } from '../ranked-entry';
import type { RuleDecision } from './decision';

export function decideNoPreference(ordered: readonly RankedEntry[], listSize: number): RuleDecision {
  return {
    finalOrder: ordered,
    rankingScoreH: (entry) => entry.scoreH,
    promotions: [],
    settlesTie: () => false,
    summary: { key: 'preference.rule.none', params: { places: listSize } },
  };
}
