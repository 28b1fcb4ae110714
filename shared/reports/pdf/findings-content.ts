// Why an application cannot be ranked, in sentences: a veto the panel found failed or a prerequisite found
// unmet (how many of the scoring experts said so, and each one's reason), or a prerequisite the office
// found missing at intake. Printed in the application summary and in the review report's excluded list.
import type { Finding } from '../../panel/eligibility';
import type { ApplicationResult } from '../../panel/results';
import type { PdfContent, PdfText } from './pdf-document';
import type { Translate } from './pdf-text';
import type { ReportLookup } from './report-lookup';

function findingSentence(t: Translate, lookup: ReportLookup, finding: Finding): string {
  const leaf = lookup.indicatorLabel(finding.leafId);
  if (finding.foundBy.includes('office')) return t('reportPdf.finding.office', { leaf });
  return t(finding.kind === 'veto' ? 'reportPdf.finding.veto' : 'reportPdf.finding.prerequisite', {
    leaf,
    outOf: finding.outOf,
    found: finding.foundBy.length,
  });
}

/** One finding: the sentence, then each expert's reason on its own line. */
export function findingContent(t: Translate, lookup: ReportLookup, finding: Finding): PdfContent {
  const reasons: PdfText[] = finding.foundBy
    .filter((id) => id !== 'office')
    .map((id) => {
      const reason = finding.reasons[id]?.trim() ?? '';
      return {
        text: [{ text: t('reportPdf.finding.reasonBy', { name: lookup.expertName(id) }), bold: true }, reason === '' ? t('reportPdf.sheet.noReasonGiven') : reason],
        margin: [14, 0, 0, 2],
      };
    });
  return { stack: [{ text: findingSentence(t, lookup, finding), style: 'warning', margin: [0, 0, 0, 2] }, ...reasons], margin: [0, 0, 0, 6] };
}

/**
 * What a status means for the application, as one sentence. `listPosition` is the place on the suggestion
 * list, null when not on it, and undefined for a stage that grades each county (there is no list to be on).
 */
export function statusSentence(t: Translate, result: ApplicationResult, listPosition: number | null | undefined): string {
  switch (result.status) {
    case 'eligible':
      if (result.rank === null) return t('reportPdf.status.eligible');
      if (listPosition === undefined) {
        return result.grade === null ? t('reportPdf.status.ranked', { rank: result.rank }) : t('reportPdf.status.rankedGraded', { rank: result.rank, grade: result.grade });
      }
      return listPosition === null
        ? t('reportPdf.status.rankedNotListed', { rank: result.rank })
        : t('reportPdf.status.rankedListed', { rank: result.rank, position: listPosition });
    case 'ineligible':
      return t('reportPdf.status.ineligible');
    case 'notScored':
      return t('reportPdf.status.notScored');
    case 'noScores':
      return t('reportPdf.status.noScores');
  }
}
