// The review report of a stage that grades each county (the demo as a mid-term inspection, no quota) rendered
// to a real PDF and read back with pdftotext: its parts are numbered on without the quota working and the
// suggestion list, the overview counts the counties per grade, and each ranked county's score stands beside
// its grade (等次).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReviewReportPdf } from '../../../shared/reports/pdf/review-report-pdf';
import { buildReportModel, type ReportModel } from '../../../shared/reports/report-model';
import { reportDataOf } from '../../../shared/reports/report-source';
import { midtermSource } from '../graded-stage-fixture';
import { compact, GENERATED_AT, renderToFile, type RenderedPdf } from './pdf-test-support';

let model: ReportModel;
let rendered: RenderedPdf;

beforeAll(async () => {
  model = buildReportModel(reportDataOf(midtermSource()), GENERATED_AT);
  rendered = await renderToFile(buildReviewReportPdf(model, 'zh-CN'), '评审报告-中期检查.pdf');
});

describe('the review report of a mid-term inspection as a PDF', () => {
  it('has no quota working and no suggestion list, and numbers its parts on from three', () => {
    expect(model.results.quota).toBeNull();
    const headings = ['一、评审概况', '二、评审依据与计分方法', '三、评审得分与等次', '四、不参与排名的申报', '五、专家评分一致性与偏离情况', '六、回避与数据完整性', '评审专家组签名'];
    const positions = headings.map((heading) => rendered.compact.indexOf(compact(heading)));
    expect(positions.every((position) => position >= 0), headings.filter((_, i) => (positions[i] ?? -1) < 0).join(', ')).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const absent of ['名额测算', '建议名单（', '倾斜政策', '本批次名额', '分数线']) expect(rendered.compact).not.toContain(absent);
  });

  it('says the stage grades each county and counts the ranked counties per grade', () => {
    expect(rendered.compact).toContain(compact('本次评审为中期检查，按评审标准的等次分别评定每个县，不按名额确定建议名单。'));
    const ranked = new Set(model.results.ranking.map((entry) => entry.applicationId));
    const count = (grade: string): number => model.results.applications.filter((app) => ranked.has(app.applicationId) && app.grade === grade).length;
    // The demo's vetoed county scores 95.80 but is not ranked: it is not among the 优秀.
    expect([count('优秀'), count('合格'), count('不合格')]).toEqual([4, 5, 1]);
    expect(rendered.compact).toContain(compact(`等次评定优秀 4 个；合格 5 个；不合格 1 个本次评审`));
  });

  it('prints each ranked county’s score beside its grade', () => {
    const gradeOf = new Map(model.results.applications.map((app) => [app.applicationId, app.grade]));
    for (const entry of model.results.ranking) {
      const grade = gradeOf.get(entry.applicationId);
      expect(grade).not.toBeNull();
      expect(rendered.compact).toContain(compact(`${entry.score.toFixed(2)}${grade ?? ''}`));
    }
  });
});
