// LibreOffice headless opens the programme overview and exports its sheets as CSV, as an office's other
// spreadsheet program would read them: the county rows with their dates as the same ISO text, the quota
// numbers, the overdue list — and the county text that looks like a formula still the literal text.
// Skipped where LibreOffice is not installed.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { workbookBytes } from '../../../electron/reports/workbook-bytes';
import { buildProgrammeOverviewWorkbook } from '../../../shared/reports/workbook/programme-overview-workbook';
import { hasSoffice, recalculatedCsv } from '../workbook/libreoffice';
import { GENERATED_AT, lifecycleRegister, lifecycleReports, QINGHE, QUOTA_SETTINGS, recorded, TODAY } from './lifecycle-fixture';

const SHEETS = ['示范县总览', '名额使用', '逾期报告', '说明'] as const;
const HOSTILE = { code: '130599', name: '=1+2', city: '@SUM(A1:A2)', batch: 3, povertyAlleviated: false } as const;

let sheets = new Map<string, string[][]>();

beforeAll(async () => {
  if (!hasSoffice) return;
  const base = lifecycleRegister();
  const register = { ...base, counties: [...base.counties, recorded(HOSTILE, [])] };
  const workbook = buildProgrammeOverviewWorkbook(
    { register, today: TODAY, generatedAt: GENERATED_AT, quotaSettings: QUOTA_SETTINGS, progressReports: lifecycleReports(register) },
    'zh-CN',
  );
  const dir = await mkdtemp(join(tmpdir(), 'review-desk-overview-'));
  const path = join(dir, 'overview.xlsx');
  await writeFile(path, await workbookBytes(workbook));
  [sheets = new Map()] = await recalculatedCsv([{ path, sheetNames: SHEETS }], dir);
}, 60_000);

describe.skipIf(!hasSoffice)('the programme overview as LibreOffice reads it', () => {
  const rowOf = (sheet: string, code: string): string[] => sheets.get(sheet)?.find((row) => row[0] === code) ?? [];

  it('reads 清河县’s row with its dates as the same ISO text', () => {
    const row = rowOf('示范县总览', QINGHE.code);
    expect(row.slice(0, 9)).toEqual(['130534', '清河县', '邢台市', '1', '否', '已命名', '2025-10-20', '2023-03-10', '冀文旅公共〔2023〕12号']);
    expect(row.slice(16, 21)).toEqual(['2025-10-20', '', '定期复查结果', '2028-10-20', '1054']);
  });

  it('reads the quota and the overdue list', () => {
    const quota = new Map((sheets.get('名额使用') ?? []).map((row) => [row[0], row[1]]));
    expect([quota.get('名额上限'), quota.get('已用名额'), quota.get('剩余名额')]).toEqual(['66', '3', '63']);
    expect(rowOf('逾期报告', '130581').slice(0, 6)).toEqual(['130581', '南宫市', '季度工作动态', '2025年第三季度', '2025-10-15', '47']);
  });

  it('keeps the formula-looking county text as the literal text', () => {
    expect(rowOf('示范县总览', HOSTILE.code).slice(1, 3)).toEqual([HOSTILE.name, HOSTILE.city]);
  });
});
