// The review report's numbered part headings. A qualification review has eight parts (with the quota
// working and the suggestion list); a stage session that grades each county (mid-term, acceptance,
// re-inspection) has neither, so its later parts are numbered on from three instead of leaving gaps.
import type { MessageParams } from '../../i18n/translate';
import type { ReportModel } from '../report-model';
import type { BuilderContext } from './builder-context';

export type NumberedPart = 'ranking' | 'excluded' | 'agreement' | 'integrity';

/** The results carry no suggestion list: the session grades each county by the standard's bands. */
export function isGradedStage(model: ReportModel): boolean {
  return model.results.suggestionList === null;
}

export function partHeading(context: BuilderContext, part: NumberedPart, params: MessageParams = {}): string {
  const graded = isGradedStage(context.model);
  return context.t(graded ? `reportPdf.review.graded.${part}Heading` : `reportPdf.review.${part}Heading`, params);
}
