// One expert's sheet on one application in words, as both the expert's score sheet and the application
// summary print it: how the total was made up, which vetoes or prerequisites the expert found failed and
// why, the written opinion and the recommendation. Text from the sheet is printed as given, never parsed.
import { RECOMMENDATIONS, type Opinion } from '../../scoring/score-sheet';
import type { ExpertOnApplication } from '../../panel/results';
import type { SheetRecord } from '../report-model';
import { scoreText } from '../report-text';
import type { PdfText } from './pdf-document';
import type { Translate } from './pdf-text';
import type { ReportLookup } from './report-lookup';

const isRecommendation = (value: string): value is (typeof RECOMMENDATIONS)[number] => (RECOMMENDATIONS as readonly string[]).includes(value);

export function recommendationText(t: Translate, recommendation: string | undefined): string {
  if (recommendation === undefined) return '—';
  return isRecommendation(recommendation) ? t(`reportPdf.recommendation.${recommendation}`) : recommendation;
}

/** A sheet's state in a word: scored, recused, missing, invalid. */
export function stateText(t: Translate, entry: ExpertOnApplication): string {
  return t(`reportPdf.state.${entry.state}`);
}

/** "基础分 93.50 ＋ 加分 1.00 － 扣分 0.00 ＝ 总分 94.50", with the cap and the floor at zero when they applied. */
export function totalsText(t: Translate, entry: ExpertOnApplication): string {
  const parts = [t('reportPdf.sheet.totals', { base: scoreText(entry.base), bonus: scoreText(entry.bonus), deduction: scoreText(entry.deduction), total: scoreText(entry.total) })];
  if ((entry.bonusCapped ?? 0) > 0) parts.push(t('reportPdf.sheet.bonusCut', { cut: scoreText(entry.bonusCapped) }));
  if (entry.flooredAtZero) parts.push(t('reportPdf.sheet.flooredAtZero'));
  return parts.join('');
}

/** The vetoes this expert found failed and the prerequisites found unmet, each with the expert's reason. */
export function verdictLines(t: Translate, lookup: ReportLookup, record: SheetRecord): PdfText[] {
  const reasonOf = (leafId: string): string => record.leaves.find((leaf) => leaf.leafId === leafId)?.comment.trim() ?? '';
  const line = (leafId: string, key: 'reportPdf.sheet.vetoFailed' | 'reportPdf.sheet.prerequisiteUnmet'): PdfText => {
    const reason = reasonOf(leafId);
    return {
      text: [
        { text: t(key, { leaf: lookup.indicatorLabel(leafId) }), style: 'warning' },
        reason === '' ? t('reportPdf.sheet.noReason') : t('reportPdf.sheet.reason', { reason }),
      ],
      style: 'paragraph',
    };
  };
  return [
    ...(record.vetoFailed ?? []).map((id) => line(id, 'reportPdf.sheet.vetoFailed')),
    ...(record.prerequisitesUnmet ?? []).map((id) => line(id, 'reportPdf.sheet.prerequisiteUnmet')),
  ];
}

const OPINION_PARTS = ['strengths', 'problems', 'suggestions'] as const;

/** The written opinion (评审意见): strengths, problems, suggestions, each labelled. */
export function opinionLines(t: Translate, opinion: Opinion | null): PdfText[] {
  return OPINION_PARTS.map((part) => {
    const written = opinion?.[part].trim() ?? '';
    return {
      text: [{ text: t(`reportPdf.opinion.${part}Label`), bold: true }, written === '' ? { text: t('reportPdf.opinion.empty'), style: 'muted' } : written],
      style: 'paragraph',
    };
  });
}

/** An opinion's part as a table cell: the text, or a muted "not written". */
export function opinionCell(t: Translate, opinion: Opinion | null, part: (typeof OPINION_PARTS)[number]): string | PdfText {
  const written = opinion?.[part].trim() ?? '';
  return written === '' ? { text: t('reportPdf.opinion.empty'), style: 'muted' } : written;
}
