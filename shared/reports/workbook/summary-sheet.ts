// 汇总排名: one row per application — the ranking first, then the applications not ranked — with every
// expert's total and the panel aggregate as live formulas over the detail sheets, the app's own aggregate
// beside them for checking, the grade, which totals the trimmed mean dropped, and whether the county is on
// the suggestion list (a stage that grades each county has no list, so no such column: the grade says it).
// A title and facts block sits above the table; the autofilter covers the table only.
import { translate, type Locale, type MessageKey } from '../../i18n/translate';
import type { AggregationPolicy } from '../../standard/schema';
import type { ApplicationReport, ReportModel, SheetRecord } from '../report-model';
import { reportDateTime, scoreText } from '../report-text';
import { LOOK, type NumberLook } from './cell-styles';
import { DETAIL_COLUMN, recordKey, type LeafRows } from './detail-layout';
import { aggregateFormula, columnRange, countedFormula, rowRange, sheetTotalFormula } from './formulas';
import { formulaCell, numberCell, textCell, type CellSpec } from './safe-cell';
import { addTableSheet, filterTable, writeHeaderRow, writeLine, type SheetSpec, type TableColumn } from './sheet-layout';
import type { WorkbookSink } from './sheet-sink';
import { listText, stateWord, statusWord, yesNo } from './workbook-words';

/** Title, standard and rule, generation time and fingerprint, legend, a blank row; then the table. */
export const SUMMARY_HEADER_ROW = 6;
/** Rank, county, code, city, poverty, status come before the expert columns. */
export const SUMMARY_LEADING_COLUMNS = 6;

/** Applications in the order the table lists them: ranked best first, then the excluded, then any other. */
export function summaryOrder(model: ReportModel): ApplicationReport[] {
  const byId = new Map(model.applications.map((a) => [a.application.id, a]));
  const ids = [...model.results.ranking.map((r) => r.applicationId), ...model.results.excluded.map((e) => e.applicationId), ...byId.keys()];
  const seen = new Set<string>();
  const ordered: ApplicationReport[] = [];
  for (const id of ids) {
    const application = byId.get(id);
    if (application && !seen.has(id)) {
      seen.add(id);
      ordered.push(application);
    }
  }
  return ordered;
}

function ruleText(locale: Locale, policy: AggregationPolicy): string {
  switch (policy.policy) {
    case 'trimmed':
      return translate(locale, 'reportWorkbook.summary.rule.trimmed', { threshold: policy.trimThreshold });
    case 'mean':
      return translate(locale, 'reportWorkbook.summary.rule.mean');
    case 'median':
      return translate(locale, 'reportWorkbook.summary.rule.median');
  }
}

function totalLook(record: SheetRecord): NumberLook {
  const dropped = record.dropped === 'highest' || record.dropped === 'lowest';
  if (dropped && record.deviationFlagged) return LOOK.droppedFlaggedScore;
  if (dropped) return LOOK.droppedScore;
  return record.deviationFlagged ? LOOK.flaggedScore : LOOK.score;
}

function droppedText(locale: Locale, nameOf: ReadonlyMap<string, string>, application: ApplicationReport): string {
  const dropped = [...application.sheets].sort((a, b) => (a.dropped === 'highest' ? 0 : 1) - (b.dropped === 'highest' ? 0 : 1));
  const marks = dropped.flatMap((record) =>
    record.dropped === 'highest' || record.dropped === 'lowest'
      ? [
          translate(locale, record.dropped === 'highest' ? 'reportWorkbook.dropped.highest' : 'reportWorkbook.dropped.lowest', {
            expert: nameOf.get(record.expertId) ?? record.expertId,
            score: scoreText(record.total),
          }),
        ]
      : [],
  );
  return listText(locale, marks);
}

