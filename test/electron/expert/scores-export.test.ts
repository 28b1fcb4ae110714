// The expert's export: numbered 1, 2, 3 with each naming the one before, a name that is a function of the
// export, the record written around the file so that no crash ever gives one number to two contents, and
// encrypted exports that only the office opens.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../electron/expert/export-file-name';
import { exportRecordPath, readExportRecord } from '../../../electron/expert/export-record';
import { exportScores, type ExportScoresRequest } from '../../../electron/expert/scores-export';
import { sessionDirName } from '../../../electron/exchange/session-dir';
import { safeNamePart } from '../../../electron/exchange/safe-file-name';
import { FileError } from '../../../electron/files/file-error';
import { nodeFileSystem } from '../../../electron/files/file-system-port';
import { nodeSyncFolder } from '../../../electron/sync/node-sync-folder';
import { readScoresFile } from '../../../shared/files/scores-file';
import { faultyFileSystem } from '../files/faulty-file-system';
import { E1, FIXED_NOW, OFFICE, sheet, SESSION_ID, STANDARD_FINGERPRINT, tempDir, TO_OFFICE } from '../office/exchange-fixtures';

async function setup(): Promise<{ dataDir: string; folderPath: string; request: (points: number, extra?: Partial<ExportScoresRequest>) => ExportScoresRequest }> {
  const dataDir = await tempDir('review-desk-expert-');
  const folderPath = await tempDir('review-desk-folder-');
  const request = (points: number, extra: Partial<ExportScoresRequest> = {}): ExportScoresRequest => ({
    dataDir,
    sessionId: SESSION_ID,
    standardFingerprint: STANDARD_FINGERPRINT,
    expertId: 'E1',
    sheets: [sheet('E1', 'A01', points)],
    signer: E1,
    folder: nodeSyncFolder(folderPath),
    now: FIXED_NOW,
    ...extra,
  });
  return { dataDir, folderPath, request };
}

const payloadOf = async (path: string, encrypted = false) => {
  const read = readScoresFile(new Uint8Array(await readFile(path)), encrypted ? { decryptWith: OFFICE } : {});
  if (!read.ok) throw new Error(`${read.code} ${read.problem.code}`);
  return read.file;
};

