// Ranked entries for the quota and preference tests: [id, score, poverty] rows in ranking order.
import type { RankedEntry } from '../../../shared/panel/ranked-entry';

/** A national poverty-alleviated county (国家级脱贫县). */
export const P = true;
/** Not a poverty-alleviated county. */
export const N = false;

export function ranking(rows: ReadonlyArray<readonly [string, number, boolean]>): RankedEntry[] {
  return rows.map(([id, score, poverty], index) => ({
    applicationId: id,
    countyName: `${id}县`,
    countyCode: String(130100 + index),
    poverty,
    scoreH: Math.round(score * 100),
    rank: index + 1,
  }));
}
