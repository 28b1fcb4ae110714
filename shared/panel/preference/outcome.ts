// What applying a preference rule produces: the final order with the list marked, and a move for every county
// the rule moved up, so the report can say which rule moved whom and why.
import type { PreferenceRule } from '../../standard/schema';
import type { RankedEntry } from '../ranked-entry';
import type { Explanation } from './messages';

export type PreferenceRuleKind = PreferenceRule['kind'];
/** The rules that can move a county; 'none' never does. */
export type MovingRuleKind = Exclude<PreferenceRuleKind, 'none'>;

export interface PlacedEntry extends RankedEntry {
  /** 1-based position in the final order. */
  position: number;
  /** 1-based position in the ranking before the rule (its index in rank order, plus one). */
  originalPosition: number;
  /** The score the rule ranked by: scoreH plus the bonus for a poverty county under bonusPoints, else scoreH. */
  rankingScoreH: number;
  /** On the suggestion list. */
  inside: boolean;
  /** Set when this county was moved up by the rule (it has a move). */
  movedBy?: MovingRuleKind;
}

export interface PreferenceMove {
  rule: MovingRuleKind;
  /** The poverty-alleviated county the rule moved up. */
  applicationId: string;
  countyName: string;
  fromPosition: number;
  toPosition: number;
  /** fromPosition − toPosition, always > 0. */
  positionsGained: number;
  /** It was outside the list by score and is inside after the rule. */
  enteredList: boolean;
  /**
   * In hundredths. bonusPoints: the points added. withinPoints and reservedPlaces: the displaced county's
   * score minus this county's score (the gap the rule bridged).
   */
  pointsH: number;
  /** Counties that lost their place on the list to this move (withinPoints, reservedPlaces: exactly one). */
  displaced: readonly string[];
  /** Every county ranked ahead of it before the rule and behind it after, by application id. */
  passed: readonly string[];
  explanation: Explanation;
}

/**
 * Entries with equal ranking scores on both sides of the cut that the rule cannot tell apart. The list follows
 * the ranking order, but the office must decide these; never silently settled.
 */
export interface TieAtCutLine {
  /** Tied entries inside the list, in final order. */
  inside: readonly string[];
  /** Tied entries outside the list, in final order. */
  outside: readonly string[];
  explanation: Explanation;
}

export interface PreferenceOutcome {
  rule: PreferenceRule;
  /** The places asked for. */
  places: number;
  /** The list's length: min(places, entries). */
  listSize: number;
  /** Every entry in final order; the first `listSize` are inside. */
  ordered: readonly PlacedEntry[];
  moves: readonly PreferenceMove[];
  tieAtCutLine: TieAtCutLine | null;
  /** One sentence naming the rule that applied, for the report. */
  summary: Explanation;
}
