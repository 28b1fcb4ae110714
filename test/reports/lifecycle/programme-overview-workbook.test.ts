// The programme overview written to .xlsx bytes as the host writes it (workbookBytes) and read back with
// exceljs: its four sheets and headers, a county's row cell by cell (dates as ISO text), the quota working,
// the overdue list, the score columns only when scores are given, frozen header rows, and no cell anywhere a
// formula — a county's text that looks like one included.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { workbookBytes } from '../../../electron/reports/workbook-bytes';
import type { CountyRegister } from '../../../shared/lifecycle/county-register';
import { WORKBOOK_FINGERPRINT_PREFIX } from '../../../shared/reports/report-files';
import type { StageScores } from '../../../shared/reports/workbook/programme-overview-columns';
import { buildProgrammeOverviewWorkbook, programmeOverviewData, type ProgrammeOverviewInput } from '../../../shared/reports/workbook/programme-overview-workbook';
import { loadWorkbook, partText } from '../workbook/workbook-fixtures';
import { GENERATED_AT, lifecycleRegister, lifecycleReports, NANGONG, QINGHE, QUOTA_SETTINGS, recorded, TODAY } from './lifecycle-fixture';

/** A county whose city and name a spreadsheet would take for formulas if they were ever written as such. */
const HOSTILE = { code: '130599', name: '=HYPERLINK("http://x","县")', city: '+cmd|\' /C calc\'!A0', batch: 3, povertyAlleviated: false } as const;

function register(): CountyRegister {
  const base = lifecycleRegister();
  return { ...base, counties: [...base.counties, recorded(HOSTILE, [])] };
}

const SCORES: ReadonlyMap<string, StageScores> = new Map([
  [QINGHE.code, { qualification: { total: 86.5, sessionId: 'QUAL-2023-1' }, acceptance: { total: 71.25, sessionId: 'ACC-2025-1' }, reinspection: { total: 82, sessionId: 'REI-2025-1' } }],
]);

const input = (scores?: ReadonlyMap<string, StageScores>): ProgrammeOverviewInput => {
  const counties = register();
  return { register: counties, today: TODAY, generatedAt: GENERATED_AT, quotaSettings: QUOTA_SETTINGS, progressReports: lifecycleReports(counties), ...(scores ? { scores } : {}) };
};

const SHEETS = ['示范县总览', '名额使用', '逾期报告', '说明'];

/** The header row's texts, keyed by header, for the row `row`. */
function rowByHeader(sheet: ExcelJS.Worksheet, row: number): Map<string, ExcelJS.CellValue> {
  const values = new Map<string, ExcelJS.CellValue>();
  sheet.getRow(1).eachCell((cell, column) => values.set(String(cell.value), sheet.getRow(row).getCell(column).value));
  return values;
}

function findRow(sheet: ExcelJS.Worksheet, code: string): number {
  for (let row = 2; row <= sheet.rowCount; row += 1) if (sheet.getRow(row).getCell(1).value === code) return row;
  throw new Error(`no row for ${code} on ${sheet.name}`);
}

let bytes: Uint8Array = new Uint8Array();
let book: ExcelJS.Workbook;
let withScores: ExcelJS.Workbook;

beforeAll(async () => {
  bytes = await workbookBytes(buildProgrammeOverviewWorkbook(input(), 'zh-CN'));
  book = await loadWorkbook(bytes);
  withScores = await loadWorkbook(await workbookBytes(buildProgrammeOverviewWorkbook(input(SCORES), 'zh-CN')));
});

