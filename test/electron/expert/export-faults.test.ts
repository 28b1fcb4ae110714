// Every file operation of an export, failed in turn (once, or from then on, as a pulled USB stick or a crash
// would leave it), then the expert exports again with different sheets. Whatever happened, no two files
// in the folder carry one number with different contents, the new export's number is above every number
// in the folder, and the office takes the folder's files in without a single conflict, ending on the new sheets.
import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportScores, type ExportScoresRequest } from '../../../electron/expert/scores-export';
import { FileError } from '../../../electron/files/file-error';
import type { FileSystem } from '../../../electron/files/file-system-port';
import { nodeSyncFolder } from '../../../electron/sync/node-sync-folder';
import { readScoresFile } from '../../../shared/files/scores-file';
import { classifyBatch } from '../../../shared/office/classify-import';
import { mergedSheets } from '../../../shared/office/merge';
import { EMPTY_OFFICE_STATE } from '../../../shared/office/office-state';
import { faultyFileSystem, type Faults } from '../files/faulty-file-system';
import { E1, FIXED_NOW, OFFICE, ROSTER, sheet, SESSION_ID, STANDARD_FINGERPRINT, tempDir, TO_OFFICE } from '../office/exchange-fixtures';

interface Devices {
  dataDir: string;
  folderPath: string;
  request: (points: number, fs?: FileSystem) => ExportScoresRequest;
}

/** After export 1 (plain, or encrypted), made once per kind and copied for each run. */
const templates = new Map<boolean, Promise<{ dataDir: string; folderPath: string }>>();

async function firstExported(encrypt: boolean): Promise<{ dataDir: string; folderPath: string }> {
  const dataDir = await tempDir('review-desk-expert-faults-');
  const folderPath = await tempDir('review-desk-folder-faults-');
  await exportScores(requestFor(dataDir, folderPath, encrypt)(1));
  return { dataDir, folderPath };
}

function requestFor(dataDir: string, folderPath: string, encrypt: boolean): Devices['request'] {
  return (points, fs) => ({
    dataDir,
    sessionId: SESSION_ID,
    standardFingerprint: STANDARD_FINGERPRINT,
    expertId: 'E1',
    sheets: [sheet('E1', 'A01', points)],
    signer: E1,
    folder: nodeSyncFolder(folderPath, fs ? { fs } : {}),
    now: FIXED_NOW,
    ...(fs ? { fs } : {}),
    ...(encrypt ? { encryptTo: TO_OFFICE } : {}),
  });
}

async function devices(encrypt: boolean): Promise<Devices> {
  const template = templates.get(encrypt) ?? firstExported(encrypt);
  templates.set(encrypt, template);
  const { dataDir: fromData, folderPath: fromFolder } = await template;
  const dataDir = await tempDir('review-desk-expert-faults-');
  const folderPath = await tempDir('review-desk-folder-faults-');
  await cp(fromData, dataDir, { recursive: true });
  await cp(fromFolder, folderPath, { recursive: true });
  return { dataDir, folderPath, request: requestFor(dataDir, folderPath, encrypt) };
}

async function operationsOfOneExport(): Promise<number> {
  const { request } = await devices(false);
  const counting = faultyFileSystem(null);
  await exportScores(request(1, counting));
  return counting.count;
}

/** After export 1: export 2 under the faults, then export 3 cleanly; check the folder and the office. */
async function run(faults: Faults, encrypt: boolean, label: string): Promise<void> {
  const { folderPath, request } = await devices(encrypt);
  const faulty = await exportScores(request(2, faultyFileSystem(faults))).then(
    () => null,
    (cause: unknown) => cause,
  );
  if (faulty !== null) expect(faulty, label).toBeInstanceOf(FileError);
  const last = await exportScores(request(3));

  const names = (await readdir(folderPath)).filter((name) => name.endsWith('.rdscores'));
  const files = await Promise.all(names.map(async (name) => readScoresFile(new Uint8Array(await readFile(join(folderPath, name))), { decryptWith: OFFICE })));
  const bySequence = new Map<number, Set<string>>();
  for (const read of files) {
    if (!read.ok) throw new Error(`${label}: a file in the folder does not read: ${read.code}`);
    const hashes = bySequence.get(read.file.payload.sequence) ?? new Set<string>();
    bySequence.set(read.file.payload.sequence, hashes.add(read.file.exportHash));
  }
  for (const [sequence, hashes] of bySequence) expect(hashes.size, `${label}: two contents numbered ${sequence}`).toBe(1);
  expect(Math.max(...bySequence.keys()), label).toBe(last.sequence);

  // The office takes them in whatever order the folder lists them (classifyBatch is what an import runs).
  const verified = files.flatMap((read) => (read.ok ? [read.file] : []));
  const batch = classifyBatch(EMPTY_OFFICE_STATE, verified, ROSTER);
  expect(batch.report.counts.fork, label).toBe(0);
  expect(mergedSheets(batch.state), label).toEqual([sheet('E1', 'A01', 3)]);
}

describe('exportScores under injected faults', () => {
  it('never gives one number to two contents, whichever operation fails (once, or from then on)', async () => {
    const total = await operationsOfOneExport();
    expect(total).toBeGreaterThanOrEqual(30); // read the record; then reserve, write, confirm: 10 operations each
    for (let n = 1; n <= total; n++) {
      await run({ failing: (k) => k === n, code: 'EIO' }, n % 2 === 0, `op ${n}`);
      await run({ failing: (k) => k >= n, code: 'ENOSPC' }, n % 2 === 1, `ops ${n}…`);
    }
  });
});
