// Writing a programme report where things go wrong: a disk that fills up mid-write leaves the folder as it was
// (yesterday's file of the same name untouched, no temp file) and says so in Chinese; the read-back checks
// refuse a truncated PDF, a PDF of other data and a truncated workbook, so a write whose copy on disk is not the
// report is never called done.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileError } from '../../../electron/files/file-error';
import { isWholePdf, overviewBytes, timelineBytes, type ReportBytes } from '../../../electron/programme/programme-report-bytes';
import { safeFileNamePart, timelineFileName } from '../../../electron/programme/programme-report-names';
import { writeProgrammeReport } from '../../../electron/programme/write-programme-report';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { countyTimelineFingerprint, type CountyTimelineInput } from '../../../shared/reports/pdf/county-timeline-pdf';
import type { ProgrammeOverviewInput } from '../../../shared/reports/workbook/programme-overview-workbook';
import { faultyFileSystem } from '../files/faulty-file-system';
import { GENERATED_AT, lifecycleRegister, lifecycleReports, QINGHE, QUOTA_SETTINGS, TODAY } from '../../reports/lifecycle/lifecycle-fixture';

const register = lifecycleRegister();
const qinghe = register.counties.find((county) => county.code === QINGHE.code) ?? register.counties[0]!;
const timelineInput: CountyTimelineInput = { county: qinghe, today: TODAY, generatedAt: GENERATED_AT };
const overviewInput: ProgrammeOverviewInput = { register, today: TODAY, generatedAt: GENERATED_AT, quotaSettings: QUOTA_SETTINGS, progressReports: lifecycleReports(register) };

let timeline: ReportBytes;
let overview: ReportBytes;
beforeAll(async () => {
  timeline = await timelineBytes(timelineInput, 'zh-CN');
  overview = await overviewBytes(overviewInput, 'zh-CN');
}, 60_000);

describe('writeProgrammeReport', () => {
  it('on a full disk keeps the old file of that name, leaves no temp file and says why in Chinese', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rd-programme-full-'));
    const name = timelineFileName('zh-CN', qinghe, TODAY);
    await writeFile(join(folder, name), 'yesterday’s timeline');
    // The second operation is the first write into the temp file: the disk is full.
    const fs = faultyFileSystem({ failing: (n) => n === 2, code: 'ENOSPC' });
    const failure = await writeProgrammeReport(folder, name, timeline, { fs }).catch((cause: unknown) => cause);
    expect(failure).toBeInstanceOf(FileError);
    const { problem } = failure as FileError;
    expect(problem.code).toBe('crypto.write.diskFull');
    expect(describeProblem('zh-CN', problem)).toContain('磁盘空间已满');
    expect(await readdir(folder)).toEqual([name]);
    expect(await readFile(join(folder, name), 'utf8')).toBe('yesterday’s timeline');
  });

  it('refuses to call a write done when the copy read back fails its check, and removes it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rd-programme-unverified-'));
    const failure = await writeProgrammeReport(folder, 'x.pdf', { bytes: timeline.bytes, verify: () => Promise.resolve(false) }).catch((cause: unknown) => cause);
    expect((failure as FileError).problem.code).toBe('crypto.write.verifyFailed');
    expect(await readdir(folder)).toEqual([]);
  });

  it('writes a report and answers where and how big', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'rd-programme-ok-')), 'a', 'b');
    const written = await writeProgrammeReport(folder, 'x.pdf', timeline);
    expect(written).toEqual({ path: join(folder, 'x.pdf'), bytes: timeline.bytes.length });
    expect(Buffer.compare(await readFile(written.path), timeline.bytes)).toBe(0);
  });
});

describe('the read-back checks', () => {
  it('take the whole timeline PDF and refuse a truncated one or one of other data', async () => {
    expect(await timeline.verify(timeline.bytes)).toBe(true);
    expect(isWholePdf(timeline.bytes, countyTimelineFingerprint(timelineInput))).toBe(true);
    expect(await timeline.verify(timeline.bytes.subarray(0, timeline.bytes.length - 200))).toBe(false);
    expect(isWholePdf(timeline.bytes, 'f'.repeat(64))).toBe(false);
    expect(isWholePdf(new TextEncoder().encode('%PDF-1.7\n%%EOF\n'), countyTimelineFingerprint(timelineInput))).toBe(false);
  });

  it('open the workbook and refuse a truncated one', async () => {
    expect(await overview.verify(overview.bytes)).toBe(true);
    await expect(Promise.resolve().then(() => overview.verify(overview.bytes.subarray(0, overview.bytes.length >> 1)))).rejects.toThrow();
  });
});

describe('file names', () => {
  it('replace what no file system takes in a county’s name, so a name never puts the file elsewhere', () => {
    expect(safeFileNamePart('../a\\b:c*?"<>|\u0001县')).toBe('.._a_b_c_______县');
    expect(timelineFileName('zh-CN', { name: '清河/县', code: '130534' }, '2026-11-28')).toBe('清河_县（130534）创建历程（2026-11-28）.pdf');
  });
});
