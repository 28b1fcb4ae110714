// One eligible application in ranked order, as the quota and preference steps consume it.
export interface RankedEntry {
  applicationId: string;
  countyName: string;
  countyCode: string;
  poverty: boolean;
  /** The panel aggregate in integer hundredths (8450 = 84.50). */
  scoreH: number;
  /** 1-based position in the ranking before any preference rule. */
  rank: number;
  /**
   * The standard's tie-break indicator aggregates, joined. Two entries with equal scores whose keys differ
   * were told apart by the standard, so they are not a tie the office must decide. Absent: '' (no key).
   */
  tieBreakKey?: string;
}
