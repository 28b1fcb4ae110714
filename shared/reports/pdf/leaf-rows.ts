// The standard's leaves as table rows in the standard's order, with a row naming the group above them
// each time the group changes, and the leaf's most points as printed in a "max" column.
import type { Locale } from '../../i18n/translate';
import type { LeafValue } from '../../scoring/score-sheet';
import type { LeafColumn } from '../report-model';
import { leafValueText, plainNumber } from '../report-text';

/** "组织领导与规划保障" or, for deeper trees, "一级 / 二级". */
export const groupLabel = (leaf: LeafColumn): string => leaf.groupNames.join(' / ');

/** Calls `groupRow` before the first leaf of every group and `leafRow` for each leaf. */
export function withGroupRows<T>(leaves: readonly LeafColumn[], groupRow: (leaf: LeafColumn) => T, leafRow: (leaf: LeafColumn, index: number) => T): T[] {
  const rows: T[] = [];
  let previousGroup: string | null = null;
  leaves.forEach((leaf, index) => {
    const group = leaf.groupIds.join('\u0000');
    if (group !== previousGroup && leaf.groupIds.length > 0) rows.push(groupRow(leaf));
    previousGroup = group;
    rows.push(leafRow(leaf, index));
  });
  return rows;
}

/** The most a leaf gives ("6"), the most a deduction takes ("−2"), or "—" (veto, prerequisite). */
export function maxPointsText(leaf: LeafColumn): string {
  if (leaf.maxPoints === null) return '—';
  return leaf.kind === 'deduction' ? `−${plainNumber(leaf.maxPoints)}` : plainNumber(leaf.maxPoints);
}

/** Points as printed in tables: "3.5", "−1", "0" (a true minus sign); "—" when there are none (veto, prerequisite). */
export function pointsText(points: number | null): string {
  if (points === null) return '—';
  return points < 0 ? `−${plainNumber(-points)}` : plainNumber(points);
}

export type ValueWords = (leaf: LeafColumn, value: LeafValue | null) => string;

/** A leaf's value in words; those of veto, prerequisite and pass/fail leaves are translated once per document, not per cell. */
export function valueWordsCache(locale: Locale): ValueWords {
  const cache = new Map<string, string>();
  return (leaf, value) => {
    if (typeof value !== 'boolean') return leafValueText(locale, leaf.kind, value);
    const key = `${leaf.kind}:${value}`;
    let words = cache.get(key);
    if (words === undefined) {
      words = leafValueText(locale, leaf.kind, value);
      cache.set(key, words);
    }
    return words;
  };
}
