// Panel agreement over the applications every expert scored (complete cases, as psych::ICC does by
// default): ICC(2,1)/ICC(2,k) on the totals and Kendall's W on the experts' rankings. Applications with a
// recusal or a missing sheet are left out of this matrix only; they are ranked as usual.
import { fromHundredths } from '../util/hundredths';
import { intraclassCorrelation, kendallW } from './agreement';
import type { AgreementResult } from './results';

export function agreementOf(totalsByApplication: ReadonlyArray<ReadonlyMap<string, number>>, expertIds: readonly string[]): AgreementResult {
  const experts = expertIds.filter((id) => totalsByApplication.some((totals) => totals.has(id)));
  const rows: number[][] = [];
  for (const totals of totalsByApplication) {
    if (totals.size === 0) continue;
    const row = experts.map((id) => totals.get(id));
    if (row.every((v): v is number => v !== undefined)) rows.push(row.map(fromHundredths));
  }
  const icc = intraclassCorrelation(rows);
  const w = kendallW(rows);
  return {
    applications: rows.length,
    experts: experts.length,
    iccSingle: icc?.single ?? null,
    iccAverage: icc?.average ?? null,
    kendallW: w?.w ?? null,
    kendallChiSquared: w?.chiSquared ?? null,
  };
}
