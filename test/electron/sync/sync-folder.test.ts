// The office scanning a sync folder (in memory here; on disk in two-devices.test.ts): content decides, not
// names; a file still being copied is reported and tried again next time; content already taken in is
// skipped; refused files change nothing and are reported again until put right.
import { describe, expect, it } from 'vitest';
import { exportScores } from '../../../electron/expert/scores-export';
import { FileError } from '../../../electron/files/file-error';
import { loadWorkspace, openOfficeWorkspace, type OfficeWorkspace } from '../../../electron/office/office-workspace';
import { memorySyncFolder, type MemorySyncFolder } from '../../../electron/sync/memory-sync-folder';
import { isScoresFileName, scanSyncFolder } from '../../../electron/sync/sync-folder';
import type { SyncFolder } from '../../../electron/sync/sync-folder-port';
import { translate } from '../../../shared/i18n/translate';
import type { Roster } from '../../../shared/office/roster';
import { snapshot } from '../package/store-snapshot';
import { E1, FIXED_NOW, OFFICE, ROSTER, scoresFile, sheet, SESSION_ID, STANDARD_FINGERPRINT, STRANGER, tempDir, TO_OFFICE } from '../office/exchange-fixtures';

async function office(): Promise<OfficeWorkspace> {
  return openOfficeWorkspace(await tempDir('review-desk-office-sync-'), SESSION_ID);
}

const scan = (folder: SyncFolder, ws: OfficeWorkspace, roster: Roster = ROSTER) =>
  scanSyncFolder(folder, ws, { officeSigner: OFFICE, roster, now: FIXED_NOW });

const e1First = scoresFile({ expertId: 'E1', sequence: 1 });
const e1Second = scoresFile({ expertId: 'E1', sequence: 2, previousHash: e1First.exportHash });

