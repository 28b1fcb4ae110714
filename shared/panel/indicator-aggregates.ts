// Per-indicator aggregates of one application: for each leaf and each group, the mean over the experts
// whose totals were kept (so with the mean and trimmed policies they add up to the aggregate, before
// rounding), or the median of the experts' values with the median policy. Rounded like totals.
import type { CompiledStandard } from '../standard/compile';
import type { AggregationPolicy } from '../standard/schema';
import { divideRounded } from '../util/hundredths';
import { medianH } from './aggregate';

/** Indicator id → aggregate in hundredths. */
export type IndicatorAggregates = Record<string, number>;

/** `leafH` holds, per kept expert, the leaf contributions indexed like compiled.leaves. */
export function indicatorAggregates(
  compiled: CompiledStandard,
  keptLeafH: readonly Int32Array[],
  policy: AggregationPolicy,
): IndicatorAggregates {
  const out: IndicatorAggregates = {};
  const k = keptLeafH.length;
  if (k === 0) return out;
  const combine = (valuesOf: (row: Int32Array) => number): number => {
    if (policy.policy === 'median') return medianH(keptLeafH.map(valuesOf).sort((a, b) => a - b));
    let sum = 0;
    for (const row of keptLeafH) sum += valuesOf(row);
    return divideRounded(sum, k);
  };
  for (const leaf of compiled.leaves) {
    if (leaf.kind === 'veto' || leaf.kind === 'prerequisite') continue;
    out[leaf.id] = combine((row) => row[leaf.index] ?? 0);
  }
  for (const group of compiled.groups) {
    if (group.leafIndexes.length === 0) continue;
    out[group.id] = combine((row) => {
      let sum = 0;
      for (const index of group.leafIndexes) sum += row[index] ?? 0;
      return sum;
    });
  }
  return out;
}
