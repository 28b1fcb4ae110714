// The review report's account of the rules: how the panel score is computed, when a veto counts, how ties
// are broken, which preference rule applied, when an expert is flagged, the grades — and how the number of
// places was reached from the quota settings, every input and intermediate printed. A stage that grades each
// county (no quota) has no preference rule to state and no quota working: those are left out, not blanked.
import { translate } from '../../i18n/translate';
import { reportDate } from '../report-text';
import type { BuilderContext } from './builder-context';
import type { PdfContent } from './pdf-document';
import { factsTable, type Fact } from './pdf-tables';

function tieBreakText(context: BuilderContext): string {
  const { t, lookup, model } = context;
  const steps = [...model.results.rules.tieBreak.map((id) => lookup.indicatorLabel(id)), t('reportPdf.method.tieBreakCountyCode')];
  return t('reportPdf.method.tieBreakValue', { steps: steps.join(t('reportPdf.method.then')) });
}

function deviationText(context: BuilderContext): string {
  const { t } = context;
  const { absolute, z } = context.model.results.rules.deviation;
  if (absolute === null && z === null) return t('reportPdf.method.deviationOff');
  if (absolute === null) return t('reportPdf.method.deviationZ', { z: z ?? '' });
  if (z === null) return t('reportPdf.method.deviationAbsolute', { absolute });
  return t('reportPdf.method.deviationBoth', { absolute, z });
}

function gradesText(context: BuilderContext): string {
  const { t } = context;
  const grades = context.model.results.rules.grades;
  if (grades.length === 0) return t('reportPdf.method.noGrades');
  return [...grades]
    .sort((a, b) => b.min - a.min)
    .map((grade) => t('reportPdf.method.grade', { name: grade.name, min: grade.min }))
    .join(t('reportPdf.listSeparator'));
}

export function methodContent(context: BuilderContext): PdfContent {
  const { t, locale, model } = context;
  const { rules, suggestionList } = model.results;
  const preference: Fact[] = suggestionList === null ? [] : [[t('reportPdf.method.preference'), translate(locale, suggestionList.ruleSummary.key, suggestionList.ruleSummary.params)]];
  const facts: Fact[] = [
    [t('reportPdf.method.aggregation'), t(`reportPdf.method.policy.${rules.aggregation.policy}`, { threshold: rules.aggregation.trimThreshold })],
    [t('reportPdf.method.vetoConsensus'), t(`reportPdf.method.consensus.${rules.vetoConsensus}`)],
    [t('reportPdf.method.tieBreak'), tieBreakText(context)],
    ...preference,
    [t('reportPdf.method.deviation'), deviationText(context)],
    [t('reportPdf.method.grades'), gradesText(context)],
  ];
  return [{ text: t('reportPdf.review.methodHeading'), style: 'h2' }, factsTable(facts)];
}

export function quotaContent(context: BuilderContext): PdfContent {
  const { t, locale } = context;
  const q = context.model.results.quota;
  if (q === null) return [];
  const facts: Fact[] = [
    [t('reportPdf.quota.divisions'), t('reportPdf.quota.divisionsValue', { count: q.countyLevelDivisions, asOf: reportDate(locale, q.divisionsAsOf) })],
    [t('reportPdf.quota.capPercent'), `${q.capPercent}%`],
    [t('reportPdf.quota.exactCap'), t('reportPdf.quota.exactCapValue', { divisions: q.countyLevelDivisions, percent: q.capPercent, exact: q.exactCap })],
    [t('reportPdf.quota.rounding'), t(`reportPdf.quota.roundingRule.${q.rounding}`)],
    [t('reportPdf.quota.roundedCap'), String(q.roundedCap)],
    [t('reportPdf.quota.alreadyGiven'), String(q.alreadyGiven)],
    [t('reportPdf.quota.remaining'), t('reportPdf.quota.remainingValue', { rounded: q.roundedCap, given: q.alreadyGiven, remaining: q.remainingAfterEarlierBatches })],
    [t('reportPdf.quota.batchSize'), q.batchSize === null ? t('reportPdf.quota.noBatchSize') : String(q.batchSize)],
    [t('reportPdf.quota.places'), { text: String(q.places), bold: true }],
  ];
  const notes: PdfContent[] = [];
  if (q.limitedByBatchSize) notes.push({ text: t('reportPdf.quota.limitedByBatchSize', { batchSize: q.batchSize ?? '' }), style: 'paragraph' });
  if (q.earlierBatchesOverCapBy > 0) notes.push({ text: t('reportPdf.quota.overCap', { over: q.earlierBatchesOverCapBy }), style: ['paragraph', 'warning'] });
  if (q.capExhausted) notes.push({ text: t('reportPdf.quota.capExhausted'), style: ['paragraph', 'warning'] });
  return [
    { text: t('reportPdf.review.quotaHeading'), style: 'h2' },
    factsTable(facts),
    { text: t('reportPdf.quota.formula', { divisions: q.countyLevelDivisions, percent: q.capPercent, given: q.alreadyGiven, places: q.places }), style: 'paragraph' },
    ...notes,
  ];
}
