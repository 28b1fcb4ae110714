// A tie at the cut line: a county inside and one outside with the same ranking score, not told apart by the
// standard's tie-break indicators (tieBreakKey) nor by the rule. The list still follows the ranking order,
// but the report must flag it so the office decides; the software never settles it silently.
import type { Explanation } from './messages';
import type { PlacedEntry, TieAtCutLine } from './outcome';

export function findTieAtCutLine(
  ordered: readonly PlacedEntry[],
  settlesTie: (inside: PlacedEntry, outside: PlacedEntry) => boolean,
): TieAtCutLine | null {
  const inside = ordered.filter((entry) => entry.inside);
  const outside = ordered.filter((entry) => !entry.inside);
  const tiedInside = new Set<string>();
  const tiedOutside = new Set<string>();
  for (const a of inside) {
    for (const b of outside) {
      const sameTieBreak = (a.tieBreakKey ?? '') === (b.tieBreakKey ?? '');
      if (a.rankingScoreH === b.rankingScoreH && sameTieBreak && !settlesTie(a, b)) {
        tiedInside.add(a.applicationId);
        tiedOutside.add(b.applicationId);
      }
    }
  }
  if (tiedInside.size === 0) return null;
  const explanation: Explanation = {
    key: 'preference.tieAtCutLine',
    params: { insideCount: tiedInside.size, outsideCount: tiedOutside.size },
  };
  return {
    inside: inside.filter((entry) => tiedInside.has(entry.applicationId)).map((entry) => entry.applicationId),
    outside: outside.filter((entry) => tiedOutside.has(entry.applicationId)).map((entry) => entry.applicationId),
    explanation,
  };
}
