// Rule 'bonusPoints': poverty-alleviated counties rank as if `points` were added to their score. The sort is
// stable, so at equal adjusted scores the original ranking order stands (and the tie is flagged at the cut).
// Only poverty counties can gain places; each one whose position changed gets a move listing everyone it passed
// and, of those, who fell off the list. When the list holds everyone or no one the bonus cannot change who is
// listed, so the original order stands and nothing moves (preference is about qualification, not display order).
import type { PreferenceRule } from '../../standard/schema';
import { toHundredths } from '../../util/hundredths';
import type { RankedEntry } from '../ranked-entry';
import type { Promotion, RuleDecision } from './decision';
import { pointsParam } from './messages';
import { indexById, indexOf, passedBy } from './ranking-order';

type BonusPointsRule = Extract<PreferenceRule, { kind: 'bonusPoints' }>;

export function decideBonusPoints(ordered: readonly RankedEntry[], listSize: number, rule: BonusPointsRule): RuleDecision {
  const bonusH = toHundredths(rule.points);
  const listDecidesNothing = listSize === 0 || listSize >= ordered.length;
  const rankingScoreH = (entry: RankedEntry): number =>
    entry.scoreH + (entry.poverty && !listDecidesNothing ? bonusH : 0);
  const finalOrder = listDecidesNothing
    ? ordered
    : ordered
        .map((entry, index) => ({ entry, index }))
        .sort((a, b) => rankingScoreH(b.entry) - rankingScoreH(a.entry) || a.index - b.index)
        .map(({ entry }) => entry);

  const before = indexById(ordered);
  const after = indexById(finalOrder);
  const promotions: Promotion[] = [];
  for (const entry of ordered) {
    const wasAt = indexOf(before, entry.applicationId);
    const isAt = indexOf(after, entry.applicationId);
    if (!entry.poverty || isAt === wasAt) continue;
    const enteredList = wasAt >= listSize && isAt < listSize;
    const displaced = passedBy(entry, ordered, before, after).filter(
      (other) => indexOf(before, other.applicationId) < listSize && indexOf(after, other.applicationId) >= listSize,
    );
    promotions.push({
      rule: 'bonusPoints',
      entry,
      displaced,
      pointsH: bonusH,
      explanation: {
        key: enteredList ? 'preference.bonusPoints.entered' : 'preference.bonusPoints.raised',
        params: {
          points: pointsParam(bonusH),
          score: pointsParam(entry.scoreH),
          adjusted: pointsParam(rankingScoreH(entry)),
        },
      },
    });
  }

  return {
    finalOrder,
    rankingScoreH,
    promotions,
    settlesTie: () => false,
    summary: { key: 'preference.rule.bonusPoints', params: { points: pointsParam(bonusH), places: listSize } },
  };
}
