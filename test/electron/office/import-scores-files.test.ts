// The office's import of scores files into its workspace on disk: one report per batch, per-file outcomes
// with the clerk's sentence, all or nothing on disk, refused files changing nothing, stored exports that
// verify without the office key, and a damaged workspace refused rather than half trusted.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../../electron/files/file-error';
import { importScoresFiles } from '../../../electron/office/import-scores-files';
import type { FileOutcome, ImportReport } from '../../../electron/office/import-report';
import { auditLogPathOf, loadWorkspace, openOfficeWorkspace, scoresPathOf, type OfficeWorkspace } from '../../../electron/office/office-workspace';
import { readScoresFile } from '../../../shared/files/scores-file';
import { translate } from '../../../shared/i18n/translate';
import { verifyChain } from '../../../shared/office/audit-log';
import { snapshot } from '../package/store-snapshot';
import {
  E1,
  E2,
  FIXED_NOW,
  filesOnDisk,
  flipInField,
  OFFICE,
  ROSTER,
  scoresFile,
  SESSION_ID,
  STRANGER,
  tempDir,
} from './exchange-fixtures';

const options = { officeSigner: OFFICE, roster: ROSTER, now: FIXED_NOW };

async function workspace(): Promise<OfficeWorkspace> {
  return openOfficeWorkspace(await tempDir('review-desk-office-'), SESSION_ID);
}

const chinese = (report: ImportReport): string[] => report.files.map((f) => translate('zh-CN', f.message.code, f.message.params));

// E1 no. 1 is held before the batch; E2 no. 1 exists but the office never saw it.
const e1First = scoresFile({ expertId: 'E1', sequence: 1 });
const e1Second = scoresFile({ expertId: 'E1', sequence: 2, previousHash: e1First.exportHash, encrypt: true });
const e1SecondFork = scoresFile({ expertId: 'E1', sequence: 2, previousHash: e1First.exportHash, points: 9 });
const e2First = scoresFile({ expertId: 'E2', sequence: 1 });
const e2Second = scoresFile({ expertId: 'E2', sequence: 2, previousHash: e2First.exportHash });
const e1Third = scoresFile({ expertId: 'E1', sequence: 3, previousHash: e1Second.exportHash });

/** Every kind of file, in an order where each gets the outcome named. */
const MIXED: ReadonlyArray<readonly [string, Uint8Array, FileOutcome]> = [
  ['e1-2.rdscores', e1Second.bytes, 'accepted'],
  ['e1-2-copy.rdscores', e1Second.bytes, 'duplicate'],
  ['e2-2.rdscores', e2Second.bytes, 'accepted'],
  ['e2-1.rdscores', e2First.bytes, 'replay'],
  ['e1-2-fork.rdscores', e1SecondFork.bytes, 'fork'],
  ['e1-3-flipped.rdscores', flipInField(e1Third, 'signature'), 'tampered'],
  ['e1-3-sealed-flipped.rdscores', flipInField(scoresFile({ expertId: 'E1', sequence: 3, encrypt: true }), 'ciphertext'), 'tampered'],
  ['half.rdscores', e1Third.bytes.subarray(0, e1Third.bytes.length >> 1), 'unreadable'],
  ['other-session.rdscores', scoresFile({ expertId: 'E1', sequence: 4, sessionId: 'S-2025-01' }).bytes, 'wrongSession'],
  ['stranger.rdscores', scoresFile({ expertId: 'E1', sequence: 4, signer: STRANGER }).bytes, 'unknownKey'],
  ['e2-as-e1.rdscores', scoresFile({ expertId: 'E1', sequence: 4, signer: E2 }).bytes, 'wrongExpert'],
  ['other-standard.rdscores', scoresFile({ expertId: 'E1', sequence: 4, standardFingerprint: 'f'.repeat(64) }).bytes, 'wrongStandard'],
  ['other-office.rdscores', scoresFile({ expertId: 'E1', sequence: 4, encryptToOther: true }).bytes, 'encryptedForSomeoneElse'],
  ['session.rdscores', utf8ToBytes('{"format":"review-desk/session","formatVersion":1}'), 'wrongFormat'],
];

async function withFirstHeld(): Promise<OfficeWorkspace> {
  const ws = await workspace();
  const report = await importScoresFiles(ws, await filesOnDisk([['e1-1.rdscores', e1First.bytes]]), options);
  expect(report.counts.accepted).toBe(1);
  return ws;
}

