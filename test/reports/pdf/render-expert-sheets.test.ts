// The demo's expert score sheets rendered and read back: each expert's name, organisation, signed export
// and signature line, the recusal with its reason, and every county the expert scored are searchable
// text; the file is sound. Pages 1–3 are saved as PNG to look at.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExpertSheetsPdf } from '../../../shared/reports/pdf/expert-sheets-pdf';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { expectSoundReport } from './pdf-file-checks';
import { demoModel, expectText, renderToFile, screenshots, type RenderedPdf } from './pdf-test-support';

const model = demoModel();
let rendered: RenderedPdf;

beforeAll(async () => {
  rendered = await renderToFile(buildExpertSheetsPdf(model, 'zh-CN'), '专家评分表.pdf');
});

describe('the expert score sheets as a PDF', () => {
  it('is a sound A4 file with the fingerprint, the embedded CJK font and numbered pages', async () => {
    await expectSoundReport(rendered, 'expertSheets', model.facts.dataFingerprint);
  });

  it('has every expert with the signed export and a signature line', () => {
    for (const report of model.experts) {
      expectText(rendered, `${report.expert.name}（编号 ${report.expert.id}）`, report.expert.organisation, groupedFingerprint(report.export?.exportHash ?? ''));
    }
    expect(rendered.text.split('专家签名：').length - 1).toBe(model.experts.length);
    expectText(rendered, '日期：______年____月____日');
  });

  it('shows the recusal with its reason and every county scored, with the totals', () => {
    expectText(rendered, '回避的申报（1 个）', '本人工作单位与申报县同属海宁湾市，按规定回避', '基础分 93.50 ＋ 加分 1.00 － 扣分 0.00 ＝ 总分 94.50');
    const scored = model.applications.filter((app) => app.sheets.some((sheet) => sheet.state === 'scored'));
    expectText(rendered, ...scored.flatMap(({ application }) => [application.id, `${application.countyName}（${application.city}）`]));
  });

  it('saves its first pages as PNG', async () => {
    expect(await screenshots(rendered.path, 'expert-sheets')).toEqual(['expert-sheets-01.png', 'expert-sheets-02.png', 'expert-sheets-03.png']);
  });
});
