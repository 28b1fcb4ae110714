// 建议名单: the suggestion list and the eligible applications below it, in final order, with the cut line
// drawn under the last county on the list, each preference move explained on the moved county's row (and
// the displaced county's), and beneath the table the rule that applied, any tie at the cut line and how the
// number of places was reached (every input of the quota computation); and, when the reports carry it, the
// list as the office signed it with its adjustments, dissent and signature (signed-list-rows.ts). A stage
// that grades each county (no quota) has no list and gets no such sheet: the summary sheet carries the grades.
import { translate, type Locale, type MessageKey } from '../../i18n/translate';
import type { QuotaComputation } from '../../panel/quota';
import type { SuggestionListEntry, SuggestionListResult } from '../../panel/suggestion-list';
import type { ReportModel } from '../report-model';
import { reportDate, scoreText } from '../report-text';
import { LOOK, withCutLine, type NumberLook, type TextLook } from './cell-styles';
import { numberCell, textCell, type CellSpec } from './safe-cell';
import { addTableSheet, filterTable, wrappedHeight, writeHeaderRow, writeLine, type SheetSpec, type TableColumn } from './sheet-layout';
import type { SheetSink, WorkbookSink } from './sheet-sink';
import { writeSignedListRows } from './signed-list-rows';
import { yesNo } from './workbook-words';

const fromHundredths = (hundredths: number): number => hundredths / 100;
/** Width of the column explaining preference moves, in characters. */
const PREFERENCE_WIDTH = 60;

function suggestionSpec(locale: Locale, showRankingScore: boolean): SheetSpec {
  const column = (key: MessageKey, width: number): TableColumn => ({ header: translate(locale, key), width });
  return {
    name: translate(locale, 'reportWorkbook.sheet.suggestion'),
    headerRow: 1,
    landscape: true,
    frozenColumns: 2,
    columns: [
      column('reportWorkbook.column.position', 7),
      column('reportWorkbook.column.county', 14),
      column('reportWorkbook.column.countyCode', 10),
      column('reportWorkbook.column.city', 12),
      column('reportWorkbook.column.score', 10),
      // Only the bonus-points rule ranks by something other than the panel score.
      ...(showRankingScore ? [column('reportWorkbook.column.rankingScore', 10)] : []),
      column('reportWorkbook.column.poverty', 9),
      column('reportWorkbook.column.originalRank', 9),
      column('reportWorkbook.column.onList', 9),
      column('reportWorkbook.column.preference', PREFERENCE_WIDTH),
    ],
  };
}

const ROUNDING: Record<QuotaComputation['rounding'], MessageKey> = {
  floor: 'reportWorkbook.quota.rounding.floor',
  round: 'reportWorkbook.quota.rounding.round',
  ceil: 'reportWorkbook.quota.rounding.ceil',
};

function quotaLines(locale: Locale, quota: QuotaComputation): string[] {
  const line = (key: MessageKey, params: Record<string, string | number> = {}): string => translate(locale, key, params);
  return [
    line('reportWorkbook.quota.divisions', { count: quota.countyLevelDivisions, date: reportDate(locale, quota.divisionsAsOf) }),
    line('reportWorkbook.quota.capPercent', { percent: quota.capPercent }),
    line('reportWorkbook.quota.exactCap', { value: quota.exactCap }),
    line('reportWorkbook.quota.rounding', { rounding: line(ROUNDING[quota.rounding]), value: quota.roundedCap }),
    line('reportWorkbook.quota.alreadyGiven', { value: quota.alreadyGiven }),
    line('reportWorkbook.quota.remaining', { value: quota.remainingAfterEarlierBatches }),
    ...(quota.earlierBatchesOverCapBy > 0 ? [line('reportWorkbook.quota.overCap', { value: quota.earlierBatchesOverCapBy })] : []),
    quota.batchSize === null ? line('reportWorkbook.quota.noBatchSize') : line('reportWorkbook.quota.batchSize', { value: quota.batchSize }),
    ...(quota.limitedByBatchSize ? [line('reportWorkbook.quota.limitedByBatchSize')] : []),
    line('reportWorkbook.quota.places', { value: quota.places }),
  ];
}

