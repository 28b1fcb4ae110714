// The demo's application summaries rendered and read back: every county, its panel score with two
// decimals and the veto's reasons are searchable text, the file is sound; a wide panel turns its pages to
// landscape. Pages 1–3 of each are saved as PNG to look at.
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticSession } from '../../../shared/demo/synthetic-session';
import { syntheticStandard } from '../../../shared/demo/synthetic-standard';
import { buildApplicationSummariesPdf } from '../../../shared/reports/pdf/application-summaries-pdf';
import { buildReportModel } from '../../../shared/reports/report-model';
import { reportDataOf } from '../../../shared/reports/report-source';
import { expectSoundReport } from './pdf-file-checks';
import { demoModel, expectText, GENERATED_AT, pageSizes, pdfInfo, renderToFile, screenshots, type RenderedPdf } from './pdf-test-support';

const model = demoModel();
const wideInput = syntheticSession(syntheticStandard(24), { applications: 2, experts: 12, seed: 3 });
const wideModel = buildReportModel(reportDataOf({ ...wideInput, sessionId: 'wide', exports: [] }), GENERATED_AT);
let rendered: RenderedPdf;
let wide: RenderedPdf;

beforeAll(async () => {
  [rendered, wide] = await Promise.all([
    renderToFile(buildApplicationSummariesPdf(model, 'zh-CN'), '申报评审汇总.pdf'),
    renderToFile(buildApplicationSummariesPdf(wideModel, 'zh-CN'), 'wide.pdf'),
  ]);
});

describe('the application summaries as a PDF', () => {
  it('is a sound A4 file with the fingerprint, the embedded CJK font and numbered pages', async () => {
    await expectSoundReport(rendered, 'applicationSummaries', model.facts.dataFingerprint);
  });

  it('names every county with its code and panel score, and the veto with its reasons', () => {
    for (const { application, result } of model.applications) {
      expectText(rendered, application.id, application.countyName, application.countyCode);
      if (result.aggregate !== null) expectText(rendered, result.aggregate.toFixed(2));
    }
    expectText(rendered, '一票否决「V2', '县文化馆馆舍被挤占用作办公场所已逾一年', '办公室审查发现不具备，申报不进入专家评分', '各专家评分', '专家评审意见');
  });

  it('turns the pages of a panel too wide for portrait to landscape', async () => {
    await expectSoundReport(wide, 'applicationSummaries', wideModel.facts.dataFingerprint);
    const sizes = pageSizes(await pdfInfo(wide.path));
    expect(sizes[0]).toMatch(/^595\.28 x 841\.89/);
    expect(sizes.slice(1).every((size) => size.startsWith('841.89 x 595.28'))).toBe(true);
    expectText(wide, ...wideModel.experts.map((expert) => expert.expert.name));
  });

  it('saves its first pages as PNG', async () => {
    expect(await screenshots(rendered.path, 'application-summaries')).toHaveLength(3);
    expect(await screenshots(wide.path, 'application-summaries-landscape')).toHaveLength(3);
  });
});