describe('exportScores', () => {
  it('numbers exports 1, 2, 3, each naming the previous one, and records them as written', async () => {
    const { dataDir, request } = await setup();
    const first = await exportScores(request(1));
    const second = await exportScores(request(1)); // the same sheets again: still a new number
    const third = await exportScores(request(2));
    expect([first.sequence, second.sequence, third.sequence]).toEqual([1, 2, 3]);
    expect([first.previousHash, second.previousHash, third.previousHash]).toEqual([null, first.exportHash, second.exportHash]);
    expect(new Set([first.exportHash, second.exportHash, third.exportHash]).size).toBe(3);
    for (const exported of [first, second, third]) {
      const file = await payloadOf(exported.path);
      expect(file.exportHash).toBe(exported.exportHash);
      expect(file.payload).toMatchObject({ sequence: exported.sequence, previousHash: exported.previousHash, expertId: 'E1', sessionId: SESSION_ID });
      expect(exported.recorded).toBe(true);
    }
    const record = await readExportRecord(exportRecordPath(dataDir, SESSION_ID), SESSION_ID, nodeFileSystem);
    expect(record.exports.map((e) => [e.sequence, e.state, e.exportHash])).toEqual([
      [1, 'written', first.exportHash],
      [2, 'written', second.exportHash],
      [3, 'written', third.exportHash],
    ]);
    expect(exportRecordPath(dataDir, SESSION_ID)).toContain(`sessions/${sessionDirName(SESSION_ID)}/exports.json`);
  });

  it('names the file <session>_<expert>_<sequence>_<hash 12>.rdscores, clock-free', async () => {
    const { request } = await setup();
    const exported = await exportScores(request(1));
    expect(exported.fileName).toBe(`S-2026-02_E1_1_${exported.exportHash.slice(0, 12)}.rdscores`);
    expect(exported.path.endsWith(exported.fileName)).toBe(true);
    expect(exportFileName('S-2026-02', 'E1', 1, exported.exportHash)).toBe(exported.fileName);
  });

  it('makes ids safe for Windows and FAT: no reserved characters, dots, controls or device names', () => {
    const hash = 'ab'.repeat(32);
    expect(exportFileName('示例省/第二批:评审*?', 'E1', 7, hash)).toBe(`示例省-第二批-评审_E1_7_${hash.slice(0, 12)}.rdscores`);
    expect(exportFileName('CON', 'AUX.txt', 1, hash)).toBe(`CON_AUX-txt_1_${hash.slice(0, 12)}.rdscores`);
    expect(exportFileName('../../etc', ' \u202Eevil\u0000 ', 2, hash)).toBe(`etc_evil_2_${hash.slice(0, 12)}.rdscores`);
    expect(safeNamePart('...', 10)).toBe('-');
    expect([...safeNamePart('长'.repeat(100), 40)]).toHaveLength(40);
    const long = exportFileName('评'.repeat(200), '专'.repeat(200), 123456, hash);
    expect(Buffer.byteLength(long)).toBeLessThan(255);
    // Session folders: case and replaced characters never make two sessions share one.
    expect(new Set(['S1', 's1', 'S/1', 'S-1', 'S 1'].map(sessionDirName)).size).toBe(5);
    expect(sessionDirName('../x')).toMatch(/^x-[0-9a-f]{12}$/);
  });

  it('encrypts to the office: only the office key opens it, with the same export hash', async () => {
    const { request } = await setup();
    const exported = await exportScores(request(3, { encryptTo: TO_OFFICE }));
    expect(exported.encrypted).toBe(true);
    const bytes = new Uint8Array(await readFile(exported.path));
    const withoutKey = readScoresFile(bytes);
    expect(withoutKey.ok ? 'ok' : withoutKey.code).toBe('needsKey');
    const file = await payloadOf(exported.path, true);
    expect(file).toMatchObject({ exportHash: exported.exportHash, encrypted: true, signerFingerprint: E1.fingerprint });
    expect(file.payload.sheets).toEqual([sheet('E1', 'A01', 3)]);
  });

  it('numbers concurrent exports one after another', async () => {
    const { request } = await setup();
    const all = await Promise.all([1, 2, 3, 4].map((points) => exportScores(request(points))));
    expect(all.map((e) => e.sequence).sort()).toEqual([1, 2, 3, 4]);
  });

  it('stops, writing nothing, when the record cannot be trusted', async () => {
    const { dataDir, folderPath, request } = await setup();
    await exportScores(request(1));
    const recordPath = exportRecordPath(dataDir, SESSION_ID);
    await writeFile(recordPath, '{"format":"review-desk/expert-exports","formatVersion":1,"sessionId":"S-2026-02","exports":[{');
    const failure = await exportScores(request(2)).catch((cause: unknown) => cause);
    expect(failure).toBeInstanceOf(FileError);
    expect((failure as FileError).problem.code).toBe('exchange.exportRecord.damaged');
    expect((failure as FileError).message).toContain('导出记录');
    expect(await readdir(folderPath)).toHaveLength(1);
    expect(await readFile(recordPath, 'utf8')).toMatch(/\[\{$/); // and left the record as it found it
  });

  it('a crash between writing the file and recording it: the number stays taken, the next export follows it', async () => {
    const { dataDir, folderPath, request } = await setup();
    // Count a clean export's operations to find the first one of the final record write.
    const probe = await setup();
    const counting = faultyFileSystem(null);
    await exportScores(probe.request(1, { fs: counting, folder: nodeSyncFolder(probe.folderPath, { fs: counting }) }));
    const creates = counting.log.flatMap((op, i) => (op === 'createNew' ? [i + 1] : []));
    expect(creates).toHaveLength(3); // reservation, the export, the record marked written
    const crashAt = creates[2] ?? 0;

    const faulty = faultyFileSystem({ failing: (n) => n >= crashAt, code: 'EIO' });
    const first = await exportScores(request(1, { fs: faulty, folder: nodeSyncFolder(folderPath, { fs: faulty }) }));
    expect(first.recorded).toBe(false);
    const record = await readExportRecord(exportRecordPath(dataDir, SESSION_ID), SESSION_ID, nodeFileSystem);
    expect(record.exports.map((e) => [e.sequence, e.state])).toEqual([[1, 'reserved']]);
    expect((await payloadOf(first.path)).payload.sequence).toBe(1); // the file did get out

    const second = await exportScores(request(2)); // different content
    expect(second.sequence).toBe(2);
    expect(second.previousHash).toBe(first.exportHash);
  });
});

