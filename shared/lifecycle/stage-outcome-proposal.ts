// What a review session's results propose for each county's register entry (issue #8): which event a session
// of each stage records, which outcomes it may carry, and the outcome its results point to. A proposal only;
// the register changes when the office confirms it (stage-outcomes.ts).
import type { EligibilityStatus } from '../panel/eligibility';
import type { Stage } from '../standard/schema';
import { GRADES, QUALIFICATION_RESULTS, REINSPECTION_RESULTS, type EventKind } from './transition-events';

export type StageEventKind = Extract<EventKind, 'qualificationDecided' | 'midtermRecorded' | 'acceptanceDecided' | 'reinspectionDecided'>;

/** The register event a session of each stage decides. Re-checks of named counties have no stage of their own. */
export const STAGE_EVENT: Readonly<Record<Stage, StageEventKind>> = {
  qualification: 'qualificationDecided',
  midterm: 'midtermRecorded',
  acceptance: 'acceptanceDecided',
  reinspection: 'reinspectionDecided',
};

/** The outcomes an event of the stage may carry, best first. */
export const STAGE_OUTCOMES: Readonly<Record<Stage, readonly string[]>> = {
  qualification: QUALIFICATION_RESULTS,
  midterm: GRADES,
  acceptance: GRADES,
  reinspection: REINSPECTION_RESULTS,
};

/**
 * Grade band names as offices write them (standard.grades is free text), by the grade they mean. Compared
 * without spaces and case. A band not listed here proposes nothing: the office chooses, rather than the app guessing.
 */
const BAND_NAMES: Readonly<Record<(typeof GRADES)[number], readonly string[]>> = {
  excellent: ['优秀', '优', 'excellent'],
  pass: ['合格', '良好', '良', '通过', '达标', 'pass', 'good', 'passed'],
  fail: ['不合格', '不通过', '不达标', '差', 'fail', 'failed'],
};

const normalised = (name: string): string => name.replace(/\s+/g, '').toLowerCase();

/** The grade a band's name means, or undefined when the name is not one we know. */
export function gradeOfBandName(name: string): (typeof GRADES)[number] | undefined {
  const key = normalised(name);
  return GRADES.find((grade) => BAND_NAMES[grade].some((known) => normalised(known) === key));
}

/** Why the results propose what they do (shown beside the proposal), or why they propose nothing. */
export type ProposalBasis =
  | 'signedList' // qualification: on the latest signed suggestion list, or not
  | 'gradeBand' // the aggregate reached the band that names the grade
  | 'ineligible' // a veto item failed or a prerequisite was unmet: the stage is failed whatever the score
  | 'notScored' // nobody scored the county: nothing to propose
  | 'noBand' // the standard has no grade bands, so the score names no grade
  | 'unknownBand'; // the band's name is not one we can read as a grade

export interface Proposal {
  outcome: string | null;
  basis: ProposalBasis;
}

/** An application's result, as far as the register needs it. */
export interface StageResult {
  applicationId: string;
  countyCode: string;
  countyName: string;
  aggregate: number | null;
  /** The grade band's name the aggregate reached, as the standard spells it. */
  grade: string | null;
  status: EligibilityStatus;
  /** Every assigned expert has a valid sheet or a recusal. */
  complete: boolean;
}

/** For a graded stage (mid-term, acceptance, re-inspection): the outcome the result's grade band names. */
export function proposeGradedOutcome(stage: Exclude<Stage, 'qualification'>, result: StageResult): Proposal {
  if (result.status === 'ineligible') return { outcome: 'fail', basis: 'ineligible' };
  if (result.status !== 'eligible' || result.aggregate === null) return { outcome: null, basis: 'notScored' };
  if (result.grade === null) return { outcome: null, basis: 'noBand' };
  const grade = gradeOfBandName(result.grade);
  if (grade === undefined) return { outcome: null, basis: 'unknownBand' };
  // A re-inspection is passed or failed: an excellent score passes it.
  if (stage === 'reinspection') return { outcome: grade === 'fail' ? 'fail' : 'pass', basis: 'gradeBand' };
  return { outcome: grade, basis: 'gradeBand' };
}

/** For a qualification review: qualified exactly when the county is on the latest signed suggestion list. */
export function proposeQualificationOutcome(result: StageResult, listedCodes: ReadonlySet<string>): Proposal {
  return { outcome: listedCodes.has(result.countyCode) ? 'qualified' : 'notQualified', basis: 'signedList' };
}
