// Two devices through one folder, end to end in Node (as Joplin tests its sync): an office and two experts,
// each with their own data directory and real key store, share one folder on disk. The experts export the
// demo session's sheets (E1 encrypted to the office, E2 signed only); the office scans; E1 changes a score
// and exports again (once to her desktop, once into the folder); the office scans again and its merged
// view is each expert's latest sheets. Old files dropped back into the folder change nothing.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRecordPath, readExportRecord } from '../../../electron/expert/export-record';
import { exportScores } from '../../../electron/expert/scores-export';
import { nodeFileSystem } from '../../../electron/files/file-system-port';
import { loadOrCreateIdentity } from '../../../electron/keys/key-store';
import { plainFileKeyWrapper } from '../../../electron/keys/key-wrapper';
import { mergedResults } from '../../../electron/office/merged-results';
import { loadWorkspace, openOfficeWorkspace } from '../../../electron/office/office-workspace';
import { nodeSyncFolder } from '../../../electron/sync/node-sync-folder';
import { scanSyncFolder } from '../../../electron/sync/sync-folder';
import { fromBase64Url } from '../../../shared/crypto/base64url';
import { recipientFromSigningKey } from '../../../shared/crypto/encrypted-envelope';
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { mergedSheets } from '../../../shared/office/merge';
import { compareText } from '../../../shared/office/office-state';
import type { Roster } from '../../../shared/office/roster';
import { runPanel } from '../../../shared/panel/run-panel';
import { scoreSheetSchema, type ScoreSheet } from '../../../shared/scoring/score-sheet';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import { snapshot } from '../package/store-snapshot';
import { tempDir } from '../office/exchange-fixtures';

const demo = buildDemoSession();
const SESSION_ID = '示例省-2026-第二批';
const standardFingerprint = fingerprintOf(demo.standard);
const byKey = (a: ScoreSheet, b: ScoreSheet): number => compareText(a.expertId, b.expertId) || compareText(a.applicationId, b.applicationId);
const sheetsOf = (expertId: string): ScoreSheet[] => demo.sheets.filter((s) => s.expertId === expertId).map((s) => scoreSheetSchema.parse(s));

/** E1's sheets with one score lowered by a point: the first numeric leaf of at least 1 on a scored sheet. */
function withOneScoreChanged(sheets: readonly ScoreSheet[]): ScoreSheet[] {
  let changed = false;
  return sheets.map((s) => {
    if (changed || s.status !== 'scored') return s;
    const leaf = Object.entries(s.values).find(([, value]) => typeof value === 'number' && value >= 1);
    if (!leaf) return s;
    changed = true;
    return { ...s, values: { ...s.values, [leaf[0]]: (leaf[1] as number) - 1 } };
  });
}

