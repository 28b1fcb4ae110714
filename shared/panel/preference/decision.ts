// The contract between applyPreference and the individual rules: each rule decides the final order and whom
// it moved up; applyPreference turns that into positions, moves and the tie check, the same way for all rules.
import type { RankedEntry } from '../ranked-entry';
import type { Explanation } from './messages';
import type { MovingRuleKind } from './outcome';

export interface Promotion {
  rule: MovingRuleKind;
  entry: RankedEntry;
  displaced: readonly RankedEntry[];
  /** See PreferenceMove.pointsH. */
  pointsH: number;
  /** Rule-specific sentence; applyPreference adds promoted, from, to and passedCount to its params. */
  explanation: Explanation;
}

export interface RuleDecision {
  /** Every entry; the first listSize are the suggestion list. */
  finalOrder: readonly RankedEntry[];
  rankingScoreH: (entry: RankedEntry) => number;
  promotions: readonly Promotion[];
  /** True when the rule itself prefers `inside` over `outside` although their ranking scores are equal. */
  settlesTie: (inside: RankedEntry, outside: RankedEntry) => boolean;
  summary: Explanation;
}
