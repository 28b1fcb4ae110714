// The programme's reports through the host API, on a real data directory with a real office key: the overview
// workbook written into a folder that did not exist, opened with exceljs, with every county's row and the stage
// score columns filled from the scores the register's events carry; a county's timeline PDF read back with
// poppler's pdftotext, naming the county and its events in order; file names in the caller's language and
// dated Beijing today; refusals in Chinese for an unknown county, a folder that is a file (nothing written),
// an overview asked for before the quota's base is set, and a machine without the office key.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostTarget } from '../../../electron/host/call-method';
import { createHostServices } from '../../../electron/host/host-services';
import { beijingDateOf } from '../../../electron/programme/beijing-today';
import { accepted, callHost as call, refused, type HostTarget as Target } from './host-answers';


async function host(role: 'office' | 'expert'): Promise<{ dataDir: string; target: Target }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rd-programme-reports-'));
  const target = hostTarget(createHostServices({ host: 'web', dataDir }));
  await call(target, 'createIdentity', { name: '示例省文旅厅评审办', role });
  return { dataDir, target };
}

const QINGHE = { code: '130102', name: '清河县', city: '邢台市', batch: 1, povertyAlleviated: false };
const FUPING = { code: '130924', name: '阜平县', city: '保定市', batch: 2, povertyAlleviated: true };

/** 清河县 from application to naming through a failed acceptance; three panel decisions carry the session's score. */
const QINGHE_STEPS: Record<string, unknown>[] = [
  { kind: 'qualificationDecided', result: 'qualified', date: '2023-03-01', documentNumber: '冀文旅发〔2023〕12号', sessionId: 'qual-2023', score: 86.5 },
  { kind: 'creationStarted', date: '2023-04-01' },
  { kind: 'midtermRecorded', grade: 'pass', date: '2024-04-10', documentNumber: '冀文旅函〔2024〕30号', sessionId: 'mid-2024' },
  { kind: 'acceptanceDecided', result: 'fail', date: '2025-04-15', documentNumber: '冀文旅发〔2025〕8号', sessionId: 'acc-2025', score: 71.25 },
  { kind: 'retentionGranted', date: '2025-05-01', documentNumber: '冀文旅函〔2025〕41号' },
  { kind: 'reinspectionDecided', result: 'pass', date: '2025-10-20', documentNumber: '冀文旅发〔2025〕77号', sessionId: 'reinsp-2025', score: 82 },
];

const today = (): string => beijingDateOf(new Date());

/** Header → value of the row whose first cell is `code` on 示范县总览. */
async function countyRow(path: string, code: string): Promise<Map<string, ExcelJS.CellValue>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(await readFile(path)).buffer);
  const sheet = book.getWorksheet('示范县总览');
  if (sheet === undefined) throw new Error('no sheet 示范县总览');
  const values = new Map<string, ExcelJS.CellValue>();
  for (let row = 2; row <= sheet.rowCount; row += 1) {
    if (sheet.getRow(row).getCell(1).value !== code) continue;
    sheet.getRow(1).eachCell((cell, column) => values.set(String(cell.value), sheet.getRow(row).getCell(column).value));
  }
  return values;
}

const pdfText = async (path: string): Promise<string> =>
  (await promisify(execFile)('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'])).stdout.replace(/\s+/g, '');

