// The county timeline (创建历程) rendered to PDF the way the other reports are (electron/reports/render-pdf.ts,
// Noto Sans SC embedded) and read back with poppler's pdftotext: who the county is, its states from
// application to naming through the failed acceptance, rectification and re-inspection, each with its date and
// 文号, in the order they were recorded; the recorder's grouped fingerprint; the missing report marked overdue;
// the footer's time and page numbers; the rectification deadline of a county still rectifying; en-US too.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CountyEntry } from '../../../shared/lifecycle/county-entry';
import { reportStatus, type CountyReportStatus } from '../../../shared/lifecycle/progress-reports';
import { reportingCountyOf } from '../../../shared/lifecycle/reporting-county';
import { COUNTY_TIMELINE_KIND } from '../../../shared/reports/pdf/county-timeline-frame';
import { buildCountyTimelinePdf, countyTimelineFingerprint } from '../../../shared/reports/pdf/county-timeline-pdf';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { compact, expectText, pdfFonts, pdfInfo, qpdfCheck, renderToFile, type RenderedPdf } from '../pdf/pdf-test-support';
import { GENERATED_AT, lifecycleRegister, lifecycleReports, NANGONG, QINGHE, QINGHE_EVENTS, RECORDER, TODAY, XINHE } from './lifecycle-fixture';

const register = lifecycleRegister();
const reports = lifecycleReports(register);
const entry = (code: string): CountyEntry => {
  const found = register.counties.find((county) => county.code === code);
  if (!found) throw new Error(code);
  return found;
};
const progressOf = (county: CountyEntry): CountyReportStatus => {
  const status = reportStatus([reportingCountyOf(county)], reports, TODAY).counties[0];
  if (!status) throw new Error(county.code);
  return status;
};

/** pdftotext -layout: rows of a table top to bottom, each row's cells left to right (its plain reading may
 * take a table column by column), without white space. */
async function layoutText(path: string): Promise<string> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']);
  return compact(stdout);
}

/** Where each needle is first found in the text, searching on from the previous one: -1 once one is missing. */
function positionsInOrder(text: string, needles: readonly string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const at = from < 0 ? -1 : text.indexOf(compact(needle), from);
    from = at < 0 ? -1 : at + 1;
    return at;
  });
}

