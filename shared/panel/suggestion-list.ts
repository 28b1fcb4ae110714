// The suggestion list (建议名单) the office hands to the leading group: the quota's places filled from the
// ranking after the preference rule, with the cut line, the rule's moves and any tie the office must decide.
import type { PreferenceRule } from '../standard/schema';
import {
  applyPreference,
  type Explanation,
  type MovingRuleKind,
  type PlacedEntry,
  type PreferenceMove,
  type TieAtCutLine,
} from './preference';
import type { RankedEntry } from './ranked-entry';

export interface SuggestionListEntry {
  /** 1-based position on the list. */
  position: number;
  applicationId: string;
  countyName: string;
  countyCode: string;
  poverty: boolean;
  /** The panel aggregate in hundredths. */
  scoreH: number;
  /** The score the rule ranked by (differs from scoreH only for poverty counties under bonusPoints). */
  rankingScoreH: number;
  /** Rank before the preference rule, as the ranking step gave it. */
  originalRank: number;
  /** Present when the preference rule moved this county up. */
  movedBy?: MovingRuleKind;
}

export interface CutLine {
  /** Panel aggregate of the last county on the list. */
  lastInScoreH: number;
  /** Panel aggregate of the first county below the list in final order. */
  firstOutScoreH: number;
  lastInApplicationId: string;
  firstOutApplicationId: string;
}

export interface SuggestionListResult {
  /** The places the quota allows; the list may be shorter when fewer applications are eligible. */
  places: number;
  rule: PreferenceRule;
  entries: readonly SuggestionListEntry[];
  /** The eligible applications not on the list, in final order, positions continuing after the list. */
  notListed: readonly SuggestionListEntry[];
  /** Null when the list is empty or holds everyone. */
  cutLine: CutLine | null;
  moves: readonly PreferenceMove[];
  tieAtCutLine: TieAtCutLine | null;
  /** One sentence naming the preference rule that applied. */
  ruleSummary: Explanation;
}

export function buildSuggestionList(
  ranked: readonly RankedEntry[],
  places: number,
  rule: PreferenceRule,
): SuggestionListResult {
  const outcome = applyPreference(ranked, places, rule);
  const entries = outcome.ordered.filter((entry) => entry.inside).map(toListEntry);
  const notListed = outcome.ordered.filter((entry) => !entry.inside).map(toListEntry);
  return {
    places,
    rule,
    entries,
    notListed,
    cutLine: cutLineBetween(entries.at(-1), notListed[0]),
    moves: outcome.moves,
    tieAtCutLine: outcome.tieAtCutLine,
    ruleSummary: outcome.summary,
  };
}

function toListEntry(entry: PlacedEntry): SuggestionListEntry {
  return {
    position: entry.position,
    applicationId: entry.applicationId,
    countyName: entry.countyName,
    countyCode: entry.countyCode,
    poverty: entry.poverty,
    scoreH: entry.scoreH,
    rankingScoreH: entry.rankingScoreH,
    originalRank: entry.rank,
    ...(entry.movedBy === undefined ? {} : { movedBy: entry.movedBy }),
  };
}

function cutLineBetween(
  lastIn: SuggestionListEntry | undefined,
  firstOut: SuggestionListEntry | undefined,
): CutLine | null {
  if (lastIn === undefined || firstOut === undefined) return null;
  return {
    lastInScoreH: lastIn.scoreH,
    firstOutScoreH: firstOut.scoreH,
    lastInApplicationId: lastIn.applicationId,
    firstOutApplicationId: firstOut.applicationId,
  };
}
