// Rule 'withinPoints' (the sample standard's 国家级脱贫县在分差不超过2分时优先): while the best-ranked poverty
// county outside the list scores no more than `points` below the lowest-ranked non-poverty county inside
// (inclusive), they swap. Each further comparison is against a higher-ranked county, so the gap only grows and
// the loop ends. The list keeps the original ranking order.
import type { PreferenceRule } from '../../standard/schema';
import { toHundredths } from '../../util/hundredths';
import type { RankedEntry } from '../ranked-entry';
import type { RuleDecision } from './decision';
import { pointsParam } from './messages';
import { swapWhile } from './swaps';

type WithinPointsRule = Extract<PreferenceRule, { kind: 'withinPoints' }>;

export function decideWithinPoints(ordered: readonly RankedEntry[], listSize: number, rule: WithinPointsRule): RuleDecision {
  const limitH = toHundredths(rule.points);
  const gapH = (promoted: RankedEntry, displaced: RankedEntry): number => displaced.scoreH - promoted.scoreH;
  const { finalOrder, swaps } = swapWhile(ordered, listSize, ({ promoted, displaced }) => gapH(promoted, displaced) <= limitH);
  return {
    finalOrder,
    rankingScoreH: (entry) => entry.scoreH,
    promotions: swaps.map(({ promoted, displaced }) => ({
      rule: 'withinPoints',
      entry: promoted,
      displaced: [displaced],
      pointsH: gapH(promoted, displaced),
      explanation: {
        key: 'preference.withinPoints.swap',
        params: {
          displaced: displaced.countyName,
          diff: pointsParam(gapH(promoted, displaced)),
          limit: pointsParam(limitH),
        },
      },
    })),
    // A gap of 0 is within any limit, so at equal scores the rule always prefers the poverty county.
    settlesTie: (inside, outside) => inside.poverty && !outside.poverty,
    summary: { key: 'preference.rule.withinPoints', params: { points: pointsParam(limitH), places: listSize } },
  };
}