describe('the county timeline PDF', () => {
  const qinghe = entry(QINGHE.code);
  let rendered: RenderedPdf;
  let english: RenderedPdf;
  let layout = '';

  beforeAll(async () => {
    const input = { county: qinghe, today: TODAY, generatedAt: GENERATED_AT, progress: progressOf(qinghe) };
    rendered = await renderToFile(buildCountyTimelinePdf(input, 'zh-CN'), 'county-timeline.pdf');
    english = await renderToFile(buildCountyTimelinePdf(input, 'en-US'), 'county-timeline-en.pdf');
    layout = await layoutText(rendered.path);
  }, 60_000);

  it('is a sound PDF with the embedded CJK font, its kind and the data fingerprint', async () => {
    await expect(qpdfCheck(rendered.path)).resolves.toContain('No syntax or stream encoding errors');
    const fonts = (await pdfFonts(rendered.path)).split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/NotoSansHans-(Regular|Bold)\s+CID Type 0C\s+Identity-H\s+yes yes yes/);
    const info = await pdfInfo(rendered.path);
    expect(info).toContain(`ReviewDeskReport:${COUNTY_TIMELINE_KIND}`);
    expect(info).toContain(`ReviewDeskDataFingerprint:${countyTimelineFingerprint({ county: qinghe, today: TODAY, progress: progressOf(qinghe) })}`);
    expect(info).toMatch(/Page\s+1 size:\s+841\.89 x 595\.28 pts \(A4\)/);
  });

  it('names the county, its city, batch and poverty flag, where it stands and what is due next', () => {
    expectText(rendered, '示范县创建历程', '清河县（130534）', '邢台市', '第1批', '国家级脱贫县否', '已命名（自2025-10-20起）');
    // Named on 2025-10-20 by the re-inspection: the first periodic re-check is due 36 months later.
    expectText(rendered, '定期复查结果，应于2028-10-20前完成（还有1054天）');
  });

  it('lists every transition in order: date, from → to, event, result, 文号 and session', () => {
    const states = ['已申报', '已获创建资格', '创建中', '已中期检查', '验收未通过', '整改中', '已命名'];
    const needles = QINGHE_EVENTS.flatMap((event, index) => [
      event.date,
      `${states[index]}→${states[index + 1]}`,
      ...(event.documentNumber ? [event.documentNumber] : []),
      ...(event.sessionId ? [event.sessionId] : []),
    ]);
    const positions = positionsInOrder(layout, needles);
    expect(Object.fromEntries(needles.map((needle, i) => [needle, positions[i]! >= 0]))).toEqual(Object.fromEntries(needles.map((needle) => [needle, true])));
    expectText(rendered, '资格评审结果', '获得创建资格', '验收结果', '不合格', '同意保留创建资格半年整改', '复查结果', '合格');
  });

  it('says who recorded each event, by name and grouped key fingerprint', () => {
    expectText(rendered, RECORDER.name, groupedFingerprint(RECORDER.keyFingerprint));
  });

  it('marks the missing report overdue, after the reports before it and before the ones after it', () => {
    // 2024 Q1 was due 2024-04-15 and never came: 595 days overdue on 2025-12-01.
    const positions = positionsInOrder(layout, ['二、进度报告', '2023年第四季度', '2024年第一季度', '未报送', '逾期未报595天', '2024年第二季度']);
    expect(positions.every((at) => at >= 0)).toBe(true);
    expectText(rendered, '清河县2023-Q2进度报告.pdf');
  });

  it('prints the generation time in Beijing and the page numbers in the footer', () => {
    expectText(rendered, '生成时间：2025年12月1日10:00（北京时间）', '第1页共');
  });

  it('reads in English for an en-US reader', () => {
    expect(english.compact).toContain(compact('Demonstration county timeline'));
    expect(english.compact).toContain(compact('Applied → Qualified to create'));
    expect(english.compact).toContain(compact('Named (since 2025-10-20)'));
    expect(english.compact).toContain(compact('Missing, 595 days overdue'));
    expect(english.compact).toContain('冀文旅公共〔2025〕47号');
    expect(english.compact).not.toContain('已命名');
  });
});

describe('the county timeline of a county still rectifying, and of one creating', () => {
  it('gives the rectification deadline with the days left, and the re-inspection due by it', async () => {
    const xinhe = entry(XINHE.code);
    const rendered = await renderToFile(buildCountyTimelinePdf({ county: xinhe, today: TODAY, generatedAt: GENERATED_AT }, 'zh-CN'), 'county-timeline-rectifying.pdf');
    // Retention granted 2025-09-15: six calendar months to 2026-03-15, 104 days after 2025-12-01.
    expectText(rendered, '整改期限', '2026-03-15（还有104天）', '复查结果，应于2026-03-15前完成', '本报告未附进度报告记录。');
  }, 30_000);

  it('marks the creating county’s missing quarterly update overdue', async () => {
    const nangong = entry(NANGONG.code);
    const rendered = await renderToFile(
      buildCountyTimelinePdf({ county: nangong, today: TODAY, generatedAt: GENERATED_AT, progress: progressOf(nangong) }, 'zh-CN'),
      'county-timeline-creating.pdf',
    );
    // The third quarter's update was due 2025-10-15: 47 days overdue on 2025-12-01.
    const positions = positionsInOrder(await layoutText(rendered.path), ['2025年第二季度', '按时报送', '2025年第三季度', '逾期未报47天']);
    expect(positions.every((at) => at >= 0)).toBe(true);
    expectText(rendered, '创建中（自2025-04-01起）', '中期检查结果，应于2026-04-01前完成');
  }, 30_000);
});
