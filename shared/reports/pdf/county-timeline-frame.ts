// The page frame of a county timeline (创建历程): landscape A4 (its transition table has seven columns, one of
// them a key fingerprint), the county and the title at the top of every page, and at the bottom the time it
// was generated (Beijing), the data fingerprint and 「第 x 页 共 y 页」 — as the session reports' frame
// (document-frame.ts) does, which is bound to a review session and so cannot carry a county.
import type { Locale } from '../../i18n/translate';
import { groupedFingerprint } from '../../util/fingerprint';
import { PDF_FINGERPRINT_INFO_KEY, PDF_KIND_INFO_KEY } from '../report-files';
import { reportDateTime } from '../report-text';
import type { PdfContent, PdfDocument, PdfPageContent } from './pdf-document';
import { COLOR, DEFAULT_STYLE, LANDSCAPE_MARGINS, PDF_STYLES } from './pdf-styles';
import { translatorFor } from './pdf-text';

/** The report kind in the information dictionary, beside the session reports' kinds (report-files.ts). */
export const COUNTY_TIMELINE_KIND = 'countyTimeline';

export interface TimelineFrame {
  /** 「某县（130102）」: the header of every page. */
  county: string;
  /** ISO instant the report was generated. */
  generatedAt: string;
  /** Hex SHA-256 of the data the report was made from. */
  fingerprint: string;
}

function pageHeader(county: string, title: string): PdfPageContent {
  const [left, , right] = LANDSCAPE_MARGINS;
  return (_page, _count, size) => ({
    stack: [
      { columns: [{ text: county, width: '*' }, { text: title, width: 'auto', bold: true }], columnGap: 12 },
      { canvas: [{ type: 'line', x1: 0, y1: 2, x2: size.width - left - right, y2: 2, lineWidth: 0.5, lineColor: COLOR.lightRule }] },
    ],
    style: 'pageHeader',
    margin: [left, 20, right, 0],
  });
}

function pageFooter(locale: Locale, frame: TimelineFrame): PdfPageContent {
  const t = translatorFor(locale);
  const [left, , right] = LANDSCAPE_MARGINS;
  const generated = t('reportPdf.footer.generated', { time: reportDateTime(locale, frame.generatedAt) });
  const fingerprint = t('reportPdf.footer.fingerprint', { fingerprint: groupedFingerprint(frame.fingerprint) });
  return (page, count) => ({
    stack: [
      { columns: [{ text: generated, width: '*' }, { text: t('reportPdf.footer.page', { page, count }), width: 'auto', color: COLOR.text }], columnGap: 12 },
      { text: fingerprint },
    ],
    style: 'pageFooter',
    margin: [left, 12, right, 0],
  });
}

export function timelineDocument(locale: Locale, frame: TimelineFrame, content: PdfContent[]): PdfDocument {
  const t = translatorFor(locale);
  const title = t('lifecycleReports.timeline.title');
  const producer = t('reportPdf.producer');
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: LANDSCAPE_MARGINS,
    language: locale,
    info: {
      title: `${title} — ${frame.county}`,
      subject: frame.county,
      creator: producer,
      producer,
      creationDate: new Date(frame.generatedAt),
      [PDF_FINGERPRINT_INFO_KEY]: frame.fingerprint,
      [PDF_KIND_INFO_KEY]: COUNTY_TIMELINE_KIND,
    },
    header: pageHeader(frame.county, title),
    footer: pageFooter(locale, frame),
    content,
    styles: PDF_STYLES,
    defaultStyle: DEFAULT_STYLE,
  };
}
