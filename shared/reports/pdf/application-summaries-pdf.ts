// 申报评审汇总表: one section per application, each on a new page — the county, its status and panel
// score with how it was computed, the findings that keep it out of the ranking, every expert's points per
// indicator, and every expert's written opinion. Turned to landscape when the panel is too wide for portrait.
import type { Locale } from '../../i18n/translate';
import type { AggregateMethod } from '../../panel/aggregate';
import type { ApplicationResult } from '../../panel/results';
import type { ApplicationReport, ReportModel, SheetRecord } from '../report-model';
import { scoreText } from '../report-text';
import { applicationGroupTables } from './application-group-tables';
import { applicationScoreTables } from './application-score-table';
import { builderContext, type BuilderContext } from './builder-context';
import { reportDocument, reportTitle } from './document-frame';
import { findingContent, statusSentence } from './findings-content';
import type { PdfContent, PdfDocument, PdfSection, PdfTableCell, PdfText } from './pdf-document';
import { LANDSCAPE_MARGINS, PAGE_MARGINS } from './pdf-styles';
import { factsGrid, gridTable, headingRow, th, type Fact } from './pdf-tables';
import type { Translate } from './pdf-text';
import { opinionCell, recommendationText, verdictLines } from './sheet-content';
import { scoreTablePlan } from './score-table-plan';
import { provenanceFacts, sessionFacts, titleBlock } from './title-block';

interface SummaryContext extends BuilderContext {
  /** Position on the suggestion list by application id; null for a stage that grades each county (no list). */
  listPosition: ReadonlyMap<string, number> | null;
}

function methodText(t: Translate, method: AggregateMethod, counted: number, threshold: number): string {
  return t(`reportPdf.method.${method}`, { counted, kept: Math.max(0, counted - 2), threshold });
}

function panelCounts(t: Translate, sheets: readonly SheetRecord[]): string {
  const count = (state: SheetRecord['state']): number => sheets.filter((sheet) => sheet.state === state).length;
  return t('reportPdf.summary.expertsValue', { count: sheets.length, scored: count('scored'), recused: count('recused'), missing: count('missing'), invalid: count('invalid') });
}

function applicationFacts(context: SummaryContext, report: ApplicationReport): Fact[] {
  const { t, model } = context;
  const { application, result } = report;
  const score = result.aggregate === null ? '—' : result.grade ? t('reportPdf.summary.scoreWithGrade', { score: scoreText(result.aggregate), grade: result.grade }) : scoreText(result.aggregate);
  return [
    [t('reportPdf.summary.city'), application.city],
    [t('reportPdf.summary.code'), application.countyCode],
    [t('reportPdf.summary.poverty'), t(application.poverty ? 'reportPdf.yes' : 'reportPdf.no')],
    [t('reportPdf.summary.score'), { text: score, bold: true }],
    [t('reportPdf.summary.status'), statusSentence(t, result, context.listPosition === null ? undefined : (context.listPosition.get(application.id) ?? null))],
    [t('reportPdf.summary.experts'), panelCounts(t, report.sheets)],
    [t('reportPdf.summary.method'), methodText(t, result.aggregateMethod, result.counted, model.results.rules.aggregation.trimThreshold)],
  ];
}

/** Vetoes or prerequisites single experts found failed without the panel's consensus: shown, but not decisive. */
function minorityVerdicts(context: SummaryContext, report: ApplicationReport): PdfContent[] {
  const { t, lookup } = context;
  const decided = new Set(report.result.findings.map((finding) => finding.leafId));
  const lines = report.sheets.flatMap((sheet) => {
    const undecided = { ...sheet, vetoFailed: (sheet.vetoFailed ?? []).filter((id) => !decided.has(id)), prerequisitesUnmet: (sheet.prerequisitesUnmet ?? []).filter((id) => !decided.has(id)) };
    return verdictLines(t, lookup, undecided).map((line): PdfText => ({ ...line, text: [{ text: t('reportPdf.finding.reasonBy', { name: lookup.expertName(sheet.expertId) }), bold: true }, line] }));
  });
  if (lines.length === 0) return [];
  return [{ text: t('reportPdf.summary.minorityHeading'), style: 'h3' }, { text: t('reportPdf.summary.minorityNote'), style: 'note' }, ...lines];
}

function recusals(context: SummaryContext, report: ApplicationReport): PdfContent[] {
  const { t, lookup } = context;
  const recused = report.sheets.filter((sheet) => sheet.state === 'recused');
  if (recused.length === 0) return [];
  return [
    { text: t('reportPdf.summary.recusalsHeading'), style: 'h3' },
    ...recused.map((sheet) => ({
      text: t('reportPdf.summary.recusal', { name: lookup.expertName(sheet.expertId), reason: sheet.recusalReason?.trim() || t('reportPdf.sheet.noReasonGiven') }),
      style: 'paragraph',
    })),
  ];
}