export function writeSuggestionSheet(sink: WorkbookSink, locale: Locale, model: ReportModel): void {
  const { suggestionList: list, quota } = model.results;
  if (list === null || quota === null) return;
  const showRankingScore = list.rule.kind === 'bonusPoints';
  const spec = suggestionSpec(locale, showRankingScore);
  const sheet = addTableSheet(sink, locale, model.facts, spec);
  writeHeaderRow(sheet, spec);

  const cityOf = new Map(model.applications.map((a) => [a.application.id, a.application.city]));
  const countyOf = new Map(model.applications.map((a) => [a.application.id, a.application.countyName]));
  const notes = new Map<string, string[]>();
  const note = (applicationId: string, text: string): void => void notes.set(applicationId, [...(notes.get(applicationId) ?? []), text]);
  for (const move of list.moves) {
    note(move.applicationId, translate(locale, move.explanation.key, move.explanation.params));
    for (const displaced of move.displaced) note(displaced, translate(locale, 'reportWorkbook.suggestion.displaced', { county: move.countyName }));
  }
  const tie = list.tieAtCutLine;
  for (const id of tie ? [...tie.inside, ...tie.outside] : []) note(id, translate(locale, 'reportWorkbook.suggestion.tied'));

  const lastOnList = list.notListed.length > 0 ? list.entries.at(-1)?.applicationId : undefined;
  const writeEntry = (entry: SuggestionListEntry, listed: boolean): number => {
    const cutLine = entry.applicationId === lastOnList;
    const explanation = (notes.get(entry.applicationId) ?? []).join('\n');
    const text = (value: string, look: TextLook = LOOK.text): CellSpec => textCell(value, cutLine ? withCutLine(look) : look);
    const number = (value: number, look: NumberLook): CellSpec => numberCell(value, cutLine ? withCutLine(look) : look);
    return sheet.row([
      number(entry.position, LOOK.integer),
      text(entry.countyName),
      text(entry.countyCode),
      text(cityOf.get(entry.applicationId) ?? ''),
      number(fromHundredths(entry.scoreH), LOOK.score),
      ...(showRankingScore ? [number(fromHundredths(entry.rankingScoreH), LOOK.score)] : []),
      text(yesNo(locale, entry.poverty)),
      number(entry.originalRank, LOOK.integer),
      text(yesNo(locale, listed)),
      text(explanation, LOOK.wrapped),
    ], explanation === '' ? undefined : wrappedHeight(explanation, PREFERENCE_WIDTH));
  };
  let lastRow = spec.headerRow;
  for (const entry of list.entries) lastRow = writeEntry(entry, true);
  for (const entry of list.notListed) lastRow = writeEntry(entry, false);
  filterTable(sheet, spec, lastRow);

  writeNotes(sheet, locale, { list, quota }, countyOf);
  if (model.signedList) writeSignedListRows(sheet, locale, model, model.signedList);
  sheet.end();
}

/** Beneath the table: the cut line, the rule, any tie at the cut line, and the quota computation. */
function writeNotes(rows: SheetSink, locale: Locale, { list, quota }: { list: SuggestionListResult; quota: QuotaComputation }, countyOf: ReadonlyMap<string, string>): void {
  rows.skip();
  if (list.cutLine) {
    const { cutLine } = list;
    writeLine(
      rows,
      translate(locale, 'reportWorkbook.suggestion.cutLine', {
        lastIn: countyOf.get(cutLine.lastInApplicationId) ?? cutLine.lastInApplicationId,
        lastInScore: scoreText(fromHundredths(cutLine.lastInScoreH)),
        firstOut: countyOf.get(cutLine.firstOutApplicationId) ?? cutLine.firstOutApplicationId,
        firstOutScore: scoreText(fromHundredths(cutLine.firstOutScoreH)),
      }),
    );
  } else writeLine(rows, translate(locale, 'reportWorkbook.suggestion.noCutLine', { listed: list.entries.length }));
  writeLine(rows, translate(locale, list.ruleSummary.key, list.ruleSummary.params));
  if (list.tieAtCutLine) writeLine(rows, translate(locale, list.tieAtCutLine.explanation.key, list.tieAtCutLine.explanation.params));
  rows.skip();
  writeLine(rows, translate(locale, 'reportWorkbook.quota.heading'), LOOK.label);
  for (const text of quotaLines(locale, quota)) writeLine(rows, text);
}
