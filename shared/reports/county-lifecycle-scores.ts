// Scores by stage read off the register: a panel's decision event carries the county's total from its review
// session once the office confirmed that session's outcome into the register (transition-events.ts `score`).
// The register is then the one source of the overview's score columns, so a workbook written today and one
// written next year from the same register say the same thing.
import type { CountyEntry } from '../lifecycle/county-entry';
import type { EventKind } from '../lifecycle/transition-events';
import type { Stage } from '../standard/schema';
import type { StageScores } from './workbook/programme-overview-columns';

/** The panel events that close a stage the standard scores; a re-check has no standard stage of its own. */
const STAGE_OF_EVENT: Partial<Record<EventKind, Stage>> = {
  qualificationDecided: 'qualification',
  midtermRecorded: 'midterm',
  acceptanceDecided: 'acceptance',
  reinspectionDecided: 'reinspection',
};

/** One county's scores: per stage the latest event with a score (a later decision supersedes an earlier one). */
export function stageScoresOf(county: Pick<CountyEntry, 'history'>): StageScores {
  const scores: StageScores = {};
  for (const { event } of county.history) {
    const stage = STAGE_OF_EVENT[event.kind];
    if (stage === undefined || event.score === undefined) continue;
    scores[stage] = { total: event.score, sessionId: event.sessionId ?? '' };
  }
  return scores;
}

/**
 * County code → scores by stage for every county with at least one score; null when no event in the register
 * carries one (a register typed in by hand), so the overview leaves out eight columns that would all be empty.
 */
export function registerStageScores(counties: readonly CountyEntry[]): ReadonlyMap<string, StageScores> | null {
  const scores = new Map<string, StageScores>();
  for (const county of counties) {
    const own = stageScoresOf(county);
    if (Object.keys(own).length > 0) scores.set(county.code, own);
  }
  return scores.size === 0 ? null : scores;
}
