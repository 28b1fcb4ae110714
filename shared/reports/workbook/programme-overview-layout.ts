// What every sheet of the programme overview has, as the review workbook's sheets do (sheet-layout.ts), headed
// with the programme's title instead of a review session: the header row frozen and repeated on printed pages,
// widths, A4 landscape, the title and the sheet in the printed header, the data fingerprint and page numbers in
// the footer.
import { translate, type Locale } from '../../i18n/translate';
import { addHeadedSheet, type SheetSpec } from './sheet-layout';
import type { SheetSink, WorkbookSink } from './sheet-sink';

export function addOverviewSheet(sink: WorkbookSink, locale: Locale, fingerprint: string, spec: SheetSpec): SheetSink {
  return addHeadedSheet(sink, locale, { title: translate(locale, 'lifecycleReports.workbook.title'), dataFingerprint: fingerprint }, spec);
}