describe('two devices through one folder', () => {
  it('experts export, the office scans, re-exports win, stale copies change nothing', async () => {
    const root = await tempDir('review-desk-two-devices-');
    const dirs = { office: join(root, 'office'), e1: join(root, 'e1'), e2: join(root, 'e2'), desktop: await tempDir('review-desk-desktop-') };
    const shared = nodeSyncFolder(await tempDir('review-desk-shared-'));
    const [office, e1, e2] = await Promise.all([
      loadOrCreateIdentity(dirs.office, { name: '示例省文旅厅评审办', role: 'office' }, plainFileKeyWrapper),
      loadOrCreateIdentity(dirs.e1, { name: '张明华', role: 'expert' }, plainFileKeyWrapper),
      loadOrCreateIdentity(dirs.e2, { name: '李秀英', role: 'expert' }, plainFileKeyWrapper),
    ]);
    // Enrolment: the clerk writes down the fingerprints the experts read out.
    const enrolled = new Map([['E1', e1.identity.fingerprint], ['E2', e2.identity.fingerprint]]);
    const roster: Roster = {
      sessionId: SESSION_ID,
      standardFingerprint,
      experts: demo.experts.map((e) => ({ id: e.id, name: e.name, keyFingerprint: enrolled.get(e.id) ?? null })),
    };
    // The experts know the office's key from the session file it signed.
    const officeKey = fromBase64Url(office.identity.publicKey);
    if (!officeKey) throw new Error('office public key does not decode');
    const toOffice = recipientFromSigningKey(officeKey);

    const common = { sessionId: SESSION_ID, standardFingerprint };
    const e1Sheets = sheetsOf('E1');
    const e2Sheets = sheetsOf('E2');
    const e1First = await exportScores({ ...common, dataDir: dirs.e1, expertId: 'E1', sheets: e1Sheets, signer: e1.signer, encryptTo: toOffice, folder: shared });
    const e2First = await exportScores({ ...common, dataDir: dirs.e2, expertId: 'E2', sheets: e2Sheets, signer: e2.signer, folder: shared });
    expect([e1First.sequence, e2First.sequence]).toEqual([1, 1]);

    const workspace = openOfficeWorkspace(dirs.office, SESSION_ID);
    const options = { officeSigner: office.signer, roster };
    const firstScan = await scanSyncFolder(shared, workspace, options);
    expect(firstScan.imported.counts).toMatchObject({ accepted: 2 });
    expect(firstScan.alreadyImported).toEqual([]);
    expect(mergedSheets((await loadWorkspace(workspace)).state)).toEqual([...e1Sheets, ...e2Sheets].sort(byKey));

    // E1 changes a score. She exports to her desktop first (never reaches the office), then into the folder.
    const e1Changed = withOneScoreChanged(e1Sheets);
    expect(e1Changed).not.toEqual(e1Sheets);
    const e1Desktop = await exportScores({ ...common, dataDir: dirs.e1, expertId: 'E1', sheets: e1Changed, signer: e1.signer, encryptTo: toOffice, folder: nodeSyncFolder(dirs.desktop) });
    const e1Latest = await exportScores({ ...common, dataDir: dirs.e1, expertId: 'E1', sheets: e1Changed, signer: e1.signer, encryptTo: toOffice, folder: shared });
    expect([e1Desktop.sequence, e1Latest.sequence, e1Latest.previousHash]).toEqual([2, 3, e1Desktop.exportHash]);
    const record = await readExportRecord(exportRecordPath(dirs.e1, SESSION_ID), SESSION_ID, nodeFileSystem);
    expect(record.exports.map((e) => [e.sequence, e.state])).toEqual([[1, 'written'], [2, 'written'], [3, 'written']]);

    const secondScan = await scanSyncFolder(shared, workspace, options);
    expect(secondScan.alreadyImported.map((f) => f.exportHash).sort()).toEqual([e1First.exportHash, e2First.exportHash].sort());
    expect(secondScan.imported.files.map((f) => [f.outcome, f.expertId, f.sequence])).toEqual([['accepted', 'E1', 3]]);
    const latestSheets = [...e1Changed, ...e2Sheets].sort(byKey);
    expect(mergedSheets((await loadWorkspace(workspace)).state)).toEqual(latestSheets);

    // The merged view drives the panel: the same results as the experts' latest sheets, not their first ones.
    const { sheets: _all, ...parts } = demo;
    const results = await mergedResults(workspace, parts);
    expect(results).toEqual(runPanel({ ...parts, sheets: latestSheets }));
    expect(results).not.toEqual(runPanel({ ...parts, sheets: [...e1Sheets, ...e2Sheets] }));

    // Stale files dropped into the folder: a byte-for-byte copy of E1's first export (already imported) and
    // the desktop export the office never saw (older than the one it holds: a replay). Nothing changes.
    const before = await snapshot(dirs.office);
    await copyFile(e1First.path, shared.pathOf('E1 第一次（备份）.rdscores'));
    await copyFile(e1Desktop.path, shared.pathOf(e1Desktop.fileName));
    for (let scan = 0; scan < 2; scan++) {
      const stale = await scanSyncFolder(shared, workspace, options);
      expect(stale.alreadyImported.map((f) => f.path)).toContain(shared.pathOf('E1 第一次（备份）.rdscores'));
      expect(stale.imported.files.map((f) => [f.path, f.outcome])).toEqual([[shared.pathOf(e1Desktop.fileName), 'replay']]);
      expect(stale.imported.changed).toBe(false);
      expect(await snapshot(dirs.office)).toEqual(before);
    }
    expect(mergedSheets((await loadWorkspace(workspace)).state)).toEqual(latestSheets);
    // E1's export reached the office encrypted; what the folder holds does not show her scores.
    expect(await readFile(e1Latest.path, 'utf8')).not.toContain('"values"');
  });
});
