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
  if (policy.policy === 'median') return medianAggregates(compiled, keptLeafH);
  // Column sums in one pass over the rows; a group's sum is the sum of its leaves' column sums.
  const sums = new Float64Array(compiled.leaves.length);
  for (const row of keptLeafH) {
    for (let i = 0; i < sums.length; i += 1) sums[i] = (sums[i] ?? 0) + (row[i] ?? 0);
  }
  for (const leaf of compiled.leaves) {
    if (leaf.kind !== 'veto' && leaf.kind !== 'prerequisite') out[leaf.id] = divideRounded(sums[leaf.index] ?? 0, k);
  }
  for (const group of compiled.groups) {
    if (group.leafIndexes.length === 0) continue;
    let sum = 0;
    for (const index of group.leafIndexes) sum += sums[index] ?? 0;
    out[group.id] = divideRounded(sum, k);
  }
  return out;
}

function medianAggregates(compiled: CompiledStandard, keptLeafH: readonly Int32Array[]): IndicatorAggregates {
  const out: IndicatorAggregates = {};
  const median = (valuesOf: (row: Int32Array) => number): number => medianH(keptLeafH.map(valuesOf).sort((a, b) => a - b));
  for (const leaf of compiled.leaves) {
    if (leaf.kind !== 'veto' && leaf.kind !== 'prerequisite') out[leaf.id] = median((row) => row[leaf.index] ?? 0);
  }
  for (const group of compiled.groups) {
    if (group.leafIndexes.length === 0) continue;
    out[group.id] = median((row) => group.leafIndexes.reduce((sum, index) => sum + (row[index] ?? 0), 0));
  }
  return out;
}
