// What every sheet of the programme overview has, as the review workbook's sheets (sheet-layout.ts) do but
// without a review session: the header row frozen and repeated on printed pages, widths, A4 landscape as wide
// as the page, the workbook's title and the sheet in the printed header, the data fingerprint and page
// numbers in the footer.
import { translate, type Locale } from '../../i18n/translate';
import type { SheetSpec } from './sheet-layout';
import type { SheetSink, WorkbookSink } from './sheet-sink';

/** In header and footer codes `&` starts a command (&P page…): a literal one is `&&`. */
const headerText = (text: string): string => text.replaceAll('&', '&&');

export function addOverviewSheet(sink: WorkbookSink, locale: Locale, fingerprint: string, spec: SheetSpec): SheetSink {
  const title = translate(locale, 'lifecycleReports.workbook.title');
  const footerFingerprint = translate(locale, 'reportWorkbook.footer.fingerprint', { fingerprint });
  // The page placeholders are header codes, put in after escaping so they are not doubled.
  const page = headerText(translate(locale, 'reportWorkbook.footer.page', { page: '\u0000P', pages: '\u0000N' })).replaceAll('\u0000', '&');
  return sink.addSheet({
    name: spec.name,
    columnWidths: spec.columns.map((column) => column.width),
    frozenRows: spec.headerRow,
    frozenColumns: spec.frozenColumns ?? 0,
    landscape: spec.landscape,
    printTitleRow: spec.headerRow,
    header: `&C${headerText(`${title} · ${spec.name}`)}`,
    footer: `&L${headerText(footerFingerprint)}&R${page}`,
  });
}
