// The plain-Node defaults of the ports that Electron fills with native features.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HostError } from '../../../electron/host/host-error';
import { plainFileKeyWrapper } from '../../../electron/keys/key-wrapper';
import { inProcessWorker, noDialogs } from '../../../electron/host/ports';

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

  it('runs a job in this process (not isolated) and stops waiting at the timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rd-job-'));
    const module = join(dir, 'job.mjs');
    writeFileSync(
      module,
      'export const double = async (n) => n * 2;\nexport const hang = () => new Promise(() => {});\n',
    );
    expect(inProcessWorker.isolated).toBe(false);
    const url = pathToFileURL(module).href;
    expect(await inProcessWorker.run({ module: url, exportName: 'double', input: 21 })).toBe(42);
    await expect(inProcessWorker.run({ module: url, exportName: 'hang', input: null }, { timeoutMs: 50 })).rejects.toThrow();
    await expect(inProcessWorker.run({ module: url, exportName: 'missing', input: null })).rejects.toThrow(/no function export/);
  });
});
