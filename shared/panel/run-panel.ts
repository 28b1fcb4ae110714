// The whole panel pipeline: score sheets in, results out — collect and validate sheets, compute each
// application, rank the eligible ones, apply the quota and the preference rule, and summarise agreement
// and each expert's severity. Pure and deterministic: the same input gives the same results.
// Only a qualification review has a quota; a stage session (mid-term, acceptance, re-inspection) grades each
// county on its own by the standard's bands, so without a quota there is no quota working and no list.
import type { Application } from '../model/application';
import type { Problem } from '../problems';
import type { Expert } from '../model/expert';
import type { ScoreSheet } from '../scoring/score-sheet';
import { compileStandard } from '../standard/compile';
import type { Standard } from '../standard/schema';
import { fingerprintOf } from '../util/fingerprint';
import { divideRounded, fromHundredths } from '../util/hundredths';
import { agreementOf } from './agreement-of';
import { computeApplication, type ApplicationComputation } from './application-result';
import { collectSheets } from './collect-sheets';
import { computeQuota, type QuotaSettingsInput } from './quota';
import type { RankedEntry } from './ranked-entry';
import { rankCandidates } from './ranking';
import { RESULTS_FORMAT, RESULTS_FORMAT_VERSION, type ExpertSummary, type PanelResults, type SessionFacts } from './results';
import { buildSuggestionList } from './suggestion-list';

export interface PanelInput {
  session: SessionFacts;
  standard: Standard;
  applications: readonly Application[];
  experts: readonly Expert[];
  sheets: readonly ScoreSheet[];
  /** Application id → assigned expert ids; absent: every expert is assigned every application. */
  assignments?: Readonly<Record<string, readonly string[]>>;
  /** The quota settings; absent for a stage that grades each county instead of listing places. */
  quota?: QuotaSettingsInput;
}

export function runPanel(input: PanelInput): PanelResults {
  const { standard } = input;
  const compiled = compileStandard(standard, input.session.stage);
  const collected = collectSheets(compiled, input.applications, input.experts, input.sheets, input.assignments);
  const computations: ApplicationComputation[] = input.applications.map((app) =>
    computeApplication(compiled, app, collected.assigned.get(app.id) ?? [], collected.byApplication.get(app.id) ?? new Map()),
  );

  const eligible = computations.filter((c) => c.result.status === 'eligible' && c.aggregate.aggregateH !== null);
  const ranked = rankCandidates(
    eligible.map((c) => ({
      applicationId: c.result.applicationId,
      countyCode: c.result.countyCode,
      scoreH: c.aggregate.aggregateH ?? 0,
      indicators: c.indicatorsH,
      computation: c,
    })),
    standard.tieBreak,
  );
  for (const { candidate, rank, tieWithPreviousDecidedBy } of ranked) {
    candidate.computation.result.rank = rank;
    candidate.computation.result.tieWithPreviousDecidedBy = tieWithPreviousDecidedBy;
  }
  const rankedEntries: RankedEntry[] = ranked.map(({ candidate, rank }) => ({
    applicationId: candidate.applicationId,
    countyName: candidate.computation.result.countyName,
    countyCode: candidate.countyCode,
    poverty: candidate.computation.result.poverty,
    scoreH: candidate.scoreH,
    rank,
    tieBreakKey: standard.tieBreak.map((id) => candidate.indicators[id] ?? 0).join('/'),
  }));
  const quota = input.quota === undefined ? null : computeQuota(input.quota);
  const results = computations.map((c) => c.result);
  return {
    format: RESULTS_FORMAT,
    formatVersion: RESULTS_FORMAT_VERSION,
    session: input.session,
    standard: { title: standard.title, version: standard.version, fingerprint: fingerprintOf(standard) },
    rules: {
      aggregation: standard.aggregation,
      tieBreak: standard.tieBreak,
      preference: standard.preference,
      vetoConsensus: standard.vetoConsensus,
      deviation: standard.deviation,
      grades: standard.grades,
    },
    applications: results,
    ranking: ranked.map(({ candidate, rank, tieWithPreviousDecidedBy }) => ({
      rank,
      applicationId: candidate.applicationId,
      countyName: candidate.computation.result.countyName,
      score: fromHundredths(candidate.scoreH),
      tieWithPreviousDecidedBy,
    })),
    excluded: results
      .filter((r) => r.status !== 'eligible' || r.aggregate === null)
      .map((r) => ({ applicationId: r.applicationId, countyName: r.countyName, status: r.status, findings: r.findings })),
    quota,
    suggestionList: quota === null ? null : buildSuggestionList(rankedEntries, quota.places, standard.preference),
    agreement: agreementOf(
      computations.filter((c) => c.result.status !== 'notScored').map((c) => c.totalsH),
      input.experts.map((e) => e.id),
    ),
    experts: summariseExperts(input.experts, computations),
    problems: [...collected.problems].sort(byWhereThenCode),
    complete: results.every((r) => r.complete),
  };
}

/** Problems in a stable order, whatever order the sheets came in. */
function byWhereThenCode(a: Problem, b: Problem): number {
  return a.where < b.where ? -1 : a.where > b.where ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function summariseExperts(experts: readonly Expert[], computations: readonly ApplicationComputation[]): ExpertSummary[] {
  return experts.map((expert) => {
    const summary: ExpertSummary = { expertId: expert.id, name: expert.name, scored: 0, recused: 0, missing: 0, invalid: 0, meanDifference: null, flagged: 0 };
    let differenceSumH = 0;
    let differenceCount = 0;
    for (const { result } of computations) {
      const entry = result.experts.find((e) => e.expertId === expert.id);
      if (!entry) continue;
      summary[entry.state] += 1;
      if (entry.difference !== undefined) {
        differenceSumH += Math.round(entry.difference * 100);
        differenceCount += 1;
      }
      if (entry.deviationFlagged) summary.flagged += 1;
    }
    summary.meanDifference = differenceCount === 0 ? null : fromHundredths(divideRounded(differenceSumH, differenceCount));
    return summary;
  });
}
