// Ranking of eligible applications: by the aggregate (as published, two decimals), then by the
// standard's tie-break indicators in order (their aggregates, higher first), then — the documented final
// rule — by county code ascending. A tie that only the final rule separated is flagged, because the
// office must then decide (by discussion or a new vote), not the software.
import type { IndicatorAggregates } from './indicator-aggregates';

export interface RankCandidate {
  applicationId: string;
  countyCode: string;
  scoreH: number;
  indicators: IndicatorAggregates;
}

export type TieDecidedBy = { kind: 'indicator'; indicatorId: string } | { kind: 'countyCode' };

export interface RankedCandidate<T extends RankCandidate = RankCandidate> {
  candidate: T;
  rank: number;
  /** When this entry had the same score as the one above it: what put it below. */
  tieWithPreviousDecidedBy: TieDecidedBy | null;
}

function decide(a: RankCandidate, b: RankCandidate, tieBreak: readonly string[]): { order: number; by: TieDecidedBy | null } {
  if (a.scoreH !== b.scoreH) return { order: b.scoreH - a.scoreH, by: null };
  for (const indicatorId of tieBreak) {
    const diff = (b.indicators[indicatorId] ?? 0) - (a.indicators[indicatorId] ?? 0);
    if (diff !== 0) return { order: diff, by: { kind: 'indicator', indicatorId } };
  }
  const order = a.countyCode < b.countyCode ? -1 : a.countyCode > b.countyCode ? 1 : a.applicationId < b.applicationId ? -1 : 1;
  return { order, by: { kind: 'countyCode' } };
}

export function rankCandidates<T extends RankCandidate>(candidates: readonly T[], tieBreak: readonly string[]): RankedCandidate<T>[] {
  const sorted = [...candidates].sort((a, b) => decide(a, b, tieBreak).order);
  return sorted.map((candidate, i) => {
    const previous = i > 0 ? sorted[i - 1] : undefined;
    const tieWithPreviousDecidedBy =
      previous && previous.scoreH === candidate.scoreH ? decide(previous, candidate, tieBreak).by : null;
    return { candidate, rank: i + 1, tieWithPreviousDecidedBy };
  });
}