function opinionsTable(context: SummaryContext, report: ApplicationReport): PdfContent[] {
  const { t, lookup } = context;
  const scored = report.sheets.filter((sheet) => sheet.state === 'scored');
  if (scored.length === 0) return [];
  const body = scored.map((sheet): PdfTableCell[] => [
    { text: lookup.expertName(sheet.expertId), bold: true },
    opinionCell(t, sheet.opinion, 'strengths'),
    opinionCell(t, sheet.opinion, 'problems'),
    opinionCell(t, sheet.opinion, 'suggestions'),
    recommendationText(t, sheet.recommendation),
  ]);
  const header = [t('reportPdf.column.expert'), t('reportPdf.opinion.strengths'), t('reportPdf.opinion.problems'), t('reportPdf.opinion.suggestions'), t('reportPdf.column.recommendation')].map(th);
  return [gridTable({ widths: [48, '*', '*', '*', 44], header: [headingRow(t('reportPdf.summary.opinionsHeading'), 5), header], body })];
}

function applicationSection(context: SummaryContext, report: ApplicationReport): PdfSection {
  const { t, lookup } = context;
  const { application, result } = report;
  const plan = scoreTablePlan(report.sheets, context.model.leaves.length);
  const findings = result.findings.map((finding) => findingContent(t, lookup, finding));
  const scores: PdfContent[] =
    report.sheets.length === 0
      ? [{ text: t('reportPdf.summary.noSheets'), style: 'muted' }]
      : plan.detail === 'leaves'
        ? [...applicationScoreTables(context, report, plan), { text: t('reportPdf.summary.scoresNote'), style: 'note' }]
        : applicationGroupTables(context, report, plan);
  return {
    pageOrientation: plan.orientation,
    pageMargins: plan.orientation === 'landscape' ? LANDSCAPE_MARGINS : PAGE_MARGINS,
    section: [
      { text: t('reportPdf.summary.heading', { id: application.id, county: application.countyName }), style: 'h1' },
      factsGrid(applicationFacts(context, report)),
      ...(findings.length > 0 ? [{ text: t('reportPdf.summary.findingsHeading'), style: 'h2' }, ...findings] : []),
      ...recusals(context, report),
      ...scores,
      ...minorityVerdicts(context, report),
      ...opinionsTable(context, report),
    ],
  };
}

/** The index's outcome column: the list position, or for a graded stage the grade the county reached. */
function indexOutcome(context: SummaryContext, result: ApplicationResult): string {
  const { t, listPosition } = context;
  if (result.status !== 'eligible') return t(`reportPdf.index.${result.status}`);
  if (listPosition === null) return result.grade === null ? t('reportPdf.index.ranked') : t('reportPdf.index.graded', { grade: result.grade });
  const position = listPosition.get(result.applicationId);
  return position === undefined ? t('reportPdf.index.eligible') : t('reportPdf.index.listed', { position });
}

/** The cover's index: every application with its score, rank and outcome, in the order of the sections. */
function applicationIndex(context: SummaryContext): PdfContent {
  const { t, model } = context;
  const header = [t('reportPdf.column.application'), t('reportPdf.column.county'), t('reportPdf.column.city'), t('reportPdf.column.score'), t('reportPdf.column.rank'), t('reportPdf.column.outcome')].map(th);
  const body = model.applications.map(({ application, result }): PdfTableCell[] => {
    const outcome = indexOutcome(context, result);
    return [application.id, { text: application.countyName, alignment: 'left' }, { text: application.city, alignment: 'left' }, scoreText(result.aggregate), result.rank === null ? '—' : String(result.rank), { text: outcome, alignment: 'left' }];
  });
  return gridTable({ widths: [40, 90, 80, 50, 32, '*'], header: [headingRow(t('reportPdf.index.heading', { count: body.length }), 6), header], body, centred: true });
}

export function buildApplicationSummariesPdf(model: ReportModel, locale: Locale): PdfDocument {
  const context: SummaryContext = {
    ...builderContext(model, locale),
    listPosition: model.results.suggestionList === null ? null : new Map(model.results.suggestionList.entries.map((entry) => [entry.applicationId, entry.position])),
  };
  const { t } = context;
  const title = reportTitle(t, 'applicationSummaries');
  const cover: PdfSection = {
    section: [
      titleBlock(model, title, [...sessionFacts(model, locale), ...provenanceFacts(model, locale)]),
      model.applications.length === 0 ? t('reportPdf.summary.noApplications') : applicationIndex(context),
    ],
  };
  return reportDocument(model, locale, 'applicationSummaries', [cover, ...model.applications.map((report) => applicationSection(context, report))]);
}