function summarySpec(locale: Locale, model: ReportModel): SheetSpec {
  const header = (key: MessageKey, width: number): TableColumn => ({ header: translate(locale, key), width });
  return {
    name: translate(locale, 'reportWorkbook.sheet.summary'),
    headerRow: SUMMARY_HEADER_ROW,
    landscape: true,
    frozenColumns: 2,
    headerHeight: 45,
    columns: [
      header('reportWorkbook.column.rank', 6),
      header('reportWorkbook.column.county', 14),
      header('reportWorkbook.column.countyCode', 10),
      header('reportWorkbook.column.city', 12),
      header('reportWorkbook.column.poverty', 9),
      header('reportWorkbook.column.status', 16),
      ...model.experts.map(({ expert }) => ({ header: `${expert.name}\n${expert.id}`, width: 10 })),
      header('reportWorkbook.column.counted', 9),
      header('reportWorkbook.column.aggregateFormula', 11),
      header('reportWorkbook.column.grade', 8),
      header('reportWorkbook.column.aggregateApp', 11),
      header('reportWorkbook.column.dropped', 34),
      ...(model.results.suggestionList === null ? [] : [header('reportWorkbook.column.onList', 9)]),
    ],
  };
}

/** `leafRows` (detail-layout.ts) says on which detail sheet and rows each scored sheet's leaf points are. */
export function writeSummarySheet(sink: WorkbookSink, locale: Locale, model: ReportModel, leafRows: ReadonlyMap<string, LeafRows>): void {
  const spec = summarySpec(locale, model);
  const sheet = addTableSheet(sink, locale, model.facts, spec);
  const { facts, results } = model;
  writeLine(sheet, translate(locale, 'reportWorkbook.summary.title', { session: facts.sessionName }), LOOK.title);
  const rule = ruleText(locale, results.rules.aggregation);
  writeLine(sheet, translate(locale, 'reportWorkbook.summary.standard', { title: facts.standard.title, version: facts.standard.version, rule }));
  writeLine(sheet, translate(locale, 'reportWorkbook.summary.generated', { date: reportDateTime(locale, facts.generatedAt), fingerprint: facts.dataFingerprint }));
  writeLine(sheet, translate(locale, 'reportWorkbook.summary.legend'));
  sheet.skip();
  writeHeaderRow(sheet, spec);

  const experts = model.experts.map((e) => e.expert);
  const nameOf = new Map(experts.map((e) => [e.id, e.name]));
  const firstExpertColumn = SUMMARY_LEADING_COLUMNS + 1;
  const lastExpertColumn = SUMMARY_LEADING_COLUMNS + experts.length;
  const list = results.suggestionList;
  const onList = new Set(list?.entries.map((e) => e.applicationId));

  const expertCell = (application: ApplicationReport, record: SheetRecord | undefined): CellSpec | null => {
    if (!record) return null;
    if (record.state !== 'scored') return textCell(stateWord(locale, record.state), LOOK.text);
    const rows = leafRows.get(recordKey(application.application.id, record.expertId));
    const total = record.total ?? null;
    if (!rows || total === null) return numberCell(total, totalLook(record));
    return formulaCell(sheetTotalFormula(columnRange(rows.sheet, DETAIL_COLUMN.points, rows.first, rows.last), total), totalLook(record));
  };

  let lastRow = SUMMARY_HEADER_ROW;
  for (const application of summaryOrder(model)) {
    const { result } = application;
    const recordOf = new Map(application.sheets.map((s) => [s.expertId, s]));
    const totals = rowRange(sheet.nextRow, firstExpertColumn, lastExpertColumn);
    const hasExperts = experts.length > 0;
    lastRow = sheet.row([
      numberCell(result.rank, LOOK.integer),
      textCell(result.countyName, LOOK.text),
      textCell(result.countyCode, LOOK.text),
      textCell(result.city, LOOK.text),
      textCell(yesNo(locale, result.poverty), LOOK.text),
      textCell(statusWord(locale, result.status), LOOK.text),
      ...experts.map((expert) => expertCell(application, recordOf.get(expert.id))),
      hasExperts ? formulaCell(countedFormula(totals, result.counted), LOOK.integer) : null,
      hasExperts && result.aggregate !== null
        ? formulaCell(aggregateFormula(results.rules.aggregation, totals, result.aggregate), LOOK.aggregate)
        : numberCell(null, LOOK.aggregate),
      textCell(result.grade ?? '', LOOK.text),
      numberCell(result.aggregate, LOOK.score),
      textCell(droppedText(locale, nameOf, application), LOOK.text),
      ...(list === null ? [] : [textCell(yesNo(locale, onList.has(result.applicationId)), LOOK.text)]),
    ]);
  }
  filterTable(sheet, spec, lastRow);
  sheet.end();
}