describe('the programme overview workbook', () => {
  it('has its four sheets in order, headers frozen, and the data fingerprint in its keywords', () => {
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(SHEETS);
    for (const sheet of book.worksheets) expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(book.keywords).toBe(WORKBOOK_FINGERPRINT_PREFIX + programmeOverviewData(input()).fingerprint);
  });

  it('heads 示范县总览 with every column and gives one row per county', () => {
    const sheet = book.getWorksheet('示范县总览')!;
    const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(headers).toEqual([
      '行政区划代码', '县（市、区）', '所属市', '批次', '国家级脱贫县', '当前状态', '进入当前状态日期', '资格评审日期', '资格评审文号',
      '中期检查等次', '中期检查日期', '验收结果', '验收日期', '整改期限', '复查结果', '复查日期', '命名日期', '摘牌日期',
      '下一步', '下一步期限', '距期限天数',
    ]);
    expect(sheet.rowCount).toBe(1 + 6);
    expect(sheet.autoFilter).toBeDefined();
  });

  it('writes 清河县’s row: its decisions, dates as ISO text and what is due next', () => {
    const sheet = book.getWorksheet('示范县总览')!;
    const row = rowByHeader(sheet, findRow(sheet, QINGHE.code));
    expect(Object.fromEntries(row)).toEqual({
      行政区划代码: '130534',
      '县（市、区）': '清河县',
      所属市: '邢台市',
      批次: 1,
      国家级脱贫县: '否',
      当前状态: '已命名',
      进入当前状态日期: '2025-10-20',
      资格评审日期: '2023-03-10',
      资格评审文号: '冀文旅公共〔2023〕12号',
      中期检查等次: '合格',
      中期检查日期: '2024-04-15',
      验收结果: '不合格',
      验收日期: '2025-04-20',
      整改期限: null,
      复查结果: '合格',
      复查日期: '2025-10-20',
      命名日期: '2025-10-20',
      摘牌日期: null,
      下一步: '定期复查结果',
      下一步期限: '2028-10-20',
      距期限天数: 1054,
    });
  });

  it('gives the de-listed, cancelled, creating and rectifying counties their dates and states', () => {
    const sheet = book.getWorksheet('示范县总览')!;
    const values = (code: string) => rowByHeader(sheet, findRow(sheet, code));
    expect(values('130535').get('摘牌日期')).toBe('2025-09-30');
    expect(values('130535').get('命名日期')).toBe('2023-03-25');
    expect(values('130533').get('当前状态')).toBe('已取消资格');
    expect(values('130533').get('下一步')).toBeNull();
    expect(values(NANGONG.code).get('下一步期限')).toBe('2026-04-01');
    expect(values('130530').get('整改期限')).toBe('2026-03-15');
    expect(values('130530').get('当前状态')).toBe('整改中');
  });

  it('works out the quota: 167 × 40 % rounded down to 66, the counties holding a place per batch', () => {
    const sheet = book.getWorksheet('名额使用')!;
    const pairs = new Map<string, ExcelJS.CellValue>();
    sheet.eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value));
    // 清河县 (named), 南宫市 (creating) and 新河县 (rectifying) hold a place; 临西县 and 威县 freed theirs.
    expect(Object.fromEntries([...pairs].filter(([label]) => ['全省县级行政区总数', '名额上限', '已用名额', '剩余名额', '已释放名额', '是否超出上限'].includes(label)))).toEqual({
      全省县级行政区总数: 167,
      名额上限: 66,
      已用名额: 3,
      剩余名额: 63,
      已释放名额: 2,
      是否超出上限: '否',
    });
    expect(String(pairs.get('计算过程'))).toContain('向下取整后上限为 66 个');
    const batches: number[][] = [];
    sheet.eachRow((row) => {
      if (typeof row.getCell(1).value === 'number' && typeof row.getCell(3).value === 'number') batches.push([1, 2, 3].map((c) => Number(row.getCell(c).value)));
    });
    expect(batches).toEqual([
      [1, 1, 1],
      [2, 1, 1],
      [3, 1, 0],
    ]);
  });

  it('lists the overdue reports, most overdue first', () => {
    const sheet = book.getWorksheet('逾期报告')!;
    const rows = [2, 3].map((row) => (sheet.getRow(row).values as ExcelJS.CellValue[]).slice(1, 7));
    expect(rows).toEqual([
      ['130534', '清河县', '季度工作动态', '2024年第一季度', '2024-04-15', 595],
      ['130581', '南宫市', '季度工作动态', '2025年第三季度', '2025-10-15', 47],
    ]);
    expect(sheet.rowCount).toBe(3);
  });

  it('explains every column of 示范县总览 and how dates are written', () => {
    const sheet = book.getWorksheet('说明')!;
    const explained = new Set<string>();
    sheet.eachRow((row) => explained.add(String(row.getCell(2).value)));
    for (const header of (book.getWorksheet('示范县总览')!.getRow(1).values as ExcelJS.CellValue[]).slice(1)) expect(explained).toContain(header);
    const text: string[] = [];
    sheet.eachRow((row) => text.push(String(row.getCell(3).value)));
    expect(text.join('\n')).toContain('“年-月-日”文本');
  });

  it('adds a score and a session column per stage when scores are given', () => {
    const sheet = withScores.getWorksheet('示范县总览')!;
    const row = rowByHeader(sheet, findRow(sheet, QINGHE.code));
    expect(row.get('资格评审得分')).toBe(86.5);
    expect(row.get('资格评审评审会')).toBe('QUAL-2023-1');
    expect(row.get('验收得分')).toBe(71.25);
    expect(row.get('复查得分')).toBe(82);
    expect(row.get('中期检查得分')).toBeNull();
    expect(rowByHeader(sheet, findRow(sheet, NANGONG.code)).get('资格评审得分')).toBeNull();
    expect(book.getWorksheet('示范县总览')!.getRow(1).values).not.toContain('资格评审得分');
  });

  it('keeps text that looks like a formula as text, and has no formula anywhere', async () => {
    const sheet = book.getWorksheet('示范县总览')!;
    const row = sheet.getRow(findRow(sheet, HOSTILE.code));
    expect(row.getCell(2).value).toBe(HOSTILE.name);
    expect(row.getCell(3).value).toBe(HOSTILE.city);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    for (const each of book.worksheets) each.eachRow((r) => r.eachCell((cell) => expect(cell.type, `${each.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula)));
    for (const n of [1, 2, 3, 4]) expect(await partText(bytes, `xl/worksheets/sheet${n}.xml`)).not.toContain('<f>');
  });
});
