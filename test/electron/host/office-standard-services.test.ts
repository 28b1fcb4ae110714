// The office's standard through the host API (readStandard, saveStandardTemplate), called through the one
// dispatcher every binding uses: the template and the sample JSON read to the sample standard; a filled-in
// template with mistakes gives each mistake with its sheet, row and column; what is not a standard, or too
// large, is refused with one clear problem; and an uploaded file is gone afterwards, whatever the outcome.
import ExcelJS from 'exceljs';
import { mkdir, mkdtemp, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callMethod, hostTarget } from '../../../electron/host/call-method';
import { uploadsDirOf } from '../../../electron/host/data-layout';
import { createHostServices } from '../../../electron/host/host-services';
import { inProcessWorker, type IsolatedJob, type IsolatedWorkerPort } from '../../../electron/host/ports';
import { newUploadPath } from '../../../electron/host/uploads';
import { MAX_XLSX_BYTES } from '../../../electron/standard/xlsx-reader';
import { sampleStandard, writeStandardTemplate } from '../../../electron/standard/xlsx-template';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import { MAX_STANDARD_FILE_BYTES } from '../../../shared/contract/office-standard-spec';
import { fingerprintOf } from '../../../shared/util/fingerprint';

const SAMPLE_JSON = join(__dirname, '../../../shared/data/sample-standard.json');

async function services(isolatedWorker?: IsolatedWorkerPort) {
  const dataDir = await mkdtemp(join(tmpdir(), 'rd-office-standard-'));
  return { dataDir, target: hostTarget(createHostServices({ host: 'web', dataDir, ...(isolatedWorker ? { ports: { isolatedWorker } } : {}) })) };
}

type Read = HostResult<'readStandard'>;

async function read(target: ReturnType<typeof hostTarget>, path: string, locale: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<Read> {
  const outcome = await callMethod(target, 'readStandard', { path }, { locale });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.result as Read;
}

/** The template with a word where a number goes and a kind that is not one, in the first two 按分值 rows. */
async function templateWithMistakes(): Promise<{ bytes: Buffer; notNumberRow: number; badKindRow: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await writeStandardTemplate()).buffer);
  const sheet = workbook.getWorksheet('指标');
  if (!sheet) throw new Error('no 指标 sheet');
  const pointsRows: number[] = [];
  sheet.eachRow((row, number) => {
    if (number > 2 && row.getCell('F').value === '按分值') pointsRows.push(number);
  });
  const [notNumberRow, badKindRow] = pointsRows;
  if (notNumberRow === undefined || badKindRow === undefined) throw new Error('the sample has fewer than two 按分值 rows');
  sheet.getCell(`G${notNumberRow}`).value = '四';
  sheet.getCell(`F${badKindRow}`).value = '乱写';
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), notNumberRow, badKindRow };
}

/** The template with group 1's points one too many and item 1.1's step not dividing its maximum: cells that
 * read fine, mistakes only the checks of the whole standard find. */
async function templateWithSumMistakes(): Promise<{ bytes: Buffer; groupRow: number; itemRow: number; totalRow: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await writeStandardTemplate()).buffer);
  const sheet = workbook.getWorksheet('指标');
  const settings = workbook.getWorksheet('设置');
  if (!sheet || !settings) throw new Error('template sheets missing');
  let groupRow = 0;
  let itemRow = 0;
  sheet.eachRow((row, number) => {
    if (groupRow === 0 && row.getCell('A').value === '1') groupRow = number;
    if (row.getCell('D').value === '1.1') itemRow = number;
  });
  let totalRow = 0;
  settings.eachRow((row, number) => {
    if (row.getCell('A').value === '总分') totalRow = number;
  });
  if (groupRow === 0 || itemRow === 0 || totalRow === 0) throw new Error(`not found: ${groupRow} ${itemRow} ${totalRow}`);
  sheet.getCell(`C${groupRow}`).value = Number(sheet.getCell(`C${groupRow}`).value) + 1;
  sheet.getCell(`H${itemRow}`).value = 0.3;
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), groupRow, itemRow, totalRow };
}

