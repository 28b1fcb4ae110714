// Words the workbook's cells use for the domain's states, from the locale files (statuses, sheet states,
// recommendations, yes/no), so the sheets read in the reader's language and filter on stable words.
import type { EligibilityStatus } from '../../panel/eligibility';
import type { ExpertSheetState } from '../../panel/results';
import { translate, type Locale, type MessageKey } from '../../i18n/translate';
import type { RECOMMENDATIONS } from '../../scoring/score-sheet';
import type { LeafKind } from '../../standard/schema';

const STATUS: Record<EligibilityStatus, MessageKey> = {
  eligible: 'reportWorkbook.status.eligible',
  ineligible: 'reportWorkbook.status.ineligible',
  notScored: 'reportWorkbook.status.notScored',
  noScores: 'reportWorkbook.status.noScores',
};

const STATE: Record<ExpertSheetState, MessageKey> = {
  scored: 'reportWorkbook.state.scored',
  recused: 'reportWorkbook.state.recused',
  missing: 'reportWorkbook.state.missing',
  invalid: 'reportWorkbook.state.invalid',
};

const RECOMMENDATION: Record<(typeof RECOMMENDATIONS)[number], MessageKey> = {
  recommend: 'reportWorkbook.recommendation.recommend',
  notRecommend: 'reportWorkbook.recommendation.notRecommend',
  undecided: 'reportWorkbook.recommendation.undecided',
};

const KIND: Record<LeafKind, MessageKey> = {
  points: 'standard.kind.points',
  tiers: 'standard.kind.tiers',
  passFail: 'standard.kind.passFail',
  veto: 'standard.kind.veto',
  prerequisite: 'standard.kind.prerequisite',
  bonus: 'standard.kind.bonus',
  deduction: 'standard.kind.deduction',
};

export const statusWord = (locale: Locale, status: EligibilityStatus): string => translate(locale, STATUS[status]);
export const stateWord = (locale: Locale, state: ExpertSheetState): string => translate(locale, STATE[state]);
export const recommendationWord = (locale: Locale, recommendation: (typeof RECOMMENDATIONS)[number]): string =>
  translate(locale, RECOMMENDATION[recommendation]);
export const kindWord = (locale: Locale, kind: LeafKind): string => translate(locale, KIND[kind]);
export const yesNo = (locale: Locale, yes: boolean): string => translate(locale, yes ? 'reportWorkbook.yes' : 'reportWorkbook.no');
/** Items of a list in a cell: 、 in Chinese, a comma in English. */
export const listText = (locale: Locale, items: readonly string[]): string => items.join(translate(locale, 'reportWorkbook.listSeparator'));
