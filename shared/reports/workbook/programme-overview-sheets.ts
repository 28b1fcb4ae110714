// The four sheets of the programme overview: 「示范县总览」 (a row per county), 「名额使用」 (the cap's working,
// used and remaining places, use per batch), 「逾期报告」 (the overdue progress reports) and 「说明」 (what every
// column means and how dates are written). Every value goes through safe-cell.ts: text never becomes a formula.
import { describeProblem } from '../../i18n/describe-problem';
import { translate, type Locale, type MessageKey } from '../../i18n/translate';
import { placeReadingLine, quotaWorkingLine } from '../../lifecycle/programme-quota-text';
import type { ProgrammeQuota } from '../../lifecycle/programme-quota';
import { kindLabel, overdueLine, overdueLines, periodLabel } from '../../lifecycle/progress-report-text';
import type { OverdueReport } from '../../lifecycle/progress-reports';
import { yesNoWord } from '../county-lifecycle-words';
import { LOOK, type NumberLook } from './cell-styles';
import type { OverviewColumn, StageScores } from './programme-overview-columns';
import { addOverviewSheet } from './programme-overview-layout';
import type { CountyOverviewRow } from './programme-overview-rows';
import { numberCell, textCell } from './safe-cell';
import { filterTable, writeHeaderRow, writeLine, type SheetSpec } from './sheet-layout';
import type { WorkbookSink } from './sheet-sink';

const sheetName = (locale: Locale, name: 'overview' | 'quota' | 'overdue' | 'notes'): string => translate(locale, `lifecycleReports.sheet.${name}`);

export interface OverviewContext {
  sink: WorkbookSink;
  locale: Locale;
  fingerprint: string;
}

export function writeCountiesSheet(
  context: OverviewContext,
  columns: readonly OverviewColumn[],
  rows: readonly CountyOverviewRow[],
  scores: ReadonlyMap<string, StageScores> | undefined,
): void {
  const spec: SheetSpec = { name: sheetName(context.locale, 'overview'), headerRow: 1, landscape: true, frozenColumns: 2, columns };
  const sheet = addOverviewSheet(context.sink, context.locale, context.fingerprint, spec);
  writeHeaderRow(sheet, spec);
  let lastRow = spec.headerRow;
  for (const row of rows) lastRow = sheet.row(columns.map((column) => column.cell(row, scores?.get(row.county.code))));
  filterTable(sheet, spec, lastRow);
  sheet.end();
}

export function writeQuotaSheet(context: OverviewContext, quota: ProgrammeQuota): void {
  const { locale } = context;
  const t = (key: MessageKey, params: Record<string, number> = {}): string => translate(locale, key, params);
  const spec: SheetSpec = {
    name: sheetName(locale, 'quota'),
    headerRow: 1,
    landscape: false,
    columns: [
      { header: t('lifecycleReports.quota.item'), width: 26 },
      { header: t('lifecycleReports.quota.value'), width: 14 },
      { header: '', width: 14 },
    ],
  };
  const sheet = addOverviewSheet(context.sink, locale, context.fingerprint, spec);
  writeHeaderRow(sheet, spec);
  const { working } = quota;
  const number = (key: MessageKey, value: number, look: NumberLook = LOOK.integer): void => void sheet.row([textCell(t(key), LOOK.label), numberCell(value, look)]);
  const text = (key: MessageKey, value: string): void => void sheet.row([textCell(t(key), LOOK.label), textCell(value, LOOK.text)]);
  number('lifecycleReports.quota.divisions', working.countyLevelDivisions);
  text('lifecycleReports.quota.asOf', working.divisionsAsOf);
  number('lifecycleReports.quota.percent', working.capPercent, LOOK.score);
  text('lifecycleReports.quota.rounding', t(`lifecycleProgress.quota.rounding.${working.rounding}`));
  number('lifecycleReports.quota.exact', Number(working.exactCap), LOOK.score);
  number('lifecycleReports.quota.cap', quota.cap);
  number('lifecycleReports.quota.used', quota.used);
  number('lifecycleReports.quota.remaining', quota.remaining);
  number('lifecycleReports.quota.freed', quota.freed);
  text('lifecycleReports.quota.exceeded', yesNoWord(locale, quota.exceeded));
  number('lifecycleReports.quota.exceededBy', quota.exceededBy);
  text('lifecycleReports.quota.working', quotaWorkingLine(locale, quota));
  text('lifecycleReports.quota.reading', placeReadingLine(locale));
  sheet.skip();
  sheet.row(
    [t('lifecycleReports.quota.batch'), t('lifecycleReports.quota.batchUsed'), t('lifecycleReports.quota.batchFreed')].map((header) => textCell(header, LOOK.header)),
  );
  for (const batch of quota.byBatch) sheet.row([numberCell(batch.batch, LOOK.integer), numberCell(batch.used, LOOK.integer), numberCell(batch.freed, LOOK.integer)]);
  if (quota.problems.length > 0) {
    sheet.skip();
    writeLine(sheet, t('lifecycleReports.quota.problems'), LOOK.label);
    for (const problem of quota.problems) writeLine(sheet, describeProblem(locale, problem));
  }
  sheet.end();
}

