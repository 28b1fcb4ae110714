// The workbook's 建议名单 sheet carrying the office's signed suggestion list, as written by the desktop app
// (exceljs' streaming writer) and read back: below the computed list and the quota, the signed entries with
// the marks on entries changed by hand, 人工调整 with every reason, 不同意见 with every note, and the signing
// line. Without a list there is nothing of it.
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewWorkbookBytes } from '../../../electron/reports/review-workbook-stream';
import { translate } from '../../../shared/i18n/translate';
import { buildReportModel, type ReportModel } from '../../../shared/reports/report-model';
import { reportDataOf } from '../../../shared/reports/report-source';
import { buildDemoReportSource } from '../../../shared/demo/demo-report-source';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { DISSENT, demoSignedList, LIST_HASH, REASONS, SIGNER_FINGERPRINT } from '../signed-list-fixture';
import { GENERATED_AT, loadWorkbook } from './workbook-fixtures';

const data = reportDataOf(buildDemoReportSource());
const plain = buildReportModel(data, GENERATED_AT);
const list = demoSignedList(plain);

async function suggestionSheet(model: ReportModel): Promise<ExcelJS.Worksheet> {
  const workbook = await loadWorkbook(await reviewWorkbookBytes(model, 'zh-CN'));
  const sheet = workbook.getWorksheet(translate('zh-CN', 'reportWorkbook.sheet.suggestion'));
  if (!sheet) throw new Error('no suggestion sheet');
  return sheet;
}

/** Each row's values, in order. */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

let withList: unknown[][];
let without: unknown[][];

beforeAll(async () => {
  withList = rowsOf(await suggestionSheet(buildReportModel(data, GENERATED_AT, list)));
  without = rowsOf(await suggestionSheet(plain));
});

const lines = (rows: unknown[][]): string[] => rows.map((row) => row.filter((v) => v !== undefined && v !== null).join(' | '));

describe('the suggestion sheet with the signed list', () => {
  it('keeps the computed list above, cell for cell, and adds the signed list below it', () => {
    expect(withList.slice(0, without.length)).toEqual(without);
    const added = lines(withList.slice(without.length));
    expect(added).toContain('办公室签署的建议名单（第 2 版）');
    for (const entry of list.payload.entries) {
      const row = withList.slice(without.length).find((r) => r[1] === entry.countyName && r[0] === entry.position);
      expect(row, entry.countyName).toBeDefined();
      expect(row?.[3]).toBe(entry.scoreH / 100);
      expect(row?.[4]).toBe(entry.computedPosition ?? '—');
    }
    expect(added.some((line) => line.endsWith('人工列入'))).toBe(true);
    expect(added.some((line) => line.endsWith('人工调整位次'))).toBe(true);
  });

  it('has the adjustments with reasons, the dissent and the signature', () => {
    const added = lines(withList.slice(without.length));
    expect(added).toEqual(expect.arrayContaining(['人工调整', '不同意见', '签署']));
    for (const reason of Object.values(REASONS)) expect(added.some((line) => line.includes(`理由：${reason}`)), reason).toBe(true);
    for (const note of DISSENT) expect(added).toContain(`${note.by}：${note.text}`);
    const signature = added.find((line) => line.startsWith('本名单为第 2 版'));
    expect(signature).toContain(groupedFingerprint(SIGNER_FINGERPRINT));
    expect(signature).toContain(groupedFingerprint(LIST_HASH));
    expect(signature).toContain('省文旅厅公共服务处');
    expect(added.some((line) => line.startsWith('替代第 1 版'))).toBe(true);
  });
});

describe('the suggestion sheet without a list', () => {
  it('has nothing of a signed list (review-workbook.test.ts holds the rest of the sheet as before)', () => {
    const text = lines(without).join('\n');
    for (const absent of ['办公室签署的建议名单', '人工调整', '不同意见', '本名单为第']) expect(text).not.toContain(absent);
  });
});
