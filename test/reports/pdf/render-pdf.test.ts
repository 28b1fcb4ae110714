// renderPdf itself: text from outside (opinions, names) never makes pdfmake read a file or fetch a URL, a
// hostile or endless opinion renders as text without breaking the page, the English reports render, and
// progress is reported.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/reports/render-pdf';
import { buildExpertSheetsPdf } from '../../../shared/reports/pdf/expert-sheets-pdf';
import type { PdfDocument } from '../../../shared/reports/pdf/pdf-document';
import { buildReviewReportPdf } from '../../../shared/reports/pdf/review-report-pdf';
import type { ReportModel } from '../../../shared/reports/report-model';
import { expectSoundReport } from './pdf-file-checks';
import { demoModel, expectText, renderToFile, type RenderedPdf } from './pdf-test-support';

const model = demoModel();
const HOSTILE = '{{session}} <script>alert(1)</script> ) /JavaScript (app.alert(1)) \\ \u202Eevil\u202C 第一行\n第二行';
const ENDLESS = 'https://example.com/' + 'A'.repeat(3000);

/** The demo cut to its first expert, whose first opinion is hostile and whose second has no break for 3000 characters. */
function hostileModel(): ReportModel {
  const [expert] = model.experts;
  const [first, second, ...rest] = expert?.sheets ?? [];
  if (!expert || !first?.opinion || !second?.opinion) throw new Error('the demo expert has no scored sheets');
  const sheets = [{ ...first, opinion: { ...first.opinion, strengths: HOSTILE } }, { ...second, opinion: { ...second.opinion, problems: ENDLESS } }, ...rest];
  return { ...model, experts: [{ ...expert, sheets }] };
}

/** A document smuggling an image in, by local path or by URL: what pdfmake would read if its policies allowed. */
const withImage = (source: string): PdfDocument =>
  ({ ...buildReviewReportPdf(model, 'zh-CN'), images: { picture: source }, content: [{ image: 'picture', width: 10 }] }) as unknown as PdfDocument;

let hostile: RenderedPdf;
let english: RenderedPdf;

beforeAll(async () => {
  [hostile, english] = await Promise.all([renderToFile(buildExpertSheetsPdf(hostileModel(), 'zh-CN'), 'hostile.pdf'), renderToFile(buildReviewReportPdf(model, 'en-US'), 'review-en.pdf')]);
});

describe('renderPdf', () => {
  it('prints hostile text as text and breaks an endless word across lines', async () => {
    await expectSoundReport(hostile, 'expertSheets', model.facts.dataFingerprint);
    expectText(hostile, '{{session}} <script>alert(1)</script> ) /JavaScript (app.alert(1))', '第一行', '第二行', 'https://example.com/');
    // Broken over lines and pages, every character of the endless word is still there.
    expect(hostile.text.match(/A/g)?.length ?? 0).toBeGreaterThanOrEqual(3000);
    expect(Buffer.from(hostile.bytes).toString('latin1')).not.toMatch(/\/(JavaScript|JS|OpenAction|Launch|URI)\b/);
  });

  it('renders the English review report', async () => {
    await expectSoundReport(english, 'reviewReport', model.facts.dataFingerprint, 'en-US');
    expectText(english, '5. Suggestion list (8 places, 8 listed)', 'cut line: last listed 83.45, first not listed 83.85');
  });

  it('never reads a local file but the fonts, nor fetches a URL', async () => {
    await expect(renderPdf(withImage('/etc/hostname'))).rejects.toThrow(/Access to local file denied/);
    await expect(renderPdf(withImage('https://example.com/logo.png'))).rejects.toThrow(/Access to URL denied/);
  });

  it('reports progress up to 1', async () => {
    const seen: number[] = [];
    await renderPdf(buildReviewReportPdf(model, 'zh-CN'), { onProgress: (fraction) => seen.push(fraction) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((fraction, i) => fraction >= 0 && fraction <= 1 && (i === 0 || fraction >= (seen[i - 1] ?? 0)))).toBe(true);
  });
});
