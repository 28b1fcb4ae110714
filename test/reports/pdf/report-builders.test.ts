// The three PDF builders without rendering: the frame every page gets (header, footer with page x of y, the
// generation time and the data fingerprint, the information dictionary), one section per expert or per
// application, what the review report must say, and text from sheets printed as given, never interpreted.
import { describe, expect, it } from 'vitest';
import { syntheticSession } from '../../../shared/demo/synthetic-session';
import { syntheticStandard } from '../../../shared/demo/synthetic-standard';
import { translate, type Locale } from '../../../shared/i18n/translate';
import { buildApplicationSummariesPdf } from '../../../shared/reports/pdf/application-summaries-pdf';
import type { PdfReportKind } from '../../../shared/reports/pdf/document-frame';
import { buildExpertSheetsPdf } from '../../../shared/reports/pdf/expert-sheets-pdf';
import type { PdfDocument } from '../../../shared/reports/pdf/pdf-document';
import { buildReviewReportPdf } from '../../../shared/reports/pdf/review-report-pdf';
import { MAX_MATRIX_CELLS, scoreTablePlan } from '../../../shared/reports/pdf/score-table-plan';
import { PDF_FINGERPRINT_INFO_KEY, PDF_KIND_INFO_KEY } from '../../../shared/reports/report-files';
import { buildReportModel, type ReportModel } from '../../../shared/reports/report-model';
import { reportDataOf } from '../../../shared/reports/report-source';
import { reportDateTime } from '../../../shared/reports/report-text';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { contentText, footerText, headerText, sectionsOf, textsOf } from './pdf-content';
import { demoModel, GENERATED_AT } from './pdf-test-support';
import { listOf } from '../../shared/support/list-of';

const model = demoModel();
const BUILDERS: Record<PdfReportKind, (m: ReportModel, l: Locale) => PdfDocument> = {
  reviewReport: buildReviewReportPdf,
  applicationSummaries: buildApplicationSummariesPdf,
  expertSheets: buildExpertSheetsPdf,
};

function syntheticModel(experts: number, leaves: number, applications = 2): ReportModel {
  const input = syntheticSession(syntheticStandard(leaves), { applications, experts, seed: 7 });
  return buildReportModel(reportDataOf({ ...input, sessionId: 'synthetic', exports: [] }), GENERATED_AT);
}

describe.each(Object.entries(BUILDERS))('%s', (kind, build) => {
  for (const locale of ['zh-CN', 'en-US'] as const) {
    const doc = build(model, locale);
    const title = translate(locale, `reportPdf.title.${kind as PdfReportKind}`);

    it(`${locale}: is A4 and carries the data fingerprint and its kind in the information dictionary`, () => {
      expect(doc.pageSize).toBe('A4');
      expect(doc.info[PDF_FINGERPRINT_INFO_KEY]).toBe(model.facts.dataFingerprint);
      expect(doc.info[PDF_KIND_INFO_KEY]).toBe(kind);
      expect(doc.info.title).toContain(title);
      expect(doc.defaultStyle.font).toBe('NotoSansSC');
    });

    it(`${locale}: prints page x of y, the generation time and the whole data fingerprint on every page`, () => {
      for (const [page, count] of [[1, 1], [3, 17], [17, 17]] as const) {
        const footer = footerText(doc, page, count);
        expect(footer).toContain(translate(locale, 'reportPdf.footer.page', { page, count }));
        expect(footer).toContain(reportDateTime(locale, GENERATED_AT));
        expect(footer).toContain(groupedFingerprint(model.facts.dataFingerprint));
        expect(headerText(doc, page, count)).toContain(model.facts.sessionName);
        expect(headerText(doc, page, count)).toContain(title);
      }
      if (locale === 'zh-CN') expect(footerText(doc, 2, 9)).toContain('第 2 页 共 9 页');
    });

    it(`${locale}: has every message translated and every placeholder filled`, () => {
      const texts = [...textsOf(doc.content), footerText(doc, 1, 2), headerText(doc, 1, 2)];
      expect(texts.filter((text) => /reportPdf\.|preference\.|standard\./.test(text))).toEqual([]);
      expect(texts.filter((text) => text.includes('{{'))).toEqual([]);
    });
  }
});