describe('scanSyncFolder', () => {
  it('takes in what an expert exported into the folder (the export writes through the same port)', async () => {
    const folder = memorySyncFolder();
    const exported = await exportScores({
      dataDir: await tempDir('review-desk-expert-sync-'),
      sessionId: SESSION_ID,
      standardFingerprint: STANDARD_FINGERPRINT,
      expertId: 'E1',
      sheets: [sheet('E1', 'A01', 4)],
      signer: E1,
      encryptTo: TO_OFFICE,
      folder,
      now: FIXED_NOW,
    });
    expect([...folder.contents().keys()]).toEqual([exported.fileName]);
    const ws = await office();
    const report = await scan(folder, ws);
    expect(report.imported.files.map((f) => [f.path, f.outcome])).toEqual([[`memory:/sync/${exported.fileName}`, 'accepted']]);
    expect(translate('zh-CN', report.message.code, report.message.params)).toBe(
      '同步文件夹 memory:/sync 中有 1 个评分文件：此前已导入 0 个，本次处理 1 个，其中导入 1 个、未导入 0 个；暂时无法读取 0 个（可能尚未复制完成，下次扫描时会再试）。',
    );
  });

  it('reports a half-copied file, does not remember it, and takes it once the copy is complete', async () => {
    const folder = memorySyncFolder();
    const ws = await office();
    folder.put('E1-1.rdscores', e1First.bytes.subarray(0, 100));
    folder.put('empty.rdscores', new Uint8Array(0));
    const before = await snapshot(ws.dataDir);
    const partial = await scan(folder, ws);
    expect(partial.imported.files.map((f) => [f.outcome, f.message.code])).toEqual([
      ['unreadable', 'crypto.notJson'],
      ['unreadable', 'crypto.empty'],
    ]);
    expect(partial.message.params).toMatchObject({ unreadable: 2, refused: 0 });
    expect(await snapshot(ws.dataDir)).toEqual(before);

    folder.put('E1-1.rdscores', e1First.bytes);
    const complete = await scan(folder, ws);
    expect(complete.imported.files.map((f) => f.outcome)).toEqual(['accepted', 'unreadable']);
    expect((await loadWorkspace(ws)).seen.get(complete.imported.files[0]?.contentHash ?? '')).toBe(e1First.exportHash);
  });

  it('tells files apart by content: a renamed copy is already imported, a name that lies changes nothing', async () => {
    const folder = memorySyncFolder();
    const ws = await office();
    folder.put('S-2026-02_E1_1_aaaaaaaaaaaa.rdscores', e1First.bytes);
    await scan(folder, ws);
    folder.put('copy of export.RDSCORES', e1First.bytes); // renamed, other case
    folder.put('S-2026-02_E1_1_aaaaaaaaaaaa.rdscores', e1Second.bytes); // same name, new content
    const report = await scan(folder, ws);
    expect(report.alreadyImported.map((f) => [f.path, f.exportHash])).toEqual([['memory:/sync/copy of export.RDSCORES', e1First.exportHash]]);
    expect(translate('zh-CN', report.alreadyImported[0]?.message.code ?? 'exchange.alreadyImported', report.alreadyImported[0]?.message.params)).toBe(
      '此文件此前已导入（张明华（E1）的第1次导出），未做更改。',
    );
    expect(report.imported.files.map((f) => [f.outcome, f.sequence])).toEqual([['accepted', 2]]);
    const again = await scan(folder, ws);
    expect(again.alreadyImported).toHaveLength(2);
    expect(again.imported.total).toBe(0);
  });

  it('skips what is not a scores file: other extensions, hidden files, our own temp files', async () => {
    expect(['a.rdscores', 'A.RdScores'].every(isScoresFileName)).toBe(true);
    expect(['notes.txt', '._a.rdscores', '.a.rdscores.3f2a.tmp', 'a.rdscores.tmp', '.hidden.rdscores'].some(isScoresFileName)).toBe(false);
    const folder = memorySyncFolder();
    folder.put('._E1.rdscores', new Uint8Array([0, 5, 22, 7]));
    folder.put('readme.txt', new Uint8Array([65]));
    const report = await scan(folder, await office());
    expect(report.imported.total + report.alreadyImported.length).toBe(0);
  });

  it('reports a refused file again at every scan, changing nothing, until the roster is put right', async () => {
    const folder = memorySyncFolder();
    const ws = await office();
    const e3 = scoresFile({ expertId: 'E3', sequence: 1, signer: STRANGER });
    folder.put('E3.rdscores', e3.bytes);
    const before = await snapshot(ws.dataDir);
    for (let i = 0; i < 2; i++) {
      expect((await scan(folder, ws)).imported.files.map((f) => f.outcome)).toEqual(['unknownKey']);
      expect(await snapshot(ws.dataDir)).toEqual(before);
    }
    const enrolled: Roster = { ...ROSTER, experts: ROSTER.experts.map((e) => (e.id === 'E3' ? { ...e, keyFingerprint: STRANGER.fingerprint } : e)) };
    expect((await scan(folder, ws, enrolled)).imported.files.map((f) => f.outcome)).toEqual(['accepted']);
  });

  it('says so when the folder cannot be listed (the stick was pulled out)', async () => {
    const folder: MemorySyncFolder = memorySyncFolder('F:\\评审');
    const gone: SyncFolder = { ...folder, list: () => Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })) };
    const failure = await scan(gone, await office()).catch((cause: unknown) => cause);
    expect(failure).toBeInstanceOf(FileError);
    expect((failure as FileError).message).toContain('无法读取同步文件夹 F:\\评审');
  });

  it('a file that vanishes between listing and reading is reported, not fatal', async () => {
    const folder = memorySyncFolder();
    folder.put('E1.rdscores', e1First.bytes);
    const flaky: SyncFolder = { ...folder, read: () => Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })) };
    const report = await scan(flaky, await office());
    expect(report.imported.files.map((f) => [f.outcome, f.message.code])).toEqual([['unreadable', 'exchange.read.failed']]);
  });
});
