// What every page of every PDF report carries: A4, the CJK font, the session and report title at the top,
// and at the bottom the page number, when the report was generated and the data fingerprint it was made
// from (the same fingerprint goes into the information dictionary for `verify-report`).
import type { Locale } from '../../i18n/translate';
import { groupedFingerprint } from '../../util/fingerprint';
import { PDF_FINGERPRINT_INFO_KEY, PDF_KIND_INFO_KEY, type ReportKind } from '../report-files';
import type { ReportModel } from '../report-model';
import { reportDateTime } from '../report-text';
import type { PdfContent, PdfDocument, PdfPageContent, PdfPageSize, PdfSection } from './pdf-document';
import { COLOR, DEFAULT_STYLE, LANDSCAPE_MARGINS, PAGE_MARGINS, PDF_STYLES } from './pdf-styles';
import { translatorFor, type Translate } from './pdf-text';

export type PdfReportKind = Exclude<ReportKind, 'workbook'>;

export function reportTitle(t: Translate, kind: PdfReportKind): string {
  return t(`reportPdf.title.${kind}`);
}

/** Side margins of a page: landscape sections have narrower ones (LANDSCAPE_MARGINS). */
function sideMargins(size: PdfPageSize): [number, number] {
  const [left, , right] = size.width > size.height ? LANDSCAPE_MARGINS : PAGE_MARGINS;
  return [left, right];
}

function pageHeader(sessionName: string, title: string): PdfPageContent {
  return (_page, _count, size) => {
    const [left, right] = sideMargins(size);
    return {
      stack: [
        {
          columns: [
            { text: sessionName, width: '*' },
            { text: title, width: 'auto', bold: true },
          ],
          columnGap: 12,
        },
        { canvas: [{ type: 'line', x1: 0, y1: 2, x2: size.width - left - right, y2: 2, lineWidth: 0.5, lineColor: COLOR.lightRule }] },
      ],
      style: 'pageHeader',
      margin: [left, 24, right, 0],
    };
  };
}

function pageFooter(t: Translate, generated: string, fingerprint: string): PdfPageContent {
  const generatedLine = t('reportPdf.footer.generated', { time: generated });
  const fingerprintLine = t('reportPdf.footer.fingerprint', { fingerprint });
  return (page, count, size) => {
    const [left, right] = sideMargins(size);
    return {
      stack: [
        {
          columns: [
            { text: generatedLine, width: '*' },
            { text: t('reportPdf.footer.page', { page, count }), width: 'auto', color: COLOR.text },
          ],
          columnGap: 12,
        },
        { text: fingerprintLine },
      ],
      style: 'pageFooter',
      margin: [left, 14, right, 0],
    };
  };
}

/** The document around a report's content: page frame, styles, fonts and the information dictionary. */
export function reportDocument(model: ReportModel, locale: Locale, kind: PdfReportKind, content: Array<PdfSection | PdfContent>): PdfDocument {
  const t = translatorFor(locale);
  const title = reportTitle(t, kind);
  const { facts } = model;
  const producer = t('reportPdf.producer');
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    language: locale,
    info: {
      title: `${title} — ${facts.sessionName}`,
      subject: facts.sessionName,
      creator: producer,
      producer,
      creationDate: new Date(facts.generatedAt),
      [PDF_FINGERPRINT_INFO_KEY]: facts.dataFingerprint,
      [PDF_KIND_INFO_KEY]: kind,
    },
    header: pageHeader(facts.sessionName, title),
    footer: pageFooter(t, reportDateTime(locale, facts.generatedAt), groupedFingerprint(facts.dataFingerprint)),
    content,
    styles: PDF_STYLES,
    defaultStyle: DEFAULT_STYLE,
  };
}
