// Intraclass correlation for an expert panel: two-way random effects, absolute agreement, i.e.
// Shrout & Fleiss (1979) ICC(2,1) and ICC(2,k) — psych::ICC's "ICC2" and "ICC2k". "Random" because the
// experts are a sample of possible experts; "absolute agreement" because an expert who scores every
// application 5 points higher does disagree (the column effect counts against agreement).
import { usableShape, type ScoreMatrix } from './score-matrix';

export interface IntraclassCorrelation {
  /** ICC(2,1): reliability of one expert's score. */
  single: number;
  /** ICC(2,k): reliability of the mean of all k experts' scores. */
  average: number;
  /** n, the number of applications (rows). */
  targets: number;
  /** k, the number of experts (columns). */
  raters: number;
  /** Between-applications mean square (MSR, psych's MSB). */
  msRows: number;
  /** Between-experts mean square (MSC, psych's MSJ). */
  msColumns: number;
  /** Residual mean square of the two-way ANOVA without interaction (MSE). */
  msError: number;
}

/**
 * ICC(2,1) and ICC(2,k) from the two-way ANOVA mean squares (Shrout & Fleiss 1979, Table 1 / eq. 2):
 *
 *   ICC(2,1) = (MSR − MSE) / (MSR + (k − 1)·MSE + k·(MSC − MSE) / n)
 *   ICC(2,k) = (MSR − MSE) / (MSR + (MSC − MSE) / n)
 *
 * Returns null when the matrix is unusable (see `usableShape`) or a denominator is 0 (e.g. every score
 * equal), since the coefficient is then undefined.
 */
export function intraclassCorrelation(matrix: ScoreMatrix): IntraclassCorrelation | null {
  const shape = usableShape(matrix);
  if (shape === null) return null;
  const { targets: n, raters: k } = shape;

  // Both coefficients are unchanged by adding a constant to every score. Subtracting one of the scores
  // keeps the sums small (less cancellation) and makes a constant matrix exactly zero, so "no variance"
  // is detected exactly instead of leaving rounding noise in the mean squares.
  const origin = matrix[0]?.[0] ?? 0;
  const centred = matrix.map((row) => row.map((value) => value - origin));

  const rowMeans = centred.map((row) => sum(row) / k);
  const columnMeans = Array.from({ length: k }, (_, j) => sum(centred.map((row) => row[j] ?? 0)) / n);
  const grandMean = sum(rowMeans) / n;

  const ssRows = k * sum(rowMeans.map((mean) => (mean - grandMean) ** 2));
  const ssColumns = n * sum(columnMeans.map((mean) => (mean - grandMean) ** 2));
  // The residual is summed directly rather than as SStotal − SSrows − SScolumns, which can cancel badly.
  let ssError = 0;
  centred.forEach((row, i) => {
    const rowMean = rowMeans[i] ?? 0;
    row.forEach((value, j) => {
      ssError += (value - rowMean - (columnMeans[j] ?? 0) + grandMean) ** 2;
    });
  });

  const msRows = ssRows / (n - 1);
  const msColumns = ssColumns / (k - 1);
  const msError = ssError / ((n - 1) * (k - 1));

  const singleDenominator = msRows + (k - 1) * msError + (k * (msColumns - msError)) / n;
  const averageDenominator = msRows + (msColumns - msError) / n;
  // A denominator that is zero up to rounding (e.g. msColumns = msError with no row variance) must count as
  // zero whatever the order of the experts, or the result would flip between null and a huge number.
  const negligible = 1e-12 * (msRows + msColumns + msError);
  if (Math.abs(singleDenominator) <= negligible || Math.abs(averageDenominator) <= negligible) return null;

  const single = (msRows - msError) / singleDenominator;
  const average = (msRows - msError) / averageDenominator;
  // Finite inputs can still overflow when squared (|score| near 1e154 and beyond).
  if (!Number.isFinite(single) || !Number.isFinite(average)) return null;

  return { single, average, targets: n, raters: k, msRows, msColumns, msError };
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
