// The ranking every rule starts from, and the bookkeeping of positions before and after a rule.
import type { RankedEntry } from '../ranked-entry';

/**
 * The entries sorted by rank (stable, so equal ranks keep the caller's order). Throws on duplicate ids or on
 * a ranking whose scores rise somewhere: the rules compare scores along the ranking and would explain wrong
 * moves from an inconsistent one.
 */
export function inRankOrder(ranked: readonly RankedEntry[]): RankedEntry[] {
  const ids = new Set<string>();
  for (const entry of ranked) {
    if (ids.has(entry.applicationId)) throw new RangeError(`applyPreference: duplicate application ${entry.applicationId}`);
    ids.add(entry.applicationId);
  }
  const ordered = ranked
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.rank - b.entry.rank || a.index - b.index)
    .map(({ entry }) => entry);
  ordered.forEach((entry, index) => {
    const ahead = ordered[index - 1];
    if (ahead !== undefined && ahead.scoreH < entry.scoreH) {
      throw new RangeError(`applyPreference: ${entry.applicationId} ranks below ${ahead.applicationId} with a higher score`);
    }
  });
  return ordered;
}

/** Application id → 0-based index in `order`. */
export function indexById(order: readonly RankedEntry[]): ReadonlyMap<string, number> {
  return new Map(order.map((entry, index) => [entry.applicationId, index]));
}

export function indexOf(indices: ReadonlyMap<string, number>, applicationId: string): number {
  const index = indices.get(applicationId);
  if (index === undefined) throw new RangeError(`applyPreference: ${applicationId} is not in the ranking`);
  return index;
}

/** Entries ranked ahead of `entry` before and behind it after, in original order. */
export function passedBy(
  entry: RankedEntry,
  original: readonly RankedEntry[],
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
): RankedEntry[] {
  const wasAt = indexOf(before, entry.applicationId);
  const isAt = indexOf(after, entry.applicationId);
  return original.filter(
    (other) => indexOf(before, other.applicationId) < wasAt && indexOf(after, other.applicationId) > isAt,
  );
}
