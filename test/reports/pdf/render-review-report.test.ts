// The demo's review report rendered to a real PDF and read back with poppler and qpdf: the headings, the
// ranking's scores, the suggestion list's counties and the quota's places are there as text a reader can
// search, the file is sound, and pages 1–3 are saved as PNG to look at.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReviewReportPdf } from '../../../shared/reports/pdf/review-report-pdf';
import { expectSoundReport } from './pdf-file-checks';
import { compact, demoModel, expectText, renderToFile, screenshots, type RenderedPdf } from './pdf-test-support';
import { listOf, quotaOf } from '../../shared/support/list-of';

const model = demoModel();
let rendered: RenderedPdf;

beforeAll(async () => {
  rendered = await renderToFile(buildReviewReportPdf(model, 'zh-CN'), '评审报告.pdf');
});

describe('the review report as a PDF', () => {
  it('is a sound A4 file with the fingerprint, the embedded CJK font and numbered pages', async () => {
    await expectSoundReport(rendered, 'reviewReport', model.facts.dataFingerprint);
  });

  it('reads as the review report: every heading, in order', () => {
    const headings = ['评审报告', '一、评审概况', '二、评审依据与计分方法', '三、名额测算', '四、评审排名', '五、建议名单', '六、不参与排名的申报', '七、专家评分一致性与偏离情况', '八、回避与数据完整性', '评审专家组签名'];
    const positions = headings.map((heading) => rendered.compact.indexOf(compact(heading)));
    expect(positions.every((position) => position >= 0), headings.filter((_, i) => (positions[i] ?? -1) < 0).join(', ')).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('has the ranking scores with two decimals, the listed counties, the cut line and the places', () => {
    const { results } = model;
    expectText(rendered, ...results.ranking.map((entry) => `${entry.countyName}`), ...results.ranking.map((entry) => entry.score.toFixed(2)));
    expectText(rendered, ...listOf(results).entries.map((entry) => entry.countyName));
    expectText(rendered, '分数线：最后列入 83.45 分，首个未列入 83.85 分', `本批次名额 ${quotaOf(results).places}`, '30 × 40% = 12', 'ICC(2,k) 0.899');
    expectText(rendered, ...model.experts.map((report) => report.expert.name));
  });

  it('saves its first pages as PNG', async () => {
    expect(await screenshots(rendered.path, 'review-report')).toEqual(['review-report-1.png', 'review-report-2.png', 'review-report-3.png']);
  });
});
