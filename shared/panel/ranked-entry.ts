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
}
