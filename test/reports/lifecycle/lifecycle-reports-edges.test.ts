// The lifecycle reports at their edges, read from the built definitions: a county with nothing recorded yet, a
// quota the data goes over (said in numbers and in words, never clipped), and both reports in English.
import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { newCountyEntry } from '../../../shared/lifecycle/county-entry';
import { buildCountyTimelinePdf } from '../../../shared/reports/pdf/county-timeline-pdf';
import { buildProgrammeOverviewWorkbook } from '../../../shared/reports/workbook/programme-overview-workbook';
import { contentText } from '../pdf/pdf-content';
import { GENERATED_AT, lifecycleRegister, lifecycleReports, QUOTA_SETTINGS, TODAY } from './lifecycle-fixture';

const labelled = (sheet: ExcelJS.Worksheet | undefined): Map<string, ExcelJS.CellValue> => {
  const pairs = new Map<string, ExcelJS.CellValue>();
  sheet?.eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value));
  return pairs;
};

describe('the lifecycle reports at their edges', () => {
  it('says a county that only applied has nothing recorded and awaits its qualification review', () => {
    const county = newCountyEntry({ code: '130501', name: '邢台县', city: '邢台市', batch: 2, povertyAlleviated: true });
    const text = contentText(buildCountyTimelinePdf({ county, today: TODAY, generatedAt: GENERATED_AT }, 'zh-CN'));
    expect(text).toContain('尚未录入任何环节。');
    expect(text).toContain('资格评审结果（无规定期限）');
    expect(text).toContain('已申报');
  });

  it('reports a quota the data goes over: exceeded, by how much, and the problem in words', () => {
    const register = lifecycleRegister();
    // 5 divisions × 40 % = 2 places; three counties hold one.
    const book = buildProgrammeOverviewWorkbook(
      { register, today: TODAY, generatedAt: GENERATED_AT, quotaSettings: { ...QUOTA_SETTINGS, countyLevelDivisions: 5 }, progressReports: lifecycleReports(register) },
      'zh-CN',
    );
    const quota = labelled(book.getWorksheet('名额使用'));
    expect([quota.get('名额上限'), quota.get('已用名额'), quota.get('剩余名额'), quota.get('是否超出上限'), quota.get('超出个数')]).toEqual([2, 3, 0, '是', 1]);
    expect(quota.has('需要核对')).toBe(true);
    expect([...quota.keys()].some((label) => label.includes('超过上限 2 个，超出 1 个'))).toBe(true);
  });

  it('reads in English: sheet names, headers and states', () => {
    const register = lifecycleRegister();
    const book = buildProgrammeOverviewWorkbook({ register, today: TODAY, generatedAt: GENERATED_AT, quotaSettings: QUOTA_SETTINGS, progressReports: [] }, 'en-US');
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Counties', 'Quota use', 'Overdue reports', 'Notes']);
    const counties = book.getWorksheet('Counties');
    expect(counties?.getRow(1).getCell(6).value).toBe('State');
    expect(counties?.getRow(2).getCell(6).value).toBe('Named');
    const text = contentText(buildCountyTimelinePdf({ county: register.counties[0]!, today: TODAY, generatedAt: GENERATED_AT }, 'en-US'));
    expect(text).toContain('Rectifying → Named');
  });
});
