// The plain-Node defaults of the ports that Electron fills with native features.
import { describe, expect, it } from 'vitest';
import { HostError } from '../../../electron/host/host-error';
import { plainFileKeyWrapper } from '../../../electron/keys/key-wrapper';
import { JOB_NAMES } from '../../../electron/host/isolated-jobs';
import { inProcessWorker, inProcessWorkerOf, noDialogs } from '../../../electron/host/ports';

describe('Node default ports', () => {
  it('has no dialogs: a call is refused with a HostError the UI can show', async () => {
    await expect(noDialogs.openFiles({ title: '选择申报材料包' })).rejects.toBeInstanceOf(HostError);
    await expect(noDialogs.saveFile({ title: '导出', defaultName: 'a.rdscores' })).rejects.toMatchObject({ code: 'host.error.unsupported' });
    await expect(noDialogs.chooseFolder({ title: '导出到' })).rejects.toMatchObject({ code: 'host.error.unsupported', params: { what: 'dialogs.chooseFolder' } });
  });

  it('says the key is protected by file permissions only, and round-trips the bytes', async () => {
    expect(plainFileKeyWrapper.protection).toBe('file-permissions');
    const secret = Uint8Array.from([1, 2, 3, 250]);
    expect(await plainFileKeyWrapper.unwrap(await plainFileKeyWrapper.wrap(secret))).toEqual(secret);
  });

  it('runs a named job in this process (not isolated), relays its progress and stops waiting at the timeout', async () => {
    const worker = inProcessWorkerOf({
      readXlsxSheets: (input, { progress }) => (progress('half'), Promise.resolve((input as number) * 2)),
      stagePackage: () => new Promise(() => {}),
    });
    expect(worker.isolated).toBe(false);
    const progress: unknown[] = [];
    expect(await worker.run({ name: 'readXlsxSheets', input: 21 }, { onProgress: (value) => progress.push(value) })).toBe(42);
    expect(progress).toEqual(['half']);
    await expect(worker.run({ name: 'stagePackage', input: null }, { timeoutMs: 50 })).rejects.toThrow();
    await expect(inProcessWorkerOf({}).run({ name: 'readXlsxSheets', input: null })).rejects.toThrow(/no isolated job named readXlsxSheets/);
  });

  it('knows every job of the registry by name', async () => {
    expect(JOB_NAMES).toEqual(['readXlsxSheets', 'stagePackage', 'stageSessionContainer', 'readReportFingerprint']);
    // A real job through the default worker: a file that is no workbook is a problem, not a crash.
    const answer = await inProcessWorker.run({ name: 'readXlsxSheets', input: Uint8Array.from([1, 2, 3]) });
    expect(answer).toMatchObject({ sheets: [], problems: [{ severity: 'error' }] });
  });
});
