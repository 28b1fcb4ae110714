import ExcelJS from 'exceljs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { standardCheckCommand } from '../../../electron/cli/commands/standard-check';
import { standardTemplateCommand } from '../../../electron/cli/commands/standard-template';
import type { CliIo } from '../../../electron/cli/io';
import { sampleStandard, writeStandardTemplate } from '../../../electron/standard/xlsx-template';
import { fingerprintOf, groupedFingerprint } from '../../../shared/util/fingerprint';

function recorder(): CliIo & { out: (line: string) => void; lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'review-desk-cli-'));
  made.push(dir);
  return dir;
}
const SAMPLE_JSON = join(__dirname, '../../../shared/data/sample-standard.json');

describe('standard-template', () => {
  it('writes the template, says so, and leaves no temporary file behind', async () => {
    const dir = await tempDir();
    const path = join(dir, '创建标准模板.xlsx');
    const io = recorder();
    expect(await standardTemplateCommand([path], io)).toBe(0);
    expect(io.lines).toEqual([`已写出创建标准模板：${path}（以示例标准填好，可在其上修改）`]);
    expect(io.errors).toEqual([]);
    expect(await readdir(dir)).toEqual(['创建标准模板.xlsx']);
    expect((await readFile(path)).subarray(0, 2).toString()).toBe('PK');
  });

  it('exits 2 with the usage on wrong arguments', async () => {
    for (const args of [[], ['a.xlsx', 'b.xlsx'], ['template.json']]) {
      const io = recorder();
      expect(await standardTemplateCommand(args, io)).toBe(2);
      expect(io.errors).toEqual(['用法：npm run cli -- standard-template 文件.xlsx']);
    }
  });

  it('exits 2 when the file cannot be written', async () => {
    const io = recorder();
    const path = join(await tempDir(), 'no-such-folder', 't.xlsx');
    expect(await standardTemplateCommand([path], io)).toBe(2);
    expect(io.errors[0]).toContain(`无法写出 ${path}：`);
  });
});

describe('standard-check', () => {
  const fingerprint = groupedFingerprint(fingerprintOf(sampleStandard()));

  it('summarises a good template and exits 0', async () => {
    const path = join(await tempDir(), 'template.xlsx');
    await standardTemplateCommand([path], recorder());
    const io = recorder();
    expect(await standardCheckCommand([path], io)).toBe(0);
    expect(io.lines).toEqual([
      `检查创建标准文件：${path}`,
      '标准名称：（示例）某省公共文化服务高质量发展示范县（区）创建标准（评分细则）',
      '版本：示例-2026.1',
      '适用阶段：资格评审、中期检查、验收、复查',
      '指标：共 38 个，其中上级指标 9 个、评分项 29 个',
      '评分项按计分方式：按分值 20，分档 1，一票否决 3，必备条件 2，加分项 3',
      '总分：100　加分上限：5',
      `指纹：${fingerprint}`,
      '检查通过（警告 0 条）。',
    ]);
  });

  it('gives the JSON form the same fingerprint', async () => {
    const io = recorder();
    expect(await standardCheckCommand([SAMPLE_JSON], io)).toBe(0);
    expect(io.lines).toContain(`指纹：${fingerprint}`);
  });

  it('prints every problem in Chinese and exits 1 for a standard with errors', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await writeStandardTemplate()).buffer);
    const sheet = workbook.getWorksheet('指标');
    if (!sheet) throw new Error('no 指标 sheet');
    sheet.getCell('G8').value = '4分/项';
    sheet.getCell('F9').value = '打分';
    sheet.getCell('F10').value = '评优';
    const path = join(await tempDir(), 'broken.xlsx');
    await writeFile(path, new Uint8Array(await workbook.xlsx.writeBuffer()));

    const io = recorder();
    expect(await standardCheckCommand([path], io)).toBe(1);
    expect(io.lines).toEqual([
      `检查创建标准文件：${path}`,
      "[错误] 工作表「指标」第8行 分值：'4分/项' 不是数字",
      "[错误] 工作表「指标」第10行 计分方式：'评优' 不是可用的计分方式（可选：按分值、分档、达标/不达标、一票否决、必备条件、加分项、扣分项）",
      '检查未通过：错误 2 条，警告 0 条。',
    ]);
  });

  it('exits 1 for a file that is not a standard', async () => {
    const path = join(await tempDir(), 'notes.xlsx');
    await writeFile(path, '这不是表格');
    const io = recorder();
    expect(await standardCheckCommand([path], io)).toBe(1);
    expect(io.lines).toContain('[错误] 文件不是 Excel 工作簿（.xlsx）。请选择评审台模板填写后保存的 .xlsx 文件。');
  });

  it('exits 2 for wrong arguments or a file that cannot be opened', async () => {
    const usage = recorder();
    expect(await standardCheckCommand([], usage)).toBe(2);
    expect(usage.errors).toEqual(['用法：npm run cli -- standard-check 文件(.xlsx|.json)']);

    const missing = recorder();
    const path = join(await tempDir(), 'missing.xlsx');
    expect(await standardCheckCommand([path], missing)).toBe(2);
    expect(missing.errors[0]).toContain(`无法打开文件 ${path}：`);
    expect(missing.lines).toEqual([]);
  });
});
