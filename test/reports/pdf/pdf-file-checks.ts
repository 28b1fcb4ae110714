// Checks every rendered report must pass, whatever it contains: qpdf finds the file sound, pages are A4,
// the information dictionary carries the data fingerprint (readable by verify-report's own reader) and the
// report kind, only the embedded, subset CJK font is used, and the footers read 「第 x 页 共 y 页」 from the first
// page to the last.
import { expect } from 'vitest';
import { fingerprintInPdfText } from '../../../electron/reports/report-fingerprint-reader';
import { translate, type Locale } from '../../../shared/i18n/translate';
import type { PdfReportKind } from '../../../shared/reports/pdf/document-frame';
import { compact, pageCount, pageSizes, pdfFonts, pdfInfo, pdfText, qpdfCheck, type RenderedPdf } from './pdf-test-support';

export async function expectSoundReport(rendered: RenderedPdf, kind: PdfReportKind, fingerprint: string, locale: Locale = 'zh-CN'): Promise<void> {
  await expect(qpdfCheck(rendered.path)).resolves.toContain('No syntax or stream encoding errors');

  const info = await pdfInfo(rendered.path);
  const sizes = pageSizes(info);
  expect(sizes).toHaveLength(pageCount(info));
  for (const size of sizes) expect(size).toMatch(/^(595\.28 x 841\.89|841\.89 x 595\.28) pts \(A4\)/);
  expect(info).toContain(`ReviewDeskDataFingerprint:${fingerprint}`);
  expect(info).toContain(`ReviewDeskReport:${kind}`);
  expect(fingerprintInPdfText(Buffer.from(rendered.bytes).toString('latin1'))).toBe(fingerprint);

  const fonts = (await pdfFonts(rendered.path)).split('\n').slice(2).filter((line) => line.trim() !== '');
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) {
    expect(line).toMatch(/^[A-Z]{6}\+NotoSansHans-(Regular|Bold)\s+CID Type 0C\s+Identity-H\s+yes yes yes/);
  }

  const pages = pageCount(info);
  const footer = (page: number): string => compact(translate(locale, 'reportPdf.footer.page', { page, count: pages }));
  expect(compact(await pdfText(rendered.path, 1, 1))).toContain(footer(1));
  expect(compact(await pdfText(rendered.path, pages, pages))).toContain(footer(pages));
}
