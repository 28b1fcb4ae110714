// Kendall's coefficient of concordance W: how far the experts agree on the ORDER of the applications,
// ignoring how leniently each one scores. 0 = no agreement beyond chance, 1 = identical rankings.
import { usableShape, type ScoreMatrix } from './score-matrix';

export interface KendallConcordance {
  /** Kendall's W with the tie correction, in [0, 1]. */
  w: number;
  /** Friedman's chi-squared, m·(n − 1)·W; approximately χ² with n − 1 degrees of freedom. */
  chiSquared: number;
  /** n − 1. */
  degreesOfFreedom: number;
  /** m, the number of experts (columns) — Friedman's blocks. */
  raters: number;
  /** n, the number of applications (rows) — Friedman's treatments. */
  targets: number;
}

/**
 * Kendall's W with the tie correction (Kendall & Babington Smith 1939; Kendall, Rank Correlation Methods):
 * each expert's scores become ranks 1..n, equal scores sharing the mean of the ranks they span (mid-ranks);
 * with R_i the rank sum of application i over the m experts,
 *
 *   S = Σ_i (R_i − m(n + 1)/2)²
 *   W = 12·S / (m²(n³ − n) − m·Σ T),   T = Σ (t³ − t) over each expert's groups of t tied scores
 *
 * Friedman's tie-corrected chi-squared (R's friedman.test on the transposed matrix) is exactly m(n − 1)·W.
 * Scores tie only when exactly equal, as in R's rank(); the domain's scores are hundredths, so no rounding
 * noise is expected.
 *
 * Returns null when the matrix is unusable (see `usableShape`) or every expert gives all applications the
 * same score, where W is 0/0.
 */
export function kendallW(matrix: ScoreMatrix): KendallConcordance | null {
  const shape = usableShape(matrix);
  if (shape === null) return null;
  const { targets: n, raters: m } = shape;

  const rankSums = new Array<number>(n).fill(0);
  let tieTerm = 0;
  for (let j = 0; j < m; j++) {
    const ranked = midRanks(matrix.map((row) => row[j] ?? 0));
    ranked.ranks.forEach((rank, i) => {
      rankSums[i] = (rankSums[i] ?? 0) + rank;
    });
    tieTerm += ranked.tieTerm;
  }

  const meanRankSum = (m * (n + 1)) / 2;
  let s = 0;
  for (const rankSum of rankSums) s += (rankSum - meanRankSum) ** 2;

  const denominator = m * m * (n ** 3 - n) - m * tieTerm;
  if (denominator <= 0) return null;

  const w = (12 * s) / denominator;
  return { w, chiSquared: m * (n - 1) * w, degreesOfFreedom: n - 1, raters: m, targets: n };
}

/** Ranks 1..n with ties given their mid-rank, plus this ranking's Σ(t³ − t) over tie groups. */
function midRanks(values: readonly number[]): { ranks: number[]; tieTerm: number } {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let tieTerm = 0;
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && order[end]?.value === order[start]?.value) end++;
    // Positions start..end−1 (0-based) hold ranks start+1..end; their mean is (start + 1 + end) / 2.
    const midRank = (start + 1 + end) / 2;
    for (let p = start; p < end; p++) {
      const entry = order[p];
      if (entry !== undefined) ranks[entry.index] = midRank;
    }
    const t = end - start;
    tieTerm += t ** 3 - t;
    start = end;
  }
  return { ranks, tieTerm };
}