describe('expert score sheets', () => {
  const doc = buildExpertSheetsPdf(model, 'zh-CN');
  const sections = sectionsOf(doc);

  it('give every expert a section of their own (each starts on a new page) with a signature line', () => {
    expect(sections).toHaveLength(model.experts.length);
    sections.forEach((section, i) => {
      const text = textsOf(section).join('\n');
      const report = model.experts[i];
      expect(text).toContain(report?.expert.name);
      expect(text).toContain(report?.expert.organisation);
      expect(text).toContain('专家签名：');
      expect(text).toContain('日期：');
      expect(text).toContain(groupedFingerprint(report?.export?.exportHash ?? ''));
      expect(text).toContain(groupedFingerprint(report?.export?.signerFingerprint ?? ''));
    });
  });

  it('list a recusal with its reason, and every leaf of every scored sheet', () => {
    const e3 = textsOf(sections[2]).join('\n');
    expect(e3).toContain('回避的申报（1 个）');
    expect(e3).toContain('海宁湾市，按规定回避');
    for (const leaf of model.leaves) expect(e3).toContain(leaf.name);
  });

  it('say when the sheets did not come from a signed export', () => {
    const unsigned = buildExpertSheetsPdf({ ...model, experts: model.experts.map((e) => ({ ...e, export: null })) }, 'zh-CN');
    expect(contentText(unsigned)).toContain('不是来自专家签名导出的评分文件');
  });
});

describe('application summaries', () => {
  it('give every application a section after the cover, portrait while the panel fits', () => {
    const doc = buildApplicationSummariesPdf(model, 'zh-CN');
    const sections = sectionsOf(doc);
    expect(sections).toHaveLength(model.applications.length + 1);
    model.applications.forEach((app, i) => {
      const text = textsOf(sections[i + 1]).join('\n');
      expect(text).toContain(app.application.countyName);
      expect(text).toContain(app.application.countyCode);
      expect(sections[i + 1]?.pageOrientation).toBe('portrait');
    });
    const vetoed = textsOf(sections[10]).join('\n');
    expect(vetoed).toContain('一票否决「V2');
    expect(vetoed).toContain('县文化馆馆舍被挤占用作办公场所已逾一年');
  });

  it('turn to landscape for a wide panel and split more than 15 experts into tables of at most 15', () => {
    const twelve = sectionsOf(buildApplicationSummariesPdf(syntheticModel(12, 20), 'zh-CN'))[1];
    expect(twelve?.pageOrientation).toBe('landscape');
    const sheets = syntheticModel(20, 10, 1).applications[0]?.sheets ?? [];
    const plan = scoreTablePlan(sheets, 10);
    expect(plan.chunks.map((chunk) => chunk.length)).toEqual([10, 10]);
    expect(plan.detail).toBe('leaves');
  });

  it('print group subtotals instead of every leaf when the matrix grows past MAX_MATRIX_CELLS', () => {
    const wide = syntheticModel(16, Math.ceil(MAX_MATRIX_CELLS / 16) + 1, 1);
    expect(scoreTablePlan(wide.applications[0]?.sheets ?? [], wide.leaves.length).detail).toBe('groups');
    const text = contentText(buildApplicationSummariesPdf(wide, 'zh-CN'));
    expect(text).toContain('各专家分组小计');
    expect(text).toContain('各指标合议得分与专家评分范围');
  });
});

