// The input both agreement statistics share: a complete applications × experts score matrix.
// Callers pass complete cases only, but the statistics still check the shape themselves so a bad matrix
// yields "cannot be computed" (null) instead of a silently wrong number.

/** Rows = applications (targets), columns = experts (raters); every cell is one expert's score. */
export type ScoreMatrix = readonly (readonly number[])[];

export interface MatrixShape {
  /** Number of rows: applications, the targets being rated. */
  targets: number;
  /** Number of columns: experts, the raters. */
  raters: number;
}

/**
 * The shape of `matrix` when it is usable for an agreement statistic — at least 2 rows, at least 2 columns,
 * every row the same length, every value finite — otherwise null.
 */
export function usableShape(matrix: ScoreMatrix): MatrixShape | null {
  const targets = matrix.length;
  const raters = matrix[0]?.length ?? 0;
  if (targets < 2 || raters < 2) return null;
  for (const row of matrix) {
    if (row.length !== raters) return null;
    if (!row.every(Number.isFinite)) return null;
  }
  return { targets, raters };
}