describe('programme report services', () => {
  let office: Awaited<ReturnType<typeof host>>;
  let out: string;

  beforeAll(async () => {
    office = await host('office');
    out = await mkdtemp(join(tmpdir(), 'rd-programme-reports-out-'));
    accepted(await call(office.target, 'addCounties', { counties: [QINGHE, FUPING] }));
    for (const event of QINGHE_STEPS) accepted(await call(office.target, 'recordTransition', { code: QINGHE.code, event }));
  }, 30_000);

  it('refuses the overview in Chinese until the quota’s base is set, writing nothing', async () => {
    const folder = join(out, 'before-quota');
    const answer = refused(await call(office.target, 'writeProgrammeOverview', { folder }));
    expect(answer.code).toBe('programme.reports.noQuota');
    expect(answer.messages[0]).toContain('县级行政区总数');
    await expect(stat(folder)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('writes the overview into a new folder: dated name, every county, stage scores from the events', async () => {
    const { settings } = accepted(await call(office.target, 'programmeSettings', {}));
    accepted(await call(office.target, 'setProgrammeSettings', { settings: { ...settings, quota: { countyLevelDivisions: 167, divisionsAsOf: '2023-12-31', capPercent: 40, rounding: 'floor' } } }));
    const folder = join(out, '新建', '总览');
    const written = accepted(await call(office.target, 'writeProgrammeOverview', { folder }));
    expect(written.path).toBe(join(folder, `示范县创建工作总览（${today()}）.xlsx`));
    expect((await readFile(written.path)).length).toBe(written.bytes);
    // Only the report: no temp file beside it.
    expect(await readdir(folder)).toEqual([basename(written.path)]);

    const qinghe = await countyRow(written.path, QINGHE.code);
    expect(qinghe.get('县（市、区）')).toBe('清河县');
    expect(qinghe.get('当前状态')).toBe('已命名');
    expect(qinghe.get('资格评审得分')).toBe(86.5);
    expect(qinghe.get('资格评审评审会')).toBe('qual-2023');
    expect(qinghe.get('验收得分')).toBe(71.25);
    expect(qinghe.get('验收评审会')).toBe('acc-2025');
    expect(qinghe.get('复查得分')).toBe(82);
    // The mid-term decision carried no score.
    expect(qinghe.get('中期检查得分')).toBeNull();
    const fuping = await countyRow(written.path, FUPING.code);
    expect(fuping.get('县（市、区）')).toBe('阜平县');
    expect(fuping.get('当前状态')).toBe('已申报');
    expect(fuping.get('资格评审得分')).toBeNull();
  });

  it('names the overview in English for an English reader', async () => {
    const written = accepted(await call(office.target, 'writeProgrammeOverview', { folder: join(out, 'english') }, 'en-US'));
    expect(basename(written.path)).toBe(`Demonstration county programme overview (${today()}).xlsx`);
  });

  it('writes a county’s timeline PDF naming the county and its events in order', async () => {
    const folder = join(out, 'timeline');
    const written = accepted(await call(office.target, 'writeCountyTimeline', { code: QINGHE.code, folder }));
    expect(written.path).toBe(join(folder, `清河县（130102）创建历程（${today()}）.pdf`));
    const bytes = await readFile(written.path);
    expect(bytes.length).toBe(written.bytes);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(written.path);
    expect(text).toContain('示范县创建历程');
    expect(text).toContain('清河县（130102）');
    const numbers = QINGHE_STEPS.flatMap((event) => (typeof event['documentNumber'] === 'string' ? [event['documentNumber']] : []));
    const positions = numbers.map((number) => text.indexOf(number));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toContain('已命名');
  });

  it('refuses a county not in the register, in Chinese, writing nothing', async () => {
    const folder = join(out, 'unknown');
    const answer = refused(await call(office.target, 'writeCountyTimeline', { code: '999999', folder }));
    expect(answer.code).toBe('programme.reports.unknownCounty');
    expect(answer.messages[0]).toContain('台账中没有行政区划代码为 999999 的县');
    await expect(stat(folder)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a folder that is a file, leaving the file and its folder as they were', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'rd-programme-reports-file-'));
    const file = join(parent, '报告');
    await writeFile(file, 'not a folder');
    for (const answer of [
      refused(await call(office.target, 'writeCountyTimeline', { code: QINGHE.code, folder: file })),
      refused(await call(office.target, 'writeProgrammeOverview', { folder: file })),
      refused(await call(office.target, 'writeProgrammeOverview', { folder: join(file, '下一层') })),
    ]) {
      expect(answer.code).toBe('programme.reports.notAFolder');
      expect(answer.messages[0]).toContain('不是文件夹');
    }
    expect(await readFile(file, 'utf8')).toBe('not a folder');
    expect(await readdir(dirname(file))).toEqual(['报告']);
  });

  it('refuses both reports without the office key', async () => {
    const expert = await host('expert');
    const folder = join(out, 'expert');
    expect(refused(await call(expert.target, 'writeProgrammeOverview', { folder })).code).toBe('report.needOfficeKey');
    expect(refused(await call(expert.target, 'writeCountyTimeline', { code: QINGHE.code, folder })).code).toBe('report.needOfficeKey');
  });
});
