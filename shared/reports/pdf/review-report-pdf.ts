// 评审报告: the report the panel signs and the leading group reads — the session and standard, the rules the
// results were computed by, the quota, the ranking, the suggestion list with its cut line and preference
// moves, what was not ranked and why, how far the experts agreed, what the data rest on, and a signature
// page for every panel member with room for a dissent.
import type { Locale } from '../../i18n/translate';
import type { ReportModel } from '../report-model';
import { builderContext } from './builder-context';
import { reportDocument, reportTitle } from './document-frame';
import type { PdfDocument } from './pdf-document';
import { agreementContent } from './review-agreement';
import { incompleteWarning, integrityContent, overviewContent } from './review-integrity';
import { methodContent, quotaContent } from './review-method';
import { excludedContent, rankingContent, suggestionListContent } from './review-ranking';
import { signatureSection } from './signature-page';
import { provenanceFacts, sessionFacts, titleBlock } from './title-block';

export function buildReviewReportPdf(model: ReportModel, locale: Locale): PdfDocument {
  const context = builderContext(model, locale);
  const title = reportTitle(context.t, 'reviewReport');
  return reportDocument(model, locale, 'reviewReport', [
    titleBlock(model, title, [...sessionFacts(model, locale), ...provenanceFacts(model, locale)]),
    incompleteWarning(context),
    overviewContent(context),
    methodContent(context),
    quotaContent(context),
    rankingContent(context),
    suggestionListContent(context),
    excludedContent(context),
    agreementContent(context),
    integrityContent(context),
    signatureSection(context),
  ]);
}