describe('importScoresFiles', () => {
  it('reports every file of a mixed batch, in order, with counts and a Chinese sentence each', async () => {
    const ws = await withFirstHeld();
    const paths = await filesOnDisk(MIXED.map(([name, bytes]) => [name, bytes]));
    const report = await importScoresFiles(ws, paths, options);
    expect(report.files.map((f) => f.outcome)).toEqual(MIXED.map(([, , outcome]) => outcome));
    expect(report.files.map((f) => f.path)).toEqual(paths);
    expect(report.total).toBe(MIXED.length);
    expect(report.counts).toMatchObject({ accepted: 2, duplicate: 1, replay: 1, fork: 1, tampered: 2, unreadable: 1, wrongSession: 1, unknownKey: 1 });
    expect(report.changed).toBe(true);
    const sentences = chinese(report);
    expect(sentences[0]).toBe('已导入：张明华（E1）的第2次导出，含 2 份评分表。');
    expect(sentences[1]).toContain('重复文件');
    expect(sentences[3]).toContain('旧文件：李秀英（E2）已提交更新的第2次导出');
    expect(sentences[4]).toContain('冲突');
    expect(sentences[5]).toContain('签名验证失败');
    expect(sentences[6]).toContain('解密失败');
    expect(sentences[7]).toContain('不是完整的 JSON');
    expect(sentences[8]).toContain('不是本次评审的文件');
    expect(sentences[9]).toContain('未登记的密钥');
    expect(translate('zh-CN', report.message.code, report.message.params)).toMatch(/^本次共处理 14 个文件：导入 2 个，重复 1 个，旧文件 1 个，冲突 1 个/);
    // The verified ones say whose export they were.
    expect(report.files[3]).toMatchObject({ expertId: 'E2', sequence: 1, exportHash: e2First.exportHash });

    const { state, auditLog } = await loadWorkspace(ws);
    expect(state.held.map((f) => f.exportHash).sort()).toEqual([e1First.exportHash, e1Second.exportHash, e2Second.exportHash].sort());
    expect(auditLog.map((e) => [e.action, (e.details as { exportHash: string }).exportHash])).toEqual([
      ['scoresImported', e1First.exportHash],
      ['scoresImported', e1Second.exportHash],
      ['scoresImported', e2Second.exportHash],
    ]);
    expect(verifyChain(auditLog)).toEqual({ ok: true });
    expect(auditLog.every((e) => e.actor === OFFICE.fingerprint)).toBe(true);
  });

  it('refused files leave the workspace directory byte for byte as it was', async () => {
    const ws = await withFirstHeld();
    await importScoresFiles(ws, await filesOnDisk([['e1-2.rdscores', e1Second.bytes], ['e2-2.rdscores', e2Second.bytes]]), options);
    const before = await snapshot(ws.dataDir);
    const refused = MIXED.filter(([, , outcome]) => outcome !== 'accepted');
    const report = await importScoresFiles(ws, await filesOnDisk(refused.map(([name, bytes]) => [name, bytes])), options);
    expect(report.counts.accepted).toBe(0);
    expect(report.changed).toBe(false);
    expect(await snapshot(ws.dataDir)).toEqual(before);
    // The accepted ones, offered again, are duplicates now: still nothing changes.
    const again = await importScoresFiles(ws, await filesOnDisk([['again.rdscores', e1Second.bytes]]), options);
    expect(again.files.map((f) => f.outcome)).toEqual(['duplicate']);
    expect(await snapshot(ws.dataDir)).toEqual(before);
  });

  it('a mixed batch writes exactly what its accepted files alone would have written', async () => {
    const mixed = await withFirstHeld();
    await importScoresFiles(mixed, await filesOnDisk(MIXED.map(([name, bytes]) => [name, bytes])), options);
    const acceptedOnly = await withFirstHeld();
    await importScoresFiles(acceptedOnly, await filesOnDisk([['a', e1Second.bytes], ['b', e2Second.bytes]]), options);
    expect(await snapshot(mixed.dataDir)).toEqual(await snapshot(acceptedOnly.dataDir));
  });

  it('stores an encrypted export as its signed object: named by its SHA-256, verifiable without the office key', async () => {
    const ws = await workspace();
    await importScoresFiles(ws, await filesOnDisk([['sealed.rdscores', e1Second.bytes]]), options);
    const stored = new Uint8Array(await readFile(scoresPathOf(ws, e1Second.exportHash)));
    expect(bytesToHex(sha256(stored))).toBe(e1Second.exportHash);
    const read = readScoresFile(stored);
    expect(read.ok && read.file).toMatchObject({ exportHash: e1Second.exportHash, encrypted: false, signerFingerprint: E1.fingerprint });
    expect(e1Second.text).not.toContain('"sheets"'); // it did arrive encrypted
  });

  it('reads within a size limit: a huge file is refused by its size without being read', async () => {
    const ws = await workspace();
    const [path] = await filesOnDisk([['huge.rdscores', new Uint8Array(0)]]);
    if (!path) throw new Error('no path');
    await truncate(path, 201 * 1024 * 1024); // sparse: costs no disk and no time
    const missing = join(ws.dataDir, 'no-such-file.rdscores');
    const report = await importScoresFiles(ws, [path, missing], options);
    expect(report.files.map((f) => [f.outcome, f.message.code])).toEqual([
      ['unreadable', 'crypto.tooLarge'],
      ['unreadable', 'exchange.read.failed'],
    ]);
  });

  it('refuses to work on a damaged workspace, and says which part', async () => {
    const ws = await withFirstHeld();
    const stored = scoresPathOf(ws, e1First.exportHash);
    const good = await readFile(stored);
    await writeFile(stored, Buffer.concat([good.subarray(0, 100), Buffer.from('x'), good.subarray(101)]));
    const damaged = await importScoresFiles(ws, [], options).catch((cause: unknown) => cause);
    expect(damaged).toBeInstanceOf(FileError);
    expect((damaged as FileError).problem.code).toBe('exchange.workspace.scoresFileDamaged');
    await writeFile(stored, good);

    const log = auditLogPathOf(ws);
    await rm(log);
    const truncated = await loadWorkspace(ws).catch((cause: unknown) => cause);
    expect((truncated as FileError).problem).toMatchObject({ code: 'exchange.workspace.auditLogDamaged', params: { index: 1 } });
  });
});
