// The parts of the review report that say what the results rest on: the overview of the session's numbers,
// a warning at the top when sheets are missing, and the recusals, missing or invalid sheets and problems
// found in the sheets.
import { describeProblem } from '../../i18n/describe-problem';
import type { BuilderContext } from './builder-context';
import type { PdfContent, PdfText } from './pdf-document';
import { COLOR } from './pdf-styles';
import { factsTable, type Fact } from './pdf-tables';

export function overviewContent(context: BuilderContext): PdfContent {
  const { t, model } = context;
  const { results } = model;
  const recusals = results.experts.reduce((sum, expert) => sum + expert.recused, 0);
  const facts: Fact[] = [
    [t('reportPdf.overview.applications'), t('reportPdf.overview.applicationsValue', { count: results.applications.length, ranked: results.ranking.length, excluded: results.excluded.length })],
    [t('reportPdf.overview.experts'), t('reportPdf.overview.expertsValue', { count: model.experts.length, names: model.experts.map((e) => e.expert.name).join(t('reportPdf.nameSeparator')) })],
    [t('reportPdf.overview.recusals'), t('reportPdf.overview.recusalsValue', { count: recusals })],
    [t('reportPdf.overview.sheets'), results.complete ? t('reportPdf.overview.complete') : { text: t('reportPdf.overview.incomplete'), style: 'warning' }],
    [t('reportPdf.overview.list'), t('reportPdf.overview.listValue', { places: results.suggestionList.places, count: results.suggestionList.entries.length })],
  ];
  return [{ text: t('reportPdf.review.overviewHeading'), style: 'h2' }, factsTable(facts)];
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
    { text: t('reportPdf.review.integrityHeading'), style: 'h2' },
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
