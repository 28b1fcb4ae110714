// How far an application's sheet is: the leaves scored out of those the expert must score. Counted with
// validateSheet's own "missing value" rule, so the figure agrees with the completeness check before export
// (an unmet prerequisite frees the other leaves; veto and deduction leaves need no value).
import type { ScoreSheet } from '../../../shared/scoring/score-sheet';
import { validateSheet } from '../../../shared/scoring/validate-sheet';
import type { CompiledStandard } from '../../../shared/standard/compile';
import { emptyScoredSheet } from '../scoring/sheet-edit';

export interface SheetProgress {
  recused: boolean;
  done: number;
  total: number;
}

const missingCount = (compiled: CompiledStandard, sheet: ScoreSheet): number =>
  validateSheet(compiled, sheet).filter((problem) => problem.code === 'sheet.missingValue').length;

export function sheetProgress(compiled: CompiledStandard, sheet: ScoreSheet | undefined, applicationId: string): SheetProgress {
  const total = missingCount(compiled, emptyScoredSheet('', applicationId));
  if (sheet === undefined) return { recused: false, done: 0, total };
  if (sheet.status === 'recused') return { recused: true, done: 0, total };
  return { recused: false, done: Math.max(0, total - missingCount(compiled, sheet)), total };
}