describe('readStandard', () => {
  it('reads the template as written to the sample standard, with its fingerprint', async () => {
    const { dataDir, target } = await services();
    const path = join(dataDir, '模板.xlsx');
    await writeFile(path, await writeStandardTemplate());
    const result = await read(target, path);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.standard).toEqual(sampleStandard());
    expect(result.fingerprint).toBe(fingerprintOf(sampleStandard()));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // The user's own file is never removed.
    expect((await stat(path)).isFile()).toBe(true);
  });

  it('reads the sample JSON to the same standard and fingerprint as the template', async () => {
    const { target } = await services();
    const result = await read(target, SAMPLE_JSON);
    expect(result).toMatchObject({ ok: true, fingerprint: fingerprintOf(sampleStandard()), problems: [] });
  });

  it('lists every mistake in a filled-in template with its sheet, row and column, and gives no standard', async () => {
    const { dataDir, target } = await services();
    const { bytes, notNumberRow, badKindRow } = await templateWithMistakes();
    const path = join(dataDir, 'filled.xlsx');
    await writeFile(path, bytes);
    const result = await read(target, path);
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('standard');
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({ code: 'excel.cell.notNumber', sheet: '指标', row: notNumberRow, column: 'G', message: expect.stringContaining("'四' 不是数字") }),
      expect.objectContaining({ code: 'excel.cell.unknownKind', sheet: '指标', row: badKindRow, column: 'F', message: expect.stringContaining('乱写') }),
    ]);
    // In the caller's language.
    const english = await read(target, path, 'en-US');
    expect(english.problems.find((p) => p.code === 'excel.cell.notNumber')?.message).toMatch(/not a number/i);
  });

  it('places the findings about the whole standard at the row of the indicator or setting they name', async () => {
    const { dataDir, target } = await services();
    const { bytes, groupRow, itemRow, totalRow } = await templateWithSumMistakes();
    const path = join(dataDir, 'sums.xlsx');
    await writeFile(path, bytes);
    const result = await read(target, path);
    expect(result.ok).toBe(false);
    const byCode = new Map(result.problems.map((p) => [p.code, p]));
    expect(byCode.get('standard.groupSumMismatch')).toMatchObject({ sheet: '指标', row: groupRow, column: 'A' });
    expect(byCode.get('standard.stepNotDividing')).toMatchObject({ sheet: '指标', row: itemRow, column: 'D' });
    expect(byCode.get('standard.totalMismatch')).toMatchObject({ sheet: '设置', row: totalRow, column: 'B' });
    // Sheet by sheet as first named, down the rows (the checks found the total before the step).
    expect(result.problems.map((p) => p.sheet)).toEqual(['指标', '指标', '设置']);
  });

  it('orders problems by row, and keeps problems that have no row after them', async () => {
    const { dataDir, target } = await services();
    const standard = { ...sampleStandard(), totalPoints: 99 };
    const path = join(dataDir, 'wrong-total.json');
    await writeFile(path, JSON.stringify(standard));
    const result = await read(target, path);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'standard.totalMismatch', severity: 'error' })]);
    expect(result.problems[0]).not.toHaveProperty('row');
  });

  it('refuses a corrupt workbook, an old .xls and text that is not JSON, each with one problem', async () => {
    const { dataDir, target } = await services();
    const template = await writeStandardTemplate();
    const cases: Array<[string, Uint8Array | string, string]> = [
      ['corrupt.xlsx', template.subarray(0, Math.floor(template.length / 2)), 'excel.file.unreadable'],
      ['old.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'excel.file.xls'],
      ['broken.json', '{"format": "review-desk/standard",', 'standard.notJson'],
      ['list.json', '[1, 2, 3]', 'standard.wrongFormat'],
    ];
    for (const [name, content, code] of cases) {
      const path = join(dataDir, name);
      await writeFile(path, content);
      const result = await read(target, path);
      expect(result, name).toMatchObject({ ok: false, problems: [{ severity: 'error', code }] });
      expect(result.problems, name).toHaveLength(1);
    }
  });

  it('refuses a file over the limit before reading it, and a missing file, clearly', async () => {
    // The page checks the same limit before uploading; the workbook reader's own limit agrees with it.
    expect(MAX_STANDARD_FILE_BYTES).toBe(MAX_XLSX_BYTES);
    const { dataDir, target } = await services();
    const big = join(dataDir, 'big.xlsx');
    await writeFile(big, '');
    await truncate(big, MAX_STANDARD_FILE_BYTES + 1);
    const result = await read(target, big);
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'excel.file.tooLarge', message: expect.stringContaining('文件太大') }] });
    const missing = await read(target, join(dataDir, 'no-such.xlsx'));
    expect(missing).toMatchObject({ ok: false, problems: [{ code: 'excel.file.cannotOpen' }] });
  });

  it('removes an uploaded file afterwards, whether it read or was refused', async () => {
    const { dataDir, target } = await services();
    const good = await newUploadPath(dataDir, '创建标准.xlsx');
    await writeFile(good, await writeStandardTemplate());
    const bad = await newUploadPath(dataDir, 'bad.json');
    await writeFile(bad, 'not json');
    expect((await read(target, good)).ok).toBe(true);
    expect((await read(target, bad)).ok).toBe(false);
    expect(await readdir(uploadsDirOf(dataDir))).toEqual([]);
  });
});

