// Immutable edits of a scored sheet. The panel is controlled: every edit builds a new sheet and hands it to
// the caller, who persists it at once; nothing here keeps state of its own.
import type { LeafValue, Opinion, RECOMMENDATIONS, ScoredSheet } from '../../../shared/scoring/score-sheet';

export type Recommendation = (typeof RECOMMENDATIONS)[number];

export function emptyScoredSheet(expertId: string, applicationId: string): ScoredSheet {
  return {
    expertId,
    applicationId,
    status: 'scored',
    values: {},
    comments: {},
    opinion: { strengths: '', problems: '', suggestions: '' },
    recommendation: 'undecided',
  };
}

/** `undefined` removes the value: an unscored leaf has no key at all, as validateSheet expects. */
export function withValue(sheet: ScoredSheet, id: string, value: LeafValue | undefined): ScoredSheet {
  const values = { ...sheet.values };
  if (value === undefined) delete values[id];
  else values[id] = value;
  return { ...sheet, values };
}

/** An empty comment is removed rather than stored as '' so files stay small and equal sheets compare equal. */
export function withComment(sheet: ScoredSheet, id: string, comment: string): ScoredSheet {
  const comments = { ...sheet.comments };
  if (comment === '') delete comments[id];
  else comments[id] = comment;
  return { ...sheet, comments };
}

export function withOpinion(sheet: ScoredSheet, opinion: Opinion): ScoredSheet {
  return { ...sheet, opinion };
}

export function withRecommendation(sheet: ScoredSheet, recommendation: Recommendation): ScoredSheet {
  return { ...sheet, recommendation };
}
