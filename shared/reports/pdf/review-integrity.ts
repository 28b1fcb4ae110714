// The parts of the review report that say what the results rest on: the overview of the session's numbers,
// a warning at the top when sheets are missing, and the recusals, missing or invalid sheets and problems
// found in the sheets.
import { describeProblem } from '../../i18n/describe-problem';
import type { BuilderContext } from './builder-context';
import type { PdfContent, PdfText } from './pdf-document';
import { isGradedStage, partHeading } from './review-headings';
import { COLOR } from './pdf-styles';
import { factsTable, type Fact } from './pdf-tables';

/**
 * How many ranked counties reached each grade band (best band first), for a stage that grades each county.
 * Counties not ranked (a veto, a missing prerequisite, no scores) are counted on the line above, not here.
 */
function gradeCountsText(context: BuilderContext): string {
  const { t, model } = context;
  const { rules } = model.results;
  const ranked = new Set(model.results.ranking.map((entry) => entry.applicationId));
  const applications = model.results.applications.filter((app) => ranked.has(app.applicationId));
  if (rules.grades.length === 0) return t('reportPdf.overview.noGrades');
  const parts = [...rules.grades]
    .sort((a, b) => b.min - a.min)
    .map((band) => t('reportPdf.overview.gradeCount', { grade: band.name, count: applications.filter((app) => app.grade === band.name).length }));
  const ungraded = applications.filter((app) => app.grade === null).length;
  if (ungraded > 0) parts.push(t('reportPdf.overview.ungradedCount', { count: ungraded }));
  return parts.join(t('reportPdf.listSeparator'));
}

/** The overview's last line: the list under the quota, or for a graded stage the count per grade. */
function outcomeFact(context: BuilderContext): Fact {
  const { t } = context;
  const list = context.model.results.suggestionList;
  if (list === null) return [t('reportPdf.overview.grades'), gradeCountsText(context)];
  return [t('reportPdf.overview.list'), t('reportPdf.overview.listValue', { places: list.places, count: list.entries.length })];
}

export function overviewContent(context: BuilderContext): PdfContent {
  const { t, model } = context;
  const { results } = model;
  const recusals = results.experts.reduce((sum, expert) => sum + expert.recused, 0);
  const incomplete = isGradedStage(model) ? t('reportPdf.overview.gradedIncomplete') : t('reportPdf.overview.incomplete');
  const facts: Fact[] = [
    [t('reportPdf.overview.applications'), t('reportPdf.overview.applicationsValue', { count: results.applications.length, ranked: results.ranking.length, excluded: results.excluded.length })],
    [t('reportPdf.overview.experts'), t('reportPdf.overview.expertsValue', { count: model.experts.length, names: model.experts.map((e) => e.expert.name).join(t('reportPdf.nameSeparator')) })],
    [t('reportPdf.overview.recusals'), t('reportPdf.overview.recusalsValue', { count: recusals })],
    [t('reportPdf.overview.sheets'), results.complete ? t('reportPdf.overview.complete') : { text: incomplete, style: 'warning' }],
    outcomeFact(context),
  ];
  const stageNote: PdfContent[] = isGradedStage(model) ? [{ text: t('reportPdf.review.graded.note', { stage: t(`standard.stage.${results.session.stage}`) }), style: 'paragraph' }] : [];
  return [{ text: t('reportPdf.review.overviewHeading'), style: 'h2' }, factsTable(facts), ...stageNote];
}

/** A boxed warning under the title when the results do not yet rest on every expert's sheets. */
export function incompleteWarning(context: BuilderContext): PdfContent {
  const { t, model } = context;
  if (model.results.complete) return [];
  return {
    table: { widths: ['*'], body: [[{ text: t('reportPdf.review.incompleteWarning'), style: 'warning', fillColor: COLOR.warningFill, margin: [4, 4, 4, 4] }]] },
    layout: { hLineWidth: () => 1, vLineWidth: () => 1, hLineColor: COLOR.warning, vLineColor: COLOR.warning },
    margin: [0, 0, 0, 10],
  };
}

export function integrityContent(context: BuilderContext): PdfContent {
  const { t, locale, lookup, model } = context;
  const recusals: PdfText[] = [];
  const missing: PdfText[] = [];
  for (const app of model.applications) {
    for (const sheet of app.sheets) {
      const names = { name: lookup.expertName(sheet.expertId), id: app.application.id, county: app.application.countyName };
      if (sheet.state === 'recused') recusals.push({ text: t('reportPdf.integrity.recusal', { ...names, reason: sheet.recusalReason?.trim() || t('reportPdf.sheet.noReasonGiven') }), style: 'paragraph' });
      if (sheet.state === 'missing' || sheet.state === 'invalid') missing.push({ text: t('reportPdf.integrity.missing', { ...names, state: t(`reportPdf.stateShort.${sheet.state}`) }), style: ['paragraph', 'warning'] });
    }
  }
  const problems = model.results.problems;
  return [
    { text: partHeading(context, 'integrity'), style: 'h2' },
    { text: t('reportPdf.integrity.recusalsHeading', { count: recusals.length }), style: 'h3' },
    ...(recusals.length === 0 ? [{ text: t('reportPdf.integrity.noRecusals'), style: 'paragraph' }] : recusals),
    { text: t('reportPdf.integrity.completenessHeading'), style: 'h3' },
    ...(missing.length === 0 ? [{ text: t('reportPdf.integrity.complete'), style: 'paragraph' }] : missing),
    { text: t('reportPdf.integrity.problemsHeading', { count: problems.length }), style: 'h3' },
    ...(problems.length === 0
      ? [{ text: t('reportPdf.integrity.noProblems'), style: 'paragraph' }]
      : problems.map((problem) => ({ text: t('reportPdf.integrity.problem', { text: describeProblem(locale, problem) }), style: problem.severity === 'error' ? ['paragraph', 'warning'] : 'paragraph' }))),
  ];
}