describe('readStandard and the isolated worker', () => {
  it('unpacks a workbook through the port, and a JSON file without it', async () => {
    const jobs: IsolatedJob[] = [];
    const spy: IsolatedWorkerPort = { isolated: true, run: (job, options) => (jobs.push(job), inProcessWorker.run(job, options)) };
    const { dataDir, target } = await services(spy);
    const path = join(dataDir, 't.xlsx');
    await writeFile(path, await writeStandardTemplate());
    expect((await read(target, path)).ok).toBe(true);
    expect(jobs.map((job) => [job.name, job.input instanceof Uint8Array])).toEqual([['readXlsxSheets', true]]);
    expect((await read(target, SAMPLE_JSON)).ok).toBe(true);
    expect(jobs).toHaveLength(1);
  });

  it('refuses the file when the worker fails or answers something that is not sheets', async () => {
    const failing: IsolatedWorkerPort = { isolated: true, run: () => Promise.reject(new Error('worker ran out of memory')) };
    const lying: IsolatedWorkerPort = { isolated: true, run: () => Promise.resolve({ sheets: [{ name: 1 }], problems: [] }) };
    const unknownKey: IsolatedWorkerPort = { isolated: true, run: () => Promise.resolve({ sheets: [], problems: [{ code: 'no.such.key', severity: 'error', where: '', params: {} }] }) };
    for (const [port, detail] of [[failing, 'worker ran out of memory'], [lying, 'unexpected answer'], [unknownKey, 'unexpected answer']] as const) {
      const { dataDir, target } = await services(port);
      const path = await newUploadPath(dataDir, 't.xlsx');
      await writeFile(path, await writeStandardTemplate());
      const result = await read(target, path);
      expect(result).toMatchObject({ ok: false, problems: [{ code: 'excel.file.unreadable', message: expect.stringContaining(detail) }] });
      expect(await readdir(uploadsDirOf(dataDir))).toEqual([]);
    }
  });
});

describe('saveStandardTemplate', () => {
  it('writes the template, which reads back to the sample standard', async () => {
    const { dataDir, target } = await services();
    const path = join(dataDir, '创建标准模板.xlsx');
    const outcome = await callMethod(target, 'saveStandardTemplate', { path });
    expect(outcome).toMatchObject({ ok: true, result: { ok: true, path } });
    const bytes = await readFile(path);
    expect(outcome.ok && (outcome.result as { bytes: number }).bytes).toBe(bytes.length);
    expect(await read(target, path)).toMatchObject({ ok: true, fingerprint: fingerprintOf(sampleStandard()) });
  });

  it('refuses a folder that does not exist with a message, and a path that is not .xlsx as bad params', async () => {
    const { dataDir, target } = await services();
    const refused = await callMethod(target, 'saveStandardTemplate', { path: join(dataDir, 'missing', 'x.xlsx') });
    expect(refused).toMatchObject({ ok: true, result: { ok: false, messages: [expect.stringMatching(/[\u4e00-\u9fff]/)] } });
    await mkdir(join(dataDir, 'out'));
    expect(await callMethod(target, 'saveStandardTemplate', { path: join(dataDir, 'out', 'x.csv') })).toMatchObject({ ok: false, failure: 'badParams' });
  });
});
