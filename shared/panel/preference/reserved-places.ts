// Rule 'reservedPlaces': at least `places` of the list go to poverty-alleviated counties when that many are
// eligible, never more than the list holds. If fewer are inside by score, the best-ranked poverty counties
// outside replace the lowest-ranked non-poverty counties inside, one swap per missing place, whatever the gap.
// The list keeps the original ranking order.
import type { PreferenceRule } from '../../standard/schema';
import type { RankedEntry } from '../ranked-entry';
import type { RuleDecision } from './decision';
import { pointsParam } from './messages';
import { swapWhile } from './swaps';

type ReservedPlacesRule = Extract<PreferenceRule, { kind: 'reservedPlaces' }>;

export function decideReservedPlaces(
  ordered: readonly RankedEntry[],
  listSize: number,
  rule: ReservedPlacesRule,
): RuleDecision {
  const available = ordered.filter((entry) => entry.poverty).length;
  const required = Math.min(rule.places, available, listSize);
  const insideByScore = ordered.slice(0, listSize).filter((entry) => entry.poverty).length;
  const { finalOrder, swaps } = swapWhile(ordered, listSize, (_candidate, swapsSoFar) => insideByScore + swapsSoFar < required);
  const povertyInside = insideByScore + swaps.length;
  const gapH = (promoted: RankedEntry, displaced: RankedEntry): number => displaced.scoreH - promoted.scoreH;
  return {
    finalOrder,
    rankingScoreH: (entry) => entry.scoreH,
    promotions: swaps.map(({ promoted, displaced }, index) => ({
      rule: 'reservedPlaces',
      entry: promoted,
      displaced: [displaced],
      pointsH: gapH(promoted, displaced),
      explanation: {
        key: 'preference.reservedPlaces.swap',
        params: {
          displaced: displaced.countyName,
          diff: pointsParam(gapH(promoted, displaced)),
          slot: insideByScore + index + 1,
          reserved: required,
        },
      },
    })),
    // While every poverty county inside is needed to fill the reservation, none of them can give way to an
    // equal-scoring non-poverty county; beyond that the reservation says nothing.
    settlesTie: (inside, outside) => inside.poverty && !outside.poverty && povertyInside <= rule.places,
    summary: {
      key: available < Math.min(rule.places, listSize) ? 'preference.rule.reservedPlaces.shortfall' : 'preference.rule.reservedPlaces',
      params: { reserved: rule.places, available, required, places: listSize },
    },
  };
}