describe('review report', () => {
  const doc = buildReviewReportPdf(model, 'zh-CN');
  const text = contentText(doc);
  const { results } = model;

  it('states the method, the quota inputs and the places', () => {
    expect(text).toContain('去掉一个最高分和一个最低分');
    expect(text).toContain('30 × 40% = 12');
    expect(text).toContain('向下取整');
    expect(text).toContain(translate('zh-CN', listOf(results).ruleSummary.key, listOf(results).ruleSummary.params));
  });

  it('lists the ranking and the suggestion list with the cut line and every move explained', () => {
    for (const entry of results.ranking) expect(text).toContain(entry.score.toFixed(2));
    for (const entry of listOf(results).entries) expect(text).toContain(entry.countyName);
    expect(text).toContain('分数线：最后列入 83.45 分，首个未列入 83.85 分');
    for (const move of listOf(results).moves) expect(text).toContain(translate('zh-CN', move.explanation.key, move.explanation.params));
  });

  it('explains the exclusions, the agreement and ends with a signature page for every member', () => {
    expect(text).toContain('金川县');
    expect(text).toContain('东坪县');
    expect(text).toContain('ICC(2,k)');
    expect(text).toContain('0.899');
    expect(text).toContain('孙志强 5 个申报偏离');
    const signatures = sectionsOf(doc).at(-1);
    const signatureText = textsOf(signatures).join('\n');
    for (const report of model.experts) {
      expect(signatureText).toContain(report.expert.name);
      expect(signatureText).toContain(report.expert.organisation);
    }
    expect(signatureText).toContain('不同意见（如有）');
  });

  it('warns at the top when sheets are missing', () => {
    const incomplete = buildReviewReportPdf({ ...model, results: { ...results, complete: false } }, 'zh-CN');
    expect(contentText(incomplete)).toContain('以下结果不完整');
    expect(text).not.toContain('以下结果不完整');
  });
});

describe('text from the sheets', () => {
  const HOSTILE = '{{session}} <script>alert(1)</script> %PDF-1.3 ) /JavaScript (x) \\ \u202Eevil\u202C 第一行\n第二行';
  const expert = model.experts[0];
  const sheet = expert?.sheets[0];
  if (!expert || !sheet?.opinion) throw new Error('demo has no scored sheet');
  const hostileSheet = { ...sheet, opinion: { ...sheet.opinion, strengths: HOSTILE, problems: 'A'.repeat(5000) } };
  const hostile: ReportModel = {
    ...model,
    experts: [{ ...expert, sheets: [hostileSheet, ...expert.sheets.slice(1)] }, ...model.experts.slice(1)],
    applications: model.applications.map((app) => ({ ...app, sheets: app.sheets.map((s) => (s.applicationId === sheet.applicationId && s.expertId === sheet.expertId ? hostileSheet : s)) })),
  };

  it('is printed as given, as plain text, in the sheets and the summaries', () => {
    for (const doc of [buildExpertSheetsPdf(hostile, 'zh-CN'), buildApplicationSummariesPdf(hostile, 'zh-CN')]) {
      const texts = textsOf(doc.content);
      expect(texts).toContain(HOSTILE);
      expect(texts).toContain('A'.repeat(5000));
    }
  });
});

describe('a session with nothing to report yet', () => {
  const { results } = model;
  const empty: ReportModel = {
    ...model,
    applications: [],
    experts: model.experts.map((report) => ({ ...report, sheets: [] })),
    results: {
      ...results,
      applications: [],
      ranking: [],
      excluded: [],
      suggestionList: { ...listOf(results), entries: [], notListed: [], cutLine: null, moves: [], tieAtCutLine: null },
    },
  };

  it('still builds every report, saying there is nothing to list', () => {
    expect(contentText(buildReviewReportPdf(empty, 'zh-CN'))).toContain('没有可列入建议名单的申报');
    expect(contentText(buildReviewReportPdf(empty, 'zh-CN'))).toContain('没有参与排名的申报');
    expect(contentText(buildApplicationSummariesPdf(empty, 'zh-CN'))).toContain('本次评审会没有申报');
    expect(sectionsOf(buildExpertSheetsPdf(empty, 'zh-CN'))).toHaveLength(model.experts.length);
    expect(contentText(buildExpertSheetsPdf({ ...empty, experts: [] }, 'zh-CN'))).toContain('本次评审会没有评审专家');
  });
});
