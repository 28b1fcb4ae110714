// The shape of a panel's results (results.json, documented in results-format.md). Scores here are
// decimals with two places (84.5 = 84.50), converted once from the exact hundredths used inside.
import type { Problem } from '../problems';
import type { AggregationPolicy, DeviationRule, PreferenceRule, Stage, Standard } from '../standard/schema';
import type { AggregateMethod, DropReason } from './aggregate';
import type { EligibilityStatus, Finding } from './eligibility';
import type { QuotaComputation } from './quota';
import type { TieDecidedBy } from './ranking';
import type { SuggestionListResult } from './suggestion-list';

export const RESULTS_FORMAT = 'review-desk/results';
export const RESULTS_FORMAT_VERSION = 1;

export interface SessionFacts {
  name: string;
  stage: Stage;
  batch?: number;
}

export type ExpertSheetState = 'scored' | 'recused' | 'missing' | 'invalid';

export interface ExpertOnApplication {
  expertId: string;
  state: ExpertSheetState;
  recusalReason?: string;
  /** The sheet's total (scored only). */
  total?: number;
  base?: number;
  bonus?: number;
  bonusCapped?: number;
  deduction?: number;
  flooredAtZero?: boolean;
  vetoFailed?: string[];
  prerequisitesUnmet?: string[];
  /** Dropped by the trimmed mean, and why. */
  dropped?: DropReason | null;
  /** total − aggregate, and z among the panel's totals. */
  difference?: number;
  z?: number | null;
  deviationFlagged?: boolean;
  recommendation?: string;
}

export interface ApplicationResult {
  applicationId: string;
  countyName: string;
  countyCode: string;
  city: string;
  poverty: boolean;
  status: EligibilityStatus;
  findings: Finding[];
  experts: ExpertOnApplication[];
  aggregate: number | null;
  aggregateMethod: AggregateMethod;
  /** Experts whose totals counted (non-recused, valid sheet). */
  counted: number;
  /** Indicator (leaf or group) id → aggregate. */
  indicators: Record<string, number>;
  grade: string | null;
  /** Position in the ranking of eligible applications, or null. */
  rank: number | null;
  tieWithPreviousDecidedBy: TieDecidedBy | null;
  /** Every assigned expert has a valid sheet or a recusal. */
  complete: boolean;
}

export interface ExpertSummary {
  expertId: string;
  name: string;
  scored: number;
  recused: number;
  missing: number;
  invalid: number;
  /** Mean of (total − aggregate) over the applications this expert scored: < 0 stricter, > 0 more lenient. */
  meanDifference: number | null;
  flagged: number;
}

export interface AgreementResult {
  /** Applications and experts in the complete-case matrix the statistics were computed on. */
  applications: number;
  experts: number;
  iccSingle: number | null;
  iccAverage: number | null;
  kendallW: number | null;
  kendallChiSquared: number | null;
}

export interface PanelResults {
  format: typeof RESULTS_FORMAT;
  formatVersion: typeof RESULTS_FORMAT_VERSION;
  session: SessionFacts;
  standard: { title: string; version: string; fingerprint: string };
  rules: {
    aggregation: AggregationPolicy;
    tieBreak: string[];
    preference: PreferenceRule;
    vetoConsensus: Standard['vetoConsensus'];
    deviation: DeviationRule;
    grades: Standard['grades'];
  };
  applications: ApplicationResult[];
  /** Eligible applications, best first. */
  ranking: Array<{ rank: number; applicationId: string; countyName: string; score: number; tieWithPreviousDecidedBy: TieDecidedBy | null }>;
  /** Not ranked: vetoed, prerequisite unmet, not scored, or nobody scored; with the findings. */
  excluded: Array<{ applicationId: string; countyName: string; status: EligibilityStatus; findings: Finding[] }>;
  /** The quota working; null for a session without a quota (a stage that grades each county by the bands). */
  quota: QuotaComputation | null;
  /** The suggestion list under the quota; null exactly when `quota` is null. */
  suggestionList: SuggestionListResult | null;
  agreement: AgreementResult;
  experts: ExpertSummary[];
  /** Problems with the input sheets (invalid values, unknown experts, duplicates…). */
  problems: Problem[];
  /** Every assigned expert has answered every application. */
  complete: boolean;
}
