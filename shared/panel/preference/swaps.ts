// The replacement step shared by withinPoints and reservedPlaces: pair the best-ranked poverty county outside
// the list with the lowest-ranked non-poverty county inside, swap while the rule accepts, then keep the list
// (and the rest) in original ranking order.
import type { RankedEntry } from '../ranked-entry';

export interface Swap {
  promoted: RankedEntry;
  displaced: RankedEntry;
}

/**
 * Each swap uses the next poverty county outside (best-ranked first) and the next non-poverty county inside
 * (lowest-ranked first): a promoted county is never displaced again and a displaced one never comes back, so
 * the pairs can be read off two queues. `accept` sees the candidate pair and how many swaps were made before.
 */
export function swapWhile(
  ordered: readonly RankedEntry[],
  listSize: number,
  accept: (candidate: Swap, swapsSoFar: number) => boolean,
): { finalOrder: RankedEntry[]; swaps: Swap[] } {
  const povertyOutside = ordered.slice(listSize).filter((entry) => entry.poverty);
  const othersInsideLowestFirst = ordered
    .slice(0, listSize)
    .filter((entry) => !entry.poverty)
    .reverse();

  const swaps: Swap[] = [];
  for (;;) {
    const promoted = povertyOutside[swaps.length];
    const displaced = othersInsideLowestFirst[swaps.length];
    if (promoted === undefined || displaced === undefined) break;
    const candidate = { promoted, displaced };
    if (!accept(candidate, swaps.length)) break;
    swaps.push(candidate);
  }

  const promotedIds = new Set(swaps.map((swap) => swap.promoted.applicationId));
  const displacedIds = new Set(swaps.map((swap) => swap.displaced.applicationId));
  const isInside = (entry: RankedEntry, index: number): boolean =>
    promotedIds.has(entry.applicationId) || (index < listSize && !displacedIds.has(entry.applicationId));
  const inside = ordered.filter((entry, index) => isInside(entry, index));
  const outside = ordered.filter((entry, index) => !isInside(entry, index));
  return { finalOrder: [...inside, ...outside], swaps };
}
