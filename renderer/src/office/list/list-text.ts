// Words the suggestion list screen prints in more than one place: scores from hundredths, the quota's working
// in one line, counties named by id, and each adjustment problem said plainly with what to do.
import type { AdjustmentProblem } from '../../../../shared/office/adjust-suggestion-list';
import type { ListAdjustment } from '../../../../shared/files/suggestion-list-file';
import type { Translate } from '../decide/results-text';
import type { Results } from '../decide/results-types';

/** 8345 → "83.45", from the integer hundredths the list carries (no float rounding on the way). */
export function hundredthsText(scoreH: number): string {
  const sign = scoreH < 0 ? '-' : '';
  const abs = Math.abs(scoreH);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 「名额 8 个：县级行政区 30 个 × 40% = 12，向下取整为 12，减去此前已给 4 个」 and any batch-size limit. */
export function quotaWorking(t: Translate, quota: NonNullable<Results['quota']>): string {
  const line = t('officeList.quota.working', {
    places: quota.places,
    divisions: quota.countyLevelDivisions,
    asOf: quota.divisionsAsOf,
    percent: quota.capPercent,
    exact: quota.exactCap,
    rounding: t(`officeWorkspace.quota.rounding.${quota.rounding}`),
    rounded: quota.roundedCap,
    given: quota.alreadyGiven,
  });
  return quota.limitedByBatchSize ? `${line}${t('officeList.quota.limitedByBatchSize', { batchSize: quota.batchSize ?? '' })}` : line;
}

/** Application id → county name, from whatever the screen holds; the id itself when nothing names it. */
export type CountyNamer = (applicationId: string) => string;

export function countyNamer(...sources: ReadonlyArray<ReadonlyArray<{ applicationId: string; countyName: string }>>): CountyNamer {
  const names = new Map<string, string>();
  for (const source of sources) for (const entry of source) names.set(entry.applicationId, entry.countyName);
  return (applicationId) => names.get(applicationId) ?? applicationId;
}

/** One adjustment in words: 「移出名单：清河县」, 「调整位置：清河县 调至第 3 名」. */
export function adjustmentText(t: Translate, adjustment: ListAdjustment, county: CountyNamer): string {
  const name = county(adjustment.applicationId);
  if (adjustment.kind === 'move') return t('officeList.adjustment.move', { county: name, position: adjustment.toPosition });
  return t(`officeList.adjustment.${adjustment.kind}`, { county: name });
}

/** A problem with the adjustments, saying which one (by its number in the list) and what to do. */
export function problemText(t: Translate, problem: AdjustmentProblem, county: CountyNamer): string {
  if (problem.code === 'overQuota') return t('officeList.problem.overQuota', { over: problem.listed - problem.places, places: problem.places });
  return t(`officeList.problem.${problem.code}`, { number: problem.index + 1, county: county(problem.applicationId) });
}