export function writeOverdueSheet(context: OverviewContext, items: readonly OverdueReport[]): void {
  const { locale } = context;
  const t = (key: MessageKey): string => translate(locale, key);
  const spec: SheetSpec = {
    name: sheetName(locale, 'overdue'),
    headerRow: 1,
    landscape: true,
    frozenColumns: 2,
    columns: [
      { header: t('lifecycleReports.overview.code'), width: 10 },
      { header: t('lifecycleReports.overview.name'), width: 14 },
      { header: t('lifecycleReports.column.kind'), width: 18 },
      { header: t('lifecycleReports.column.period'), width: 18 },
      { header: t('lifecycleReports.column.due'), width: 12 },
      { header: t('lifecycleReports.overdue.daysOverdue'), width: 9 },
      { header: t('lifecycleReports.overdue.returned'), width: 10 },
      { header: t('lifecycleReports.overdue.description'), width: 70 },
    ],
  };
  const sheet = addOverviewSheet(context.sink, locale, context.fingerprint, spec);
  writeHeaderRow(sheet, spec);
  let lastRow = spec.headerRow;
  for (const item of items) {
    lastRow = sheet.row([
      textCell(item.county, LOOK.text),
      textCell(item.countyName, LOOK.text),
      textCell(kindLabel(locale, item.kind), LOOK.text),
      textCell(periodLabel(locale, item.kind, item.period), LOOK.text),
      textCell(item.due, LOOK.text),
      numberCell(item.daysOverdue, LOOK.integer),
      textCell(yesNoWord(locale, item.returned), LOOK.text),
      textCell(overdueLine(locale, item), LOOK.text),
    ]);
  }
  filterTable(sheet, spec, lastRow);
  // Nothing overdue is said in words below the (empty) table, so an empty sheet is not mistaken for a failed export.
  if (items.length === 0) for (const line of overdueLines(locale, items)) writeLine(sheet, line);
  sheet.end();
}

export interface NotesFacts {
  columns: readonly OverviewColumn[];
  generated: string;
}

export function writeNotesSheet(context: OverviewContext, facts: NotesFacts): void {
  const { locale } = context;
  const t = (key: MessageKey, params: Record<string, string> = {}): string => translate(locale, key, params);
  const spec: SheetSpec = {
    name: sheetName(locale, 'notes'),
    headerRow: 1,
    landscape: false,
    columns: [
      { header: t('lifecycleReports.notes.sheet'), width: 14 },
      { header: t('lifecycleReports.notes.column'), width: 22 },
      { header: t('lifecycleReports.notes.meaning'), width: 70 },
    ],
  };
  const sheet = addOverviewSheet(context.sink, locale, context.fingerprint, spec);
  writeHeaderRow(sheet, spec);
  const overview = sheetName(locale, 'overview');
  for (const column of facts.columns) sheet.row([textCell(overview, LOOK.text), textCell(column.header, LOOK.text), textCell(column.meaning, LOOK.wrapped)]);
  sheet.row([textCell(sheetName(locale, 'quota'), LOOK.text), null, textCell(t('lifecycleReports.meaning.quota'), LOOK.wrapped)]);
  sheet.row([textCell(sheetName(locale, 'overdue'), LOOK.text), null, textCell(t('lifecycleReports.meaning.overdue'), LOOK.wrapped)]);
  sheet.skip();
  for (const key of ['lifecycleReports.notes.dates', 'lifecycleReports.notes.empty'] as const) sheet.row([null, null, textCell(t(key), LOOK.wrapped)], 48);
  sheet.row([null, null, textCell(t('lifecycleReports.notes.generated', { time: facts.generated, fingerprint: context.fingerprint }), LOOK.wrapped)], 48);
  sheet.end();
}
