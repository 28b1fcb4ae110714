// Every file operation of an import, failed in turn (and every one from the Nth on, as a USB stick or disk
// that goes away): afterwards the workspace loads as exactly what it was before or exactly what the clean
// import makes of it — never a mix — success is never reported for a batch that is not in, and importing
// the same batch again without faults always ends exactly where the clean import does.
import { cp, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../../electron/files/file-error';
import { nodeFileSystem } from '../../../electron/files/file-system-port';
import { importScoresFiles } from '../../../electron/office/import-scores-files';
import { loadWorkspace, openOfficeWorkspace, type OfficeWorkspace } from '../../../electron/office/office-workspace';
import { faultyFileSystem, type Faults } from '../files/faulty-file-system';
import { FIXED_NOW, filesOnDisk, OFFICE, ROSTER, scoresFile, SESSION_ID, tempDir } from './exchange-fixtures';

const options = { officeSigner: OFFICE, roster: ROSTER, now: FIXED_NOW };
const e1First = scoresFile({ expertId: 'E1', sequence: 1 });
const batch: Array<[string, Uint8Array]> = [
  ['e1-2.rdscores', scoresFile({ expertId: 'E1', sequence: 2, previousHash: e1First.exportHash, encrypt: true }).bytes],
  ['e2-1.rdscores', scoresFile({ expertId: 'E2', sequence: 1 }).bytes],
  ['e1-1-again.rdscores', e1First.bytes],
];

/** What a workspace holds, as loaded: held exports, seen contents, committed audit log. */
async function logical(ws: OfficeWorkspace): Promise<string> {
  const { index, auditLog } = await loadWorkspace(openOfficeWorkspace(ws.dataDir, ws.sessionId));
  return JSON.stringify({ held: index.held, seen: index.seen, auditLog });
}

/** A data directory whose workspace holds E1 no. 1, made once and copied for each run. */
let template: Promise<string> | undefined;
async function makeTemplate(): Promise<string> {
  const dataDir = await tempDir('review-desk-office-template-');
  await importScoresFiles(openOfficeWorkspace(dataDir, SESSION_ID), await filesOnDisk([['e1-1.rdscores', e1First.bytes]]), options);
  return dataDir;
}

/** A copy of the template, opened on a file system with these faults. */
async function baseline(faults: Faults | null): Promise<{ ws: OfficeWorkspace; count: () => number }> {
  template ??= makeTemplate();
  const dataDir = await tempDir('review-desk-office-faults-');
  await cp(await template, dataDir, { recursive: true });
  const fs = faultyFileSystem(faults, nodeFileSystem);
  return { ws: openOfficeWorkspace(dataDir, SESSION_ID, { fs }), count: () => fs.count };
}

async function expected(): Promise<{ before: string; after: string; operations: number }> {
  const { ws, count } = await baseline(null);
  const before = await logical(ws);
  const report = await importScoresFiles(ws, await filesOnDisk(batch), options);
  expect(report.counts).toMatchObject({ accepted: 2, duplicate: 1 });
  return { before, after: await logical(ws), operations: count() };
}

/** Temp files of the verified writes must not outlive a single failure. */
async function leftovers(ws: OfficeWorkspace): Promise<string[]> {
  const names = await readdir(ws.dir, { recursive: true });
  return names.filter((name) => name.endsWith('.tmp'));
}

describe('importScoresFiles under injected faults', () => {
  it('is exactly before or exactly after when operation N fails, for every N, and a retry ends at after', async () => {
    const { before, after, operations } = await expected();
    expect(before).not.toBe(after);
    // Load (index, audit log, one held file), then 2 scores files, the audit log and the index, 10 operations each.
    expect(operations).toBeGreaterThanOrEqual(40);
    const seen = new Set<string>();
    for (let n = 1; n <= operations; n++) {
      const { ws } = await baseline({ failing: (k) => k === n, code: n % 2 === 0 ? 'EIO' : 'ENOSPC' });
      const paths = await filesOnDisk(batch);
      const failure = await importScoresFiles(ws, paths, options).then(() => null, (cause: unknown) => cause);
      if (failure !== null) expect(failure, `op ${n}`).toBeInstanceOf(FileError);
      const now = await logical(ws);
      expect([before, after], `op ${n}`).toContain(now);
      if (failure === null) expect(now, `op ${n}: success reported for a batch that is not in`).toBe(after);
      seen.add(now === before ? 'before' : 'after');
      expect(await leftovers(ws), `op ${n}`).toEqual([]);
      const retry = openOfficeWorkspace(ws.dataDir, ws.sessionId);
      await importScoresFiles(retry, paths, options);
      expect(await logical(retry), `op ${n}: retry`).toBe(after);
    }
    // The sweep really did cut both sides of the commit point.
    expect(seen).toEqual(new Set(['before', 'after']));
  });

  it('is exactly before or exactly after when everything from operation N on fails, for every N', async () => {
    const { before, after, operations } = await expected();
    for (let n = 1; n <= operations; n++) {
      const { ws } = await baseline({ failing: (k) => k >= n, code: 'EIO' });
      const failure = await importScoresFiles(ws, await filesOnDisk(batch), options).then(() => null, (cause: unknown) => cause);
      expect(failure, `ops ${n}…`).toBeInstanceOf(FileError);
      expect([before, after], `ops ${n}…`).toContain(await logical(ws));
    }
  });
});
