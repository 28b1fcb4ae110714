// Every operation of a verified write, failed in turn: afterwards the target is exactly what it was (absent
// or the old bytes) or exactly the new bytes — never a torn mix — and success is never reported.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileError } from '../../../electron/files/file-error';
import { writeFileVerified } from '../../../electron/files/write-verified';
import { faultyFileSystem, type Faults } from './faulty-file-system';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

const NEW = new TextEncoder().encode(`{"sheets":"${'新'.repeat(4000)}"}`);
const OLD = new TextEncoder().encode('{"sheets":"old"}');
const CODES = ['ENOSPC', 'EIO', 'EACCES', 'EROFS', 'EMFILE'];
/** Messages that admit the target was already replaced; every other failure promises it was not. */
const AFTER_RENAME = ['crypto.write.notConfirmed', 'crypto.write.unverified'];

const sameBytes = (a: Uint8Array | null, b: Uint8Array): boolean => a !== null && Buffer.compare(a, b) === 0;

async function operationsOfCleanWrite(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'review-desk-faults-'));
  made.push(dir);
  const fs = faultyFileSystem(null);
  await writeFileVerified(join(dir, 'target'), NEW, () => true, { fs, syncDirectory: true });
  return fs.log;
}

interface Outcome {
  error: FileError | null;
  target: Uint8Array | null;
  leftovers: string[];
}

async function writeWith(faults: Faults, existing: boolean): Promise<Outcome> {
  const dir = await mkdtemp(join(tmpdir(), 'review-desk-faults-'));
  made.push(dir);
  const target = join(dir, 'target');
  if (existing) await writeFile(target, OLD);
  const fs = faultyFileSystem(faults);
  const error = await writeFileVerified(target, NEW, () => true, { fs, syncDirectory: true }).then(
    () => null,
    (cause: unknown) => {
      if (!(cause instanceof FileError)) throw cause;
      return cause;
    },
  );
  const bytes = await readFile(target).then((b) => new Uint8Array(b), () => null);
  return { error, target: bytes, leftovers: (await readdir(dir)).filter((name) => name !== 'target') };
}

function expectWholeOldOrWholeNew(outcome: Outcome, existing: boolean, label: string): void {
  const unchanged = existing ? sameBytes(outcome.target, OLD) : outcome.target === null;
  expect(unchanged || sameBytes(outcome.target, NEW), `${label}: target torn`).toBe(true);
  expect(outcome.error, `${label}: success reported`).not.toBeNull();
  // A message saying the old file is untouched must be true.
  if (outcome.error && !AFTER_RENAME.includes(outcome.error.problem.code)) expect(unchanged, `${label}: ${outcome.error.problem.code}`).toBe(true);
}

describe('writeFileVerified under injected faults', () => {
  it('performs the documented steps in order on a clean write', async () => {
    expect(await operationsOfCleanWrite()).toEqual([
      'createNew', 'writeAll', 'sync', 'close', 'readFile', 'rename', 'openDirectory', 'syncDirectory', 'closeDirectory', 'readFile',
    ]);
  });

  it('fails the Nth operation, for every N, with and without an existing target', async () => {
    const total = (await operationsOfCleanWrite()).length;
    for (let n = 1; n <= total; n++) {
      for (const existing of [false, true]) {
        const code = CODES[n % CODES.length] ?? 'EIO';
        const outcome = await writeWith({ failing: (k) => k === n, code }, existing);
        const label = `op ${n} ${existing ? 'over old' : 'new'} ${code}`;
        expectWholeOldOrWholeNew(outcome, existing, label);
        expect(outcome.leftovers, `${label}: temp file left`).toEqual([]);
      }
    }
  });

  it('fails every operation from the Nth on (the stick was pulled out), for every N', async () => {
    const total = (await operationsOfCleanWrite()).length;
    for (let n = 1; n <= total; n++) {
      for (const existing of [false, true]) {
        const outcome = await writeWith({ failing: (k) => k >= n, code: 'EIO' }, existing);
        // Cleaning up may fail too, so a temp file may stay; the target may not be torn.
        expectWholeOldOrWholeNew(outcome, existing, `ops ${n}… ${existing ? 'over old' : 'new'}`);
      }
    }
  });

  it('a disk that returns other bytes than it stored is caught at either read-back', async () => {
    const log = await operationsOfCleanWrite();
    const reads = log.flatMap((op, i) => (op === 'readFile' ? [i + 1] : []));
    expect(reads).toHaveLength(2);
    for (const n of reads) {
      for (const existing of [false, true]) {
        const outcome = await writeWith({ failing: (k) => k === n, code: 'EIO', corruptReads: true }, existing);
        expectWholeOldOrWholeNew(outcome, existing, `corrupt read ${n}`);
        expect(outcome.error?.problem.code).toBe(n === reads[0] ? 'crypto.write.verifyFailed' : 'crypto.write.unverified');
      }
    }
  });
});
