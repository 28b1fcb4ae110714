import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { importStandardFromSheets } from '../../../shared/standard/sheet-import';
import { plainValue, readXlsxSheets } from '../../../electron/standard/xlsx-reader';
import { writeStandardTemplate } from '../../../electron/standard/xlsx-template';
import { tinyStandard } from '../../shared/support/standards';

type Row = ReadonlyArray<ExcelJS.CellValue>;

/**
 * The tiny test standard typed the way an office really does it in Excel or WPS: a title row and a date
 * line above the header, parent cells merged (with a blank spacer row inside a merge), another parent not
 * merged but left blank below, rows of spaces (half- and full-width), full-width digits, numbers stored as
 * text, "2分", rich text, a SUM formula with its cached result, a hyperlink, and a footnote.
 */
async function messyWorkbook(edit: (sheet: ExcelJS.Worksheet) => void = () => undefined): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('评分细则');
  const rows: Row[] = [
    ['测试用创建标准'],
    ['印发日期：', new Date(Date.UTC(2026, 0, 15))],
    ['一级指标编号', '一级指标', '一级指标分值', '二级指标编号', '二级指标', '计分方式', '分值', '步长', '分档', '每次扣分', '适用阶段', '评分细则', '佐证材料'],
    ['P', '必备条件', 0, 'P1', { richText: [{ text: '创新规划', font: { bold: true } }, { text: '设计方案' }] }, '必备条件', null, null, null, null, '资格评审'],
    ['   ', '　', null, '  '],
    ['V', '一票否决项', null, 'V1', '申报材料弄虚作假', '一票否决'],
    ['1', '设施网络', { formula: 'SUM(G7:G10)', result: 12 }, '1.1', '图书馆文化馆达标', '按分值', '５', '０．５'],
    [null, null, null, '1.2', '群众满意度', '分档', null, null, '优秀：5；达标：3；未达标：0'],
    [],
    [null, null, null, '1.3', '实施标准公布', '达标/不达标', '2分'],
    ['2', '服务效能', '8', '2.1', '群众文化活动', '按分值', '8', '0.5'],
    [null, null, null, '2.2', '佐证材料缺失', '扣分项', '１．５', null, null, '0.5'],
    ['B', '加分项', null, 'B1', { text: '国家级称号', hyperlink: 'https://example.org' }, '加分项', 3, '0.5分'],
    [],
    ['注：本标准由省文化和旅游厅负责解释。'],
  ];
  rows.forEach((values, index) => {
    values.forEach((value, column) => {
      if (value !== null && value !== undefined) sheet.getCell(index + 1, column + 1).value = value;
    });
  });
  sheet.mergeCells('A1:M1');
  for (const column of ['A', 'B', 'C']) sheet.mergeCells(`${column}7:${column}10`);
  sheet.mergeCells('A15:M15');
  edit(sheet);

  const settings = workbook.addWorksheet('设置');
  const entries: Array<[string, ExcelJS.CellValue]> = [
    ['标准名称', '测试用创建标准'],
    ['版本', 'T-1'],
    ['适用阶段', '资格评审、验收'],
    ['总分', 20],
    ['加分上限', '２'],
    ['等次', '优秀≥18；合格≥12'],
    ['汇总方式', '去掉最高分和最低分后平均'],
    ['去掉最高最低分的最少专家数', 5],
    ['同分比较顺序', '2.1，1.2，1'],
    ['脱贫县倾斜方式', '不倾斜'],
    ['一票否决认定', '过半数专家认定即否决'],
    ['偏离提示分差', 3],
    ['偏离提示标准分', 2],
  ];
  settings.getCell('A1').value = '创建标准设置';
  entries.forEach(([label, value], index) => {
    settings.getCell(index + 2, 1).value = label;
    settings.getCell(index + 2, 2).value = value;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function importWorkbook(bytes: Uint8Array) {
  const read = await readXlsxSheets(bytes);
  const result = importStandardFromSheets(read.sheets);
  return { ...result, readProblems: read.problems, messages: result.problems.map((p) => describeProblem('zh-CN', p)) };
}

describe('readXlsxSheets + importStandardFromSheets on a hand-made messy workbook', () => {
  it('imports it to the same standard as the JSON form', async () => {
    const { standard, readProblems, messages } = await importWorkbook(await messyWorkbook());
    expect(readProblems).toEqual([]);
    expect(messages).toEqual(["工作表「评分细则」第15行：'注：本标准由省文化和旅游厅负责解释。' 看作表格下方的备注，已忽略"]);
    expect(standard).toEqual(tinyStandard());
  });

  it('resolves merged cells to the master value and drops whitespace-only cells', async () => {
    const { sheets } = await readXlsxSheets(await messyWorkbook());
    const rows = sheets[0]?.rows ?? [];
    expect(rows.find((r) => r.number === 5)).toBeUndefined();
    expect(rows.find((r) => r.number === 9)?.cells).toEqual([
      { column: 1, value: '1', mergedFrom: { row: 7, column: 1 } },
      { column: 2, value: '设施网络', mergedFrom: { row: 7, column: 2 } },
      { column: 3, value: 12, mergedFrom: { row: 7, column: 3 } },
    ]);
    expect(rows.find((r) => r.number === 2)?.cells[1]?.value).toBe('2026-01-15');
  });

  it('names the row and the column of every refused cell', async () => {
    const bytes = await messyWorkbook((sheet) => {
      sheet.getCell('G10').value = '2分/项';
      sheet.getCell('F12').value = '扣分';
      sheet.getCell('J12').value = '半分';
      sheet.getCell('I8').value = '优秀5分；达标3分';
      sheet.getCell('K4').value = '资格审查、终审';
    });
    const { standard, messages } = await importWorkbook(bytes);
    expect(standard).toBeNull();
    expect(messages).toEqual([
      "工作表「评分细则」第4行 适用阶段：'终审' 不是评审阶段（可选：资格评审、中期检查、验收、复查）",
      "工作表「评分细则」第8行 分档：'优秀5分' 应写成“档次名:分数”，如 优秀:30",
      "工作表「评分细则」第8行 分档：'达标3分' 应写成“档次名:分数”，如 优秀:30",
      "工作表「评分细则」第10行 分值：'2分/项' 不是数字",
      "工作表「评分细则」第12行 每次扣分：'半分' 不是数字",
      "工作表「评分细则」第15行：'注：本标准由省文化和旅游厅负责解释。' 看作表格下方的备注，已忽略",
    ]);
  });
});

describe('readXlsxSheets refuses what is not an .xlsx workbook, without throwing', () => {
  const codeOf = async (bytes: Uint8Array) => (await readXlsxSheets(bytes)).problems.map((p) => [p.code, describeProblem('zh-CN', p)]);

  it('refuses a text file, an empty file and random bytes', async () => {
    const notXlsx = [['excel.file.notXlsx', '文件不是 Excel 工作簿（.xlsx）。请选择评审台模板填写后保存的 .xlsx 文件。']];
    expect(await codeOf(new TextEncoder().encode('编号,名称\n1,设施'))).toEqual(notXlsx);
    expect(await codeOf(new Uint8Array())).toEqual(notXlsx);
    expect(await codeOf(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251))).toEqual(notXlsx);
  });

  it('refuses an Excel 97-2003 .xls file with advice to save it as .xlsx', async () => {
    const xls = new Uint8Array(2048);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const problems = (await readXlsxSheets(xls)).problems;
    expect(problems.map((p) => p.code)).toEqual(['excel.file.xls']);
    expect(describeProblem('zh-CN', problems[0]!)).toContain('另存为');
  });

  it('refuses a damaged (truncated) workbook', async () => {
    const whole = await writeStandardTemplate();
    const problems = (await readXlsxSheets(whole.subarray(0, Math.floor(whole.length / 2)))).problems;
    expect(problems.map((p) => p.code)).toEqual(['excel.file.unreadable']);
    expect(problems[0]?.severity).toBe('error');
  });
});

describe('readXlsxSheets reads exactly the bytes it is given', () => {
  it('reads a workbook handed over as a view into a larger buffer', async () => {
    const workbook = await writeStandardTemplate();
    const padded = Buffer.concat([Buffer.from('不相关的前缀'), workbook, Buffer.from('不相关的后缀')]);
    const view = padded.subarray(Buffer.byteLength('不相关的前缀'), Buffer.byteLength('不相关的前缀') + workbook.length);
    const { sheets, problems } = await readXlsxSheets(view);
    expect(problems).toEqual([]);
    expect(sheets.map((s) => s.name)).toEqual(['指标', '设置', '说明']);
  });
});

describe('plainValue', () => {
  it('flattens what Excel stores into plain values', () => {
    expect(plainValue({ richText: [{ text: ' 图书' }, { text: '馆 ' }] })).toBe('图书馆');
    expect(plainValue({ formula: 'A1+1', result: 7 })).toBe(7);
    expect(plainValue({ sharedFormula: 'A1', result: '文字' })).toBe('文字');
    expect(plainValue({ formula: 'A1+1' })).toBeNull();
    expect(plainValue({ error: '#N/A' })).toBe('#N/A');
    expect(plainValue({ text: '链接文字', hyperlink: 'https://example.org' })).toBe('链接文字');
    expect(plainValue(new Date(Date.UTC(2026, 2, 2)))).toBe('2026-03-02');
    expect(plainValue(new Date(Date.UTC(2026, 2, 2, 8, 30)))).toBe('2026-03-02T08:30:00.000Z');
    expect(plainValue('\u200b 第一行\r\n第二行　')).toBe('第一行\n第二行');
    expect(plainValue('　 ')).toBeNull();
    expect(plainValue(true)).toBe(true);
  });
});
