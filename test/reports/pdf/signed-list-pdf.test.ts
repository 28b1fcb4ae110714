// The review report carrying the office's signed suggestion list: the list as signed (positions, counties,
// scores, the marks on entries changed by hand), 人工调整 with every reason, 不同意见 with every note, the
// signing line with version, signer, grouped key fingerprint, time and hash, and which version it replaces —
// in the built document and in the rendered PDF as pdftotext reads it. Without a list the section is the
// computed list with its cut line, as before.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReviewReportPdf } from '../../../shared/reports/pdf/review-report-pdf';
import { buildReportModel } from '../../../shared/reports/report-model';
import { reportDataOf } from '../../../shared/reports/report-source';
import { buildDemoReportSource } from '../../../shared/demo/demo-report-source';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { DISSENT, demoSignedList, LIST_HASH, PREVIOUS_HASH, REASONS, SIGNER_FINGERPRINT } from '../signed-list-fixture';
import { contentText, textsOf } from './pdf-content';
import { expectText, GENERATED_AT, renderToFile, type RenderedPdf } from './pdf-test-support';

const data = reportDataOf(buildDemoReportSource());
const plain = buildReportModel(data, GENERATED_AT);
const list = demoSignedList(plain);
const signed = buildReportModel(data, GENERATED_AT, list);

describe('the review report with the signed suggestion list', () => {
  const text = contentText(buildReviewReportPdf(signed, 'zh-CN'));

  it('prints the list as signed, with the marks on entries changed by hand', () => {
    expect(text).toContain(`五、建议名单（第 2 版，本批次 ${list.payload.places} 个名额，列入 ${list.payload.entries.length} 个）`);
    for (const entry of list.payload.entries) expect(text).toContain(entry.countyName);
    expect(text).toContain('人工列入');
    expect(text).toContain('人工调整位次');
    expect(text).toContain('按规则位次');
    // The computed cut line is not the list the office stated.
    expect(text).not.toContain('分数线：最后列入');
  });

  it('lists every adjustment with its reason, every dissent note, and the note', () => {
    expect(text).toContain('人工调整');
    for (const reason of Object.values(REASONS)) expect(text).toContain(`理由：${reason}`);
    expect(text).toContain('不同意见');
    for (const note of DISSENT) expect(text).toContain(`${note.by}：${note.text}`);
    expect(text).toContain('说明：经 2026 年 11 月 27 日办公室会议研究。');
  });

  it('prints the signing line: version, signer, grouped key fingerprint, time, hash, and the version it replaces', () => {
    expect(text).toContain(
      `本名单为第 2 版，由 省文旅厅公共服务处 于 2026年11月27日 21:05（北京时间） 签署；签署密钥指纹 ${groupedFingerprint(SIGNER_FINGERPRINT)}；名单哈希 ${groupedFingerprint(LIST_HASH)}。`,
    );
    expect(text).toContain(`替代第 1 版（名单哈希 ${groupedFingerprint(PREVIOUS_HASH)}）。`);
  });

  it('says 无 when there are no adjustments or dissent, and no replaced version for version 1', () => {
    const first = demoSignedList(plain, { version: 1, previousHash: null, adjustments: [], dissent: [], note: '' });
    const firstText = contentText(buildReviewReportPdf(buildReportModel(data, GENERATED_AT, first), 'zh-CN'));
    const after = (heading: string): string => firstText.slice(firstText.indexOf(heading) + heading.length).trimStart().split('\n')[0] ?? '';
    expect(after('人工调整\n')).toBe('无');
    expect(after('不同意见\n')).toBe('无');
    expect(firstText).not.toContain('替代第');
    expect(firstText).not.toContain('说明：');
  });

  it('reads in English for an English reader', () => {
    const english = contentText(buildReviewReportPdf(signed, 'en-US'));
    expect(english).toContain('Manual adjustments');
    expect(english).toContain(`Reason: ${REASONS.exclude}`);
    expect(english).toContain('Replaces version 1');
  });

  it('keeps the data fingerprint: the list is bound to the data, not part of it', () => {
    expect(signed.facts.dataFingerprint).toBe(plain.facts.dataFingerprint);
  });

  it('without a list, prints the computed list with its cut line and nothing of a signature', () => {
    const doc = buildReviewReportPdf(plain, 'zh-CN');
    const before = contentText(doc);
    expect(before).toContain('分数线：最后列入');
    for (const absent of ['人工调整', '本名单为第', '按规则位次']) expect(before).not.toContain(absent);
    // 不同意见 alone is the signed list's heading; the signature page's 「不同意见（如有）」 is always there.
    expect(textsOf(doc.content)).not.toContain('不同意见');
  });
});

describe('the rendered review report with the signed list', () => {
  let rendered: RenderedPdf;
  beforeAll(async () => {
    rendered = await renderToFile(buildReviewReportPdf(signed, 'zh-CN'), '评审报告-签署名单.pdf');
  });

  it('has the list, the adjustments with reasons, the dissent and the signature as text a reader can search', () => {
    expectText(rendered, '五、建议名单（第 2 版', '人工调整', '不同意见', ...Object.values(REASONS), ...DISSENT.map((d) => d.text));
    expectText(rendered, '本名单为第 2 版', groupedFingerprint(SIGNER_FINGERPRINT), groupedFingerprint(LIST_HASH), '替代第 1 版');
  });
});
