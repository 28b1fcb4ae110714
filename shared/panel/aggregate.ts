// Panel aggregate of one application's totals (recused experts already excluded by the caller).
// mean: plain mean. trimmed (去掉一个最高分和一个最低分): with at least `trimThreshold` totals, drop one
// highest and one lowest and average the rest, else a plain mean. median: the middle total (the mean of
// the two middle ones for an even count). Everything is exact in hundredths; the result is rounded half
// away from zero to two decimals once, at the end. Among equal totals, the expert whose id sorts first is
// marked as the dropped one, so the result never depends on the order sheets arrived in.
import type { AggregationPolicy } from '../standard/schema';
import { divideRounded } from '../util/hundredths';

export interface ExpertScore {
  expertId: string;
  totalH: number;
}

export type DropReason = 'highest' | 'lowest';
export type AggregateMethod = 'mean' | 'trimmed' | 'meanBelowThreshold' | 'median' | 'none';

export interface AggregateResult {
  /** Rounded to two decimals, in hundredths; null when nobody scored. */
  aggregateH: number | null;
  method: AggregateMethod;
  /** How many totals were considered (non-recused experts with a valid sheet). */
  counted: number;
  dropped: Array<{ expertId: string; totalH: number; why: DropReason }>;
  /** Experts whose totals make up the aggregate, sorted by id. */
  keptExpertIds: string[];
}

const byTotalThenId = (a: ExpertScore, b: ExpertScore): number =>
  a.totalH - b.totalH || (a.expertId < b.expertId ? -1 : a.expertId > b.expertId ? 1 : 0);

const ids = (scores: readonly ExpertScore[]): string[] => scores.map((s) => s.expertId).sort();

export function medianH(sortedTotalsH: readonly number[]): number {
  const n = sortedTotalsH.length;
  const mid = Math.floor(n / 2);
  const upper = sortedTotalsH[mid] ?? 0;
  if (n % 2 === 1) return upper;
  return divideRounded((sortedTotalsH[mid - 1] ?? 0) + upper, 2);
}

export function aggregateTotals(scores: readonly ExpertScore[], policy: AggregationPolicy): AggregateResult {
  const counted = scores.length;
  if (counted === 0) return { aggregateH: null, method: 'none', counted, dropped: [], keptExpertIds: [] };
  const sorted = [...scores].sort(byTotalThenId);
  if (policy.policy === 'median') {
    return { aggregateH: medianH(sorted.map((s) => s.totalH)), method: 'median', counted, dropped: [], keptExpertIds: ids(sorted) };
  }
  if (policy.policy === 'trimmed' && counted >= policy.trimThreshold) {
    // Among equal totals the expert whose id sorts first is the one marked as dropped, at both ends.
    const lowest = sorted[0];
    const maxH = sorted[counted - 1]?.totalH;
    const highestIndex = Math.max(1, sorted.findIndex((s) => s.totalH === maxH));
    const highest = sorted[highestIndex];
    const kept = sorted.filter((_, i) => i !== 0 && i !== highestIndex);
    const sum = kept.reduce((s, k) => s + k.totalH, 0);
    return {
      aggregateH: divideRounded(sum, kept.length),
      method: 'trimmed',
      counted,
      dropped: [
        ...(highest ? [{ expertId: highest.expertId, totalH: highest.totalH, why: 'highest' as const }] : []),
        ...(lowest ? [{ expertId: lowest.expertId, totalH: lowest.totalH, why: 'lowest' as const }] : []),
      ],
      keptExpertIds: ids(kept),
    };
  }
  const sum = sorted.reduce((s, k) => s + k.totalH, 0);
  return {
    aggregateH: divideRounded(sum, counted),
    method: policy.policy === 'trimmed' ? 'meanBelowThreshold' : 'mean',
    counted,
    dropped: [],
    keptExpertIds: ids(sorted),
  };
}
