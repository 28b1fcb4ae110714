// Writing the reports: all four from one data set (one fingerprint, read back from each file), progress that
// never goes backwards, and failures that say which report failed and lose nothing already on disk: a disk
// that fills up while the second report is written, and a worker that runs out of its heap.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileError } from '../../../electron/files/file-error';
import { readReportFingerprint } from '../../../electron/reports/report-fingerprint-reader';
import { renderInWorker } from '../../../electron/reports/render-in-worker';
import { writeReports, type WrittenReports } from '../../../electron/reports/write-reports';
import { buildDemoReportSource } from '../../../shared/demo/demo-report-source';
import { REPORT_FILE_NAMES, REPORT_KINDS } from '../../../shared/reports/report-files';
import { reportDataOf } from '../../../shared/reports/report-source';
import { faultyFileSystem } from '../files/faulty-file-system';

const source = buildDemoReportSource();
const { dataFingerprint } = reportDataOf(source);

describe('writeReports', () => {
  let dir: string;
  let written: WrittenReports;
  const progress: Array<{ done: number; total: number; label: string }> = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rd-write-reports-'));
    written = await writeReports(source, dir, { locale: 'zh-CN', onProgress: (done, total, label) => progress.push({ done, total, label }) });
  }, 120_000);

  it('writes the four reports under their Chinese names, each carrying the data fingerprint', async () => {
    expect(written.dataFingerprint).toBe(dataFingerprint);
    expect(written.files.map((f) => f.kind)).toEqual([...REPORT_KINDS]);
    for (const file of written.files) {
      expect(file.path).toBe(join(dir, REPORT_FILE_NAMES[file.kind]));
      expect((await readFile(file.path)).length).toBe(file.bytes);
      expect(await readReportFingerprint(file.path)).toEqual({ ok: true, fingerprint: dataFingerprint });
    }
  });

  it('reports progress from 0 to the end, never backwards, naming the report being made', () => {
    expect(progress[0]?.done).toBe(0);
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
    expect(progress.every((p, i) => i === 0 || p.done >= (progress[i - 1]?.done ?? 0))).toBe(true);
    for (const name of Object.values(REPORT_FILE_NAMES)) expect(progress.some((p) => p.label === name)).toBe(true);
  });

  it('on a full disk says which file, keeps the reports already written and the old copy of the failing one', { timeout: 60_000 }, async () => {
    const faultDir = await mkdtemp(join(tmpdir(), 'rd-write-reports-full-'));
    const oldWorkbook = Buffer.from('the workbook of yesterday');
    await writeFile(join(faultDir, REPORT_FILE_NAMES.workbook), oldWorkbook);
    // Each verified write here takes 7 operations (createNew, writeAll, sync, close, readFile, rename,
    // openDirectory…); the first report's all pass, the second's first write fails.
    let operations = 0;
    const fs = faultyFileSystem({ failing: () => ++operations > 12, code: 'ENOSPC' });
    const failure = await writeReports(source, faultDir, { locale: 'zh-CN', kinds: ['reviewReport', 'workbook'], fs }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FileError);
    expect((failure as FileError).problem.code).toBe('crypto.write.diskFull');
    expect((failure as FileError).problem.params['path']).toBe(join(faultDir, REPORT_FILE_NAMES.workbook));
    expect(await readReportFingerprint(join(faultDir, REPORT_FILE_NAMES.reviewReport))).toEqual({ ok: true, fingerprint: dataFingerprint });
    expect(await readFile(join(faultDir, REPORT_FILE_NAMES.workbook))).toEqual(oldWorkbook);
  });
});

describe('renderInWorker', () => {
  it('turns a worker out of heap into “too large”, naming the report', { timeout: 60_000 }, async () => {
    const failure = await renderInWorker(
      { source, locale: 'zh-CN', generatedAt: '2026-11-27T12:00:00Z', kinds: ['expertSheets'] },
      { onRendered: () => Promise.resolve(), resourceLimits: { maxOldGenerationSizeMb: 24 } },
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FileError);
    expect((failure as FileError).problem).toMatchObject({ code: 'report.tooLarge', params: { name: '专家评分表.pdf' } });
  });

  it('stops when the caller aborts', { timeout: 60_000 }, async () => {
    const controller = new AbortController();
    const pending = renderInWorker(
      { source, locale: 'zh-CN', generatedAt: '2026-11-27T12:00:00Z', kinds: ['expertSheets'] },
      { onRendered: () => Promise.resolve(), signal: controller.signal, onData: () => controller.abort() },
    );
    await expect(pending).rejects.toBeInstanceOf(FileError);
  });
});
