// 专家进度: per expert, what they handed in (scored, recused, missing, invalid), how their totals sit against
// the panel (mean difference: below 0 stricter, above 0 more lenient; how many were flagged), and which
// signed export their sheets came from (its SHA-256 and sequence number, and the signing key's fingerprint).
import { translate, type Locale, type MessageKey } from '../../i18n/translate';
import type { ReportModel } from '../report-model';
import { LOOK } from './cell-styles';
import { numberCell, textCell } from './safe-cell';
import { addTableSheet, filterTable, writeHeaderRow, type SheetSpec } from './sheet-layout';
import type { WorkbookSink } from './sheet-sink';

function expertsSpec(locale: Locale): SheetSpec {
  const column = (key: MessageKey, width: number) => ({ header: translate(locale, key), width });
  return {
    name: translate(locale, 'reportWorkbook.sheet.experts'),
    headerRow: 1,
    landscape: true,
    frozenColumns: 2,
    columns: [
      column('reportWorkbook.column.expertId', 9),
      column('reportWorkbook.column.expertName', 12),
      column('reportWorkbook.column.organisation', 24),
      column('reportWorkbook.column.scored', 8),
      column('reportWorkbook.column.recused', 8),
      column('reportWorkbook.column.missing', 8),
      column('reportWorkbook.column.invalid', 8),
      column('reportWorkbook.column.meanDifference', 11),
      column('reportWorkbook.column.flagged', 9),
      column('reportWorkbook.column.exportHash', 66),
      column('reportWorkbook.column.sequence', 8),
      column('reportWorkbook.column.signer', 66),
    ],
  };
}

export function writeExpertsSheet(sink: WorkbookSink, locale: Locale, model: ReportModel): void {
  const spec = expertsSpec(locale);
  const sheet = addTableSheet(sink, locale, model.facts, spec);
  writeHeaderRow(sheet, spec);
  let lastRow = spec.headerRow;
  for (const { expert, summary, export: signed } of model.experts) {
    lastRow = sheet.row([
      textCell(expert.id, LOOK.text),
      textCell(expert.name, LOOK.text),
      textCell(expert.organisation, LOOK.text),
      numberCell(summary.scored, LOOK.integer),
      numberCell(summary.recused, LOOK.integer),
      numberCell(summary.missing, LOOK.integer),
      numberCell(summary.invalid, LOOK.integer),
      numberCell(summary.meanDifference, LOOK.score),
      numberCell(summary.flagged, LOOK.integer),
      textCell(signed?.exportHash ?? translate(locale, 'reportWorkbook.experts.noExport'), LOOK.text),
      numberCell(signed?.sequence ?? null, LOOK.integer),
      textCell(signed?.signerFingerprint ?? '', LOOK.text),
    ]);
  }
  filterTable(sheet, spec, lastRow);
  sheet.end();
}
