import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import type { Problem } from '../../../shared/problems';
import type { Standard } from '../../../shared/standard/schema';
import { importStandardFromSheets } from '../../../shared/standard/sheet-import';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import { readXlsxSheets } from '../../../electron/standard/xlsx-reader';
import { sampleStandard, writeStandardTemplate, writeStandardWorkbook } from '../../../electron/standard/xlsx-template';
import { standardArb } from '../../shared/standard/standard-arbitrary';
import { everyKindStandard } from './every-kind-standard';

const errorsOf = (problems: readonly Problem[]): string[] =>
  problems.filter((p) => p.severity === 'error').map((p) => describeProblem('zh-CN', p));

async function roundTrip(bytes: Uint8Array): Promise<{ standard: Standard | null; errors: string[] }> {
  const read = await readXlsxSheets(bytes);
  expect(read.problems).toEqual([]);
  const { standard, problems } = importStandardFromSheets(read.sheets);
  return { standard, errors: errorsOf(problems) };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

describe('writeStandardTemplate', () => {
  it('reads back to exactly the bundled sample standard', async () => {
    const { standard, errors } = await roundTrip(await writeStandardTemplate());
    expect(errors).toEqual([]);
    expect(standard).toEqual(sampleStandard());
    expect(standard && fingerprintOf(standard)).toBe(fingerprintOf(sampleStandard()));
  });

  it('has the indicator, settings and guide sheets, a frozen bold header and text-formatted ids', async () => {
    const workbook = await load(await writeStandardTemplate());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['指标', '设置', '说明']);
    const sheet = workbook.getWorksheet('指标');
    if (!sheet) throw new Error('no 指标 sheet');
    expect(sheet.getCell('A1').value).toBe(sampleStandard().title);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      ...['一级指标编号', '一级指标', '一级指标分值', '二级指标编号', '二级指标', '计分方式', '分值', '步长', '分档', '每次扣分', '适用阶段', '评分细则', '佐证材料', '材料类型'],
    ]);
    expect(sheet.getCell('F2').font.bold).toBe(true);
    expect(sheet.getColumn(1).numFmt).toBe('@');
    expect(sheet.getColumn(4).numFmt).toBe('@');
    expect(sheet.getColumn(12).width).toBeGreaterThan(40);
  });

  it('draws parent indicators as merged cells over their items', async () => {
    const sheet = (await load(await writeStandardTemplate())).getWorksheet('指标');
    if (!sheet) throw new Error('no 指标 sheet');
    // P (rows 3–4), V (5–7), 1 (8–11): id, name and points merged.
    for (const address of ['A4', 'B4', 'C4', 'A7', 'C11']) expect(sheet.getCell(address).isMerged).toBe(true);
    expect(sheet.getCell('C11').master.address).toBe('C8');
    expect(sheet.getCell('C8').value).toBe(15);
    expect(sheet.getCell('D8').isMerged).toBe(false);
  });

  it('offers the kinds as a dropdown, also on spare rows below the example', async () => {
    const sheet = (await load(await writeStandardTemplate())).getWorksheet('指标');
    if (!sheet) throw new Error('no 指标 sheet');
    for (const address of ['F3', 'F40', 'F200']) {
      expect(sheet.getCell(address).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"按分值,分档,达标/不达标,一票否决,必备条件,加分项,扣分项"'],
      });
    }
  });

  it('explains every column, kind and setting on the guide sheet', async () => {
    const guide = (await load(await writeStandardTemplate())).getWorksheet('说明');
    const text: string[] = [];
    guide?.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value))));
    const all = text.join('\n');
    for (const word of ['计分方式', '分值', '步长', '分档', '每次扣分', '适用阶段', '评分细则', '佐证材料', '材料类型']) expect(all).toContain(word);
    for (const kind of ['按分值', '分档', '达标/不达标', '一票否决', '必备条件', '加分项', '扣分项']) expect(text).toContain(kind);
    for (const label of ['标准名称', '版本', '总分', '加分上限', '等次', '汇总方式', '同分比较顺序', '脱贫县倾斜方式', '一票否决认定']) expect(text).toContain(label);
  });
});

describe('writeStandardWorkbook', () => {
  it('round trips every leaf kind, deeper parents, an item without a parent, and every setting', async () => {
    const original = everyKindStandard();
    const { standard, errors } = await roundTrip(await writeStandardWorkbook(original));
    expect(errors).toEqual([]);
    expect(standard).toEqual(original);
  });

  it('never turns an author’s text into a formula', async () => {
    const workbook = await load(await writeStandardWorkbook(everyKindStandard()));
    const formulas: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => (cell.type === ExcelJS.ValueType.Formula ? formulas.push(cell.address) : undefined)));
    }
    expect(formulas).toEqual([]);
    const names: unknown[] = [];
    workbook.getWorksheet('指标')?.eachRow((row) => names.push(row.getCell(8).value));
    expect(names).toContain('=SUM(A1:A9)');
  });

  it('round trips random standards through a real .xlsx file', async () => {
    await fc.assert(
      fc.asyncProperty(standardArb, async (original) => {
        const { standard, errors } = await roundTrip(await writeStandardWorkbook(original));
        expect(errors).toEqual([]);
        expect(standard).toEqual(original);
      }),
      { numRuns: 25 },
    );
  });
});
