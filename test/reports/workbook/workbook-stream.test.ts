// The desktop app's writer (exceljs' streaming WorkbookWriter): it finds where a sheet's XML waits for the zip
// (exceljs internals its pauses rely on to keep memory flat), reports progress up to 1, and fails instead of
// hanging when its output fails.
import ExcelJS from 'exceljs';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { reviewWorkbookBytes, writeReviewWorkbook, zipIntakeOf } from '../../../electron/reports/review-workbook-stream';
import { demoModel } from './workbook-fixtures';

describe('the streaming review workbook writer', () => {
  it('finds the stream a worksheet’s XML waits in for the zip, and sees it fill and drain', async () => {
    const output = new PassThrough();
    output.resume();
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: true });
    const sheet = writer.addWorksheet('S');
    const intake = zipIntakeOf(sheet);
    expect(intake).not.toBeNull();
    // Written in one go, rows pile up there until the zip takes them.
    for (let r = 1; r <= 20_000; r += 1) sheet.addRow([`row ${r}`, r, 'x'.repeat(40)]).commit();
    expect(intake?.pending).toBeGreaterThan(1 << 20);
    await intake?.drained();
    expect(intake?.pending).toBe(0);
    sheet.commit();
    await writer.commit();
  });

  it('reports progress from 0 up to 1', async () => {
    const seen: number[] = [];
    await reviewWorkbookBytes(demoModel(), 'zh-CN', (fraction) => seen.push(fraction));
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((fraction, i) => fraction >= 0 && fraction <= 1 && fraction >= (seen[i - 1] ?? 0))).toBe(true);
  });

  it('rejects when its output fails, instead of waiting for it', async () => {
    const failing = new Writable({
      write: (_chunk, _encoding, callback) => callback(new Error('disk full')),
    });
    await expect(writeReviewWorkbook(demoModel(), 'zh-CN', failing)).rejects.toThrow('disk full');
  });
});
