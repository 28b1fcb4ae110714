// Everything the panel concludes about one application: who scored, the aggregate and what was dropped,
// per-indicator aggregates, deviations, eligibility and grade. Ranking comes later, across applications.
import type { Application } from '../model/application';
import type { CompiledStandard } from '../standard/compile';
import { fromHundredths } from '../util/hundredths';
import { aggregateTotals, type AggregateResult, type ExpertScore } from './aggregate';
import type { CollectedSheet } from './collect-sheets';
import { deviationsOf } from './deviation';
import { eligibilityOf, type ExpertVerdict } from './eligibility';
import { gradeOf } from './grade';
import { indicatorAggregates } from './indicator-aggregates';
import type { ApplicationResult, ExpertOnApplication } from './results';

export interface ApplicationComputation {
  result: ApplicationResult;
  aggregate: AggregateResult;
  /** Each scoring expert's total in hundredths, by expert id (for agreement statistics). */
  totalsH: Map<string, number>;
  /** Indicator aggregates in hundredths, for exact tie-breaks. */
  indicatorsH: Record<string, number>;
}

export function computeApplication(
  compiled: CompiledStandard,
  app: Application,
  assignedExperts: readonly string[],
  sheets: ReadonlyMap<string, CollectedSheet>,
): ApplicationComputation {
  const { standard } = compiled;
  const scores: ExpertScore[] = [];
  const verdicts: ExpertVerdict[] = [];
  const leafRows = new Map<string, Int32Array>();
  const totalsH = new Map<string, number>();
  const experts: ExpertOnApplication[] = [];
  // An application the office excluded at intake is not scored: no expert owes a sheet for it.
  const officeExcluded = app.missingPrerequisites.some((id) => compiled.leafById.get(id)?.kind === 'prerequisite');
  for (const expertId of officeExcluded ? [] : assignedExperts) {
    const collected = sheets.get(expertId);
    if (!collected) {
      experts.push({ expertId, state: 'missing' });
      continue;
    }
    if (collected.state !== 'scored') {
      experts.push(collected.state === 'recused' ? { expertId, state: 'recused', recusalReason: collected.reason } : { expertId, state: 'invalid' });
      continue;
    }
    const { total, sheet } = collected;
    scores.push({ expertId, totalH: total.totalH });
    totalsH.set(expertId, total.totalH);
    leafRows.set(expertId, total.leafH);
    verdicts.push({ expertId, vetoFailed: total.vetoFailed, prerequisitesUnmet: total.prerequisitesUnmet, comments: sheet.comments });
    experts.push({
      expertId,
      state: 'scored',
      total: fromHundredths(total.totalH),
      base: fromHundredths(total.baseH),
      bonus: fromHundredths(total.bonusH),
      bonusCapped: fromHundredths(total.bonusCappedH),
      deduction: fromHundredths(total.deductionH),
      flooredAtZero: total.flooredAtZero,
      vetoFailed: total.vetoFailed,
      prerequisitesUnmet: total.prerequisitesUnmet,
      recommendation: sheet.recommendation,
    });
  }
  const eligibility = eligibilityOf(compiled, app.missingPrerequisites, verdicts);
  const aggregate =
    eligibility.status === 'notScored' ? aggregateTotals([], standard.aggregation) : aggregateTotals(scores, standard.aggregation);
  if (aggregate.aggregateH !== null) {
    const dropped = new Map(aggregate.dropped.map((d) => [d.expertId, d.why]));
    const deviations = new Map(deviationsOf(scores, aggregate.aggregateH, standard.deviation).map((d) => [d.expertId, d]));
    for (const entry of experts) {
      const deviation = deviations.get(entry.expertId);
      if (entry.state !== 'scored' || !deviation) continue;
      entry.dropped = dropped.get(entry.expertId) ?? null;
      entry.difference = fromHundredths(deviation.differenceH);
      entry.z = deviation.z;
      entry.deviationFlagged = deviation.flagged;
    }
  }
  const keptRows: Int32Array[] = [];
  for (const id of aggregate.keptExpertIds) {
    const row = leafRows.get(id);
    if (row) keptRows.push(row);
  }
  const indicatorsH = indicatorAggregates(compiled, keptRows, standard.aggregation);
  const indicators: Record<string, number> = {};
  for (const [id, valueH] of Object.entries(indicatorsH)) indicators[id] = fromHundredths(valueH);
  return {
    aggregate,
    totalsH,
    indicatorsH,
    result: {
      applicationId: app.id,
      countyName: app.countyName,
      countyCode: app.countyCode,
      city: app.city,
      poverty: app.poverty,
      status: eligibility.status,
      findings: eligibility.findings,
      experts,
      aggregate: aggregate.aggregateH === null ? null : fromHundredths(aggregate.aggregateH),
      aggregateMethod: aggregate.method,
      counted: aggregate.counted,
      indicators,
      // A veto failed or a prerequisite unmet disqualifies (一票否决): such a county earns no grade from its score.
      grade: aggregate.aggregateH === null || eligibility.status !== 'eligible' ? null : gradeOf(aggregate.aggregateH, standard.grades),
      rank: null,
      tieWithPreviousDecidedBy: null,
      complete: eligibility.status === 'notScored' || experts.every((e) => e.state === 'scored' || e.state === 'recused'),
    },
  };
}
