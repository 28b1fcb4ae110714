// Preference for national poverty-alleviated counties (国家级脱贫县, work plan §4: 在评定创建资格时给予适当倾斜).
// applyPreference takes the ranking of eligible applications, the quota's places and the standard's rule, and
// returns the final order, who is on the suggestion list, a move for every county the rule moved up, and any
// tie at the cut line the office must decide. Each rule's semantics are documented in its own file.
import type { PreferenceRule } from '../../standard/schema';
import type { RankedEntry } from '../ranked-entry';
import { decideBonusPoints } from './bonus-points';
import type { Promotion, RuleDecision } from './decision';
import { decideNoPreference } from './no-preference';
import type { PlacedEntry, PreferenceMove, PreferenceOutcome } from './outcome';
import { inRankOrder, indexById, indexOf, passedBy } from './ranking-order';
import { decideReservedPlaces } from './reserved-places';
import { findTieAtCutLine } from './tie-at-cut-line';
import { decideWithinPoints } from './within-points';

export type { Explanation, PreferenceMessageKey } from './messages';
export { PREFERENCE_MESSAGE_KEYS } from './messages';
export type {
  MovingRuleKind,
  PlacedEntry,
  PreferenceMove,
  PreferenceOutcome,
  PreferenceRuleKind,
  TieAtCutLine,
} from './outcome';

/**
 * The list holds min(places, entries) counties. Positions are 1-based; a move's fromPosition is the county's
 * position in rank order before the rule, toPosition its position after. Deterministic: the same input gives the
 * same output, with no dependence on anything but the ranking order. Throws RangeError when `places` is not a
 * non-negative integer, an application id repeats, or the scores rise along the ranking.
 */
export function applyPreference(ranked: readonly RankedEntry[], places: number, rule: PreferenceRule): PreferenceOutcome {
  if (!Number.isInteger(places) || places < 0) throw new RangeError(`applyPreference: places must be a non-negative integer, got ${places}`);
  const ordered = inRankOrder(ranked);
  const listSize = Math.min(places, ordered.length);
  const decision = decide(ordered, listSize, rule);

  const before = indexById(ordered);
  const after = indexById(decision.finalOrder);
  const movedBy = new Map(decision.promotions.map((promotion) => [promotion.entry.applicationId, promotion.rule]));
  const placed: PlacedEntry[] = decision.finalOrder.map((entry, index) => {
    const mover = movedBy.get(entry.applicationId);
    return {
      ...entry,
      position: index + 1,
      originalPosition: indexOf(before, entry.applicationId) + 1,
      rankingScoreH: decision.rankingScoreH(entry),
      inside: index < listSize,
      ...(mover === undefined ? {} : { movedBy: mover }),
    };
  });

  return {
    rule,
    places,
    listSize,
    ordered: placed,
    moves: decision.promotions.map((promotion) => toMove(promotion, ordered, before, after, listSize)),
    tieAtCutLine: findTieAtCutLine(placed, decision.settlesTie),
    summary: decision.summary,
  };
}

function decide(ordered: readonly RankedEntry[], listSize: number, rule: PreferenceRule): RuleDecision {
  switch (rule.kind) {
    case 'none':
      return decideNoPreference(ordered, listSize);
    case 'bonusPoints':
      return decideBonusPoints(ordered, listSize, rule);
    case 'withinPoints':
      return decideWithinPoints(ordered, listSize, rule);
    case 'reservedPlaces':
      return decideReservedPlaces(ordered, listSize, rule);
  }
}

function toMove(
  promotion: Promotion,
  ordered: readonly RankedEntry[],
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
  listSize: number,
): PreferenceMove {
  const { entry } = promotion;
  const wasAt = indexOf(before, entry.applicationId);
  const isAt = indexOf(after, entry.applicationId);
  const passed = passedBy(entry, ordered, before, after);
  return {
    rule: promotion.rule,
    applicationId: entry.applicationId,
    countyName: entry.countyName,
    fromPosition: wasAt + 1,
    toPosition: isAt + 1,
    positionsGained: wasAt - isAt,
    enteredList: wasAt >= listSize && isAt < listSize,
    pointsH: promotion.pointsH,
    displaced: promotion.displaced.map((other) => other.applicationId),
    passed: passed.map((other) => other.applicationId),
    explanation: {
      key: promotion.explanation.key,
      params: {
        ...promotion.explanation.params,
        promoted: entry.countyName,
        from: wasAt + 1,
        to: isAt + 1,
        passedCount: passed.length,
      },
    },
  };
}
