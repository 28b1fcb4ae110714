// How far each expert's total is from the panel (偏离): the signed difference from the aggregate and the
// z-score among the panel's totals (sample standard deviation). An expert is flagged when either exceeds
// the standard's threshold, so the office can ask for an explanation (偏离说明).
import type { DeviationRule } from '../standard/schema';
import type { ExpertScore } from './aggregate';

export interface ExpertDeviation {
  expertId: string;
  /** total − aggregate, in hundredths. */
  differenceH: number;
  /** (total − mean) / sd of the panel's totals; null with fewer than 2 totals, 0 when all are equal. */
  z: number | null;
  flagged: boolean;
}

export function deviationsOf(scores: readonly ExpertScore[], aggregateH: number, rule: DeviationRule): ExpertDeviation[] {
  const n = scores.length;
  const mean = scores.reduce((s, k) => s + k.totalH, 0) / Math.max(n, 1);
  const variance = n < 2 ? 0 : scores.reduce((s, k) => s + (k.totalH - mean) ** 2, 0) / (n - 1);
  const sd = Math.sqrt(variance);
  return scores.map(({ expertId, totalH }) => {
    const differenceH = totalH - aggregateH;
    const z = n < 2 ? null : sd === 0 ? 0 : (totalH - mean) / sd;
    const overAbsolute = rule.absolute !== null && Math.abs(differenceH) > Math.round(rule.absolute * 100);
    const overZ = rule.z !== null && z !== null && Math.abs(z) > rule.z;
    return { expertId, differenceH, z, flagged: overAbsolute || overZ };
  });
}
