// The suggestion sheet's block for the list as the office signed it, below the computed list and the quota:
// a heading with the version, the signed entries (position, county, code, score, the position the rule
// computed, a mark on entries changed by hand), then 人工调整 with every adjustment and its reason, 不同意见
// with every dissent note, the office's note, and the signing line. Plain rows: the sheet's autofilter stays
// on the computed table above.
import { translate, type Locale, type MessageKey, type MessageParams } from '../../i18n/translate';
import type { ReportModel } from '../report-model';
import type { ReportSignedList } from '../report-signed-list';
import { signedListText } from '../signed-list-text';
import { LOOK } from './cell-styles';
import { numberCell, textCell } from './safe-cell';
import { writeLine } from './sheet-layout';
import type { SheetSink } from './sheet-sink';

export function writeSignedListRows(rows: SheetSink, locale: Locale, model: ReportModel, list: ReportSignedList): void {
  const { payload } = list;
  const say = (key: MessageKey, params: MessageParams = {}): string => translate(locale, key, params);
  const words = signedListText(locale, 'reportWorkbook.signedList', model, list);
  rows.skip();
  writeLine(rows, say('reportWorkbook.signedList.heading', { version: payload.version }), LOOK.label);
  rows.row(
    [
      say('reportWorkbook.column.position'),
      say('reportWorkbook.column.county'),
      say('reportWorkbook.column.countyCode'),
      say('reportWorkbook.column.score'),
      say('reportWorkbook.signedList.computedPosition'),
      say('reportWorkbook.signedList.byHandColumn'),
    ].map((header) => textCell(header, LOOK.label)),
  );
  for (const entry of payload.entries) {
    rows.row([
      numberCell(entry.position, LOOK.integer),
      textCell(entry.countyName, LOOK.text),
      textCell(entry.countyCode, LOOK.text),
      numberCell(entry.scoreH / 100, LOOK.score),
      entry.computedPosition === null ? textCell('—', LOOK.text) : numberCell(entry.computedPosition, LOOK.integer),
      textCell(words.byHand(entry), LOOK.text),
    ]);
  }
  rows.skip();
  writeLine(rows, say('reportWorkbook.signedList.adjustmentsHeading'), LOOK.label);
  for (const line of words.adjustments) writeLine(rows, line);
  rows.skip();
  writeLine(rows, say('reportWorkbook.signedList.dissentHeading'), LOOK.label);
  for (const line of words.dissent) writeLine(rows, line);
  if (words.note !== null) {
    rows.skip();
    writeLine(rows, words.note);
  }
  rows.skip();
  writeLine(rows, say('reportWorkbook.signedList.signatureHeading'), LOOK.label);
  for (const line of words.signature) writeLine(rows, line);
}
