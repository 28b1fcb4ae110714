// A sheet's values laid out in the compiled standard's leaf order, plus the keys no leaf claims. One walk
// over the sheet's own keys does both: validation and totals then index an array instead of looking up a
// 120-key record twice, and unknown indicators are found without a second enumeration.
import type { CompiledStandard } from '../standard/compile';
import type { LeafValue, ScoredSheet } from './score-sheet';

export interface LeafValues {
  /** Indexed like CompiledStandard.leaves; undefined where the sheet has no value. */
  byLeaf: ReadonlyArray<LeafValue | undefined>;
  /** Keys of the sheet's values that are not leaves of the compiled standard. */
  unknownIds: readonly string[];
}

const NO_IDS: readonly string[] = [];

/**
 * `scratch`, when given, is reused as `byLeaf` (cleared first) so a caller going through thousands of sheets
 * allocates nothing per sheet; the result is then only valid until the next call with the same scratch.
 */
export function leafValuesOf(
  compiled: CompiledStandard,
  sheet: ScoredSheet,
  scratch?: Array<LeafValue | undefined>,
): LeafValues {
  const { leaves, leafIndexById } = compiled;
  const byLeaf = scratch ?? new Array<LeafValue | undefined>(leaves.length);
  if (scratch) byLeaf.fill(undefined);
  let unknownIds: string[] | undefined;
  // Object.entries avoids a keyed lookup per value; sheets usually list values in the standard's order, so
  // the next leaf is tried first and the id map is the fallback.
  let next = 0;
  for (const [id, value] of Object.entries(sheet.values)) {
    const index = leaves[next]?.id === id ? next : leafIndexById.get(id);
    if (index === undefined) {
      (unknownIds ??= []).push(id);
      continue;
    }
    byLeaf[index] = value;
    next = index + 1;
  }
  return { byLeaf, unknownIds: unknownIds ?? NO_IDS };
}
