import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileError } from '../../../electron/files/file-error';
import { writeFileVerified } from '../../../electron/files/write-verified';
import { faultyFileSystem } from './faulty-file-system';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'review-desk-write-'));
  made.push(dir);
  return dir;
}

const NEW = new TextEncoder().encode('{"new":"评分文件"}'.repeat(50));
const OLD = new TextEncoder().encode('{"old":true}');
const always = (): boolean => true;

async function failureOf(promise: Promise<unknown>): Promise<FileError> {
  const failure = await promise.then(
    () => null,
    (cause: unknown) => cause,
  );
  expect(failure).toBeInstanceOf(FileError);
  return failure as FileError;
}

const fileOrNull = (path: string): Promise<Uint8Array | null> => readFile(path).then((b) => new Uint8Array(b), () => null);

describe('writeFileVerified', () => {
  it('writes a new file and replaces an existing one, leaving no temp file', async () => {
    const dir = await folder();
    const target = join(dir, '张三.rdscores');
    await writeFileVerified(target, OLD, always);
    await writeFileVerified(target, NEW, always);
    expect(await fileOrNull(target)).toEqual(NEW);
    expect(await readdir(dir)).toEqual(['张三.rdscores']);
  });

  it('passes the bytes read back to verify, under the temp name and then the final one', async () => {
    const dir = await folder();
    const seen: Uint8Array[] = [];
    await writeFileVerified(join(dir, 'a'), NEW, (readBack) => (seen.push(new Uint8Array(readBack)), true), { mode: 0o600 });
    expect(seen).toEqual([NEW, NEW]);
    if (process.platform !== 'win32') expect((await stat(join(dir, 'a'))).mode & 0o777).toBe(0o600);
  });

  it('never reports success when verify refuses: before the rename the old file stays', async () => {
    const dir = await folder();
    const target = join(dir, 'a');
    await writeFile(target, OLD);
    const failure = await failureOf(writeFileVerified(target, NEW, () => false));
    expect(failure.problem.code).toBe('crypto.write.verifyFailed');
    expect(failure.message).toContain('原有文件未被改动');
    expect(await fileOrNull(target)).toEqual(OLD);
    expect(await readdir(dir)).toEqual(['a']);
  });

  it('never reports success when verify refuses the file under its final name', async () => {
    const dir = await folder();
    let calls = 0;
    const failure = await failureOf(writeFileVerified(join(dir, 'a'), NEW, async () => ++calls === 1));
    expect(failure.problem.code).toBe('crypto.write.unverified');
    expect(failure.message).toMatch(/不要使用/);
  });

  it('treats a verify that throws as a refusal', async () => {
    const dir = await folder();
    const failure = await failureOf(writeFileVerified(join(dir, 'a'), NEW, () => Promise.reject(new Error('bad signature'))));
    expect(failure.problem.code).toBe('crypto.write.verifyFailed');
  });

  it('names a missing folder', async () => {
    const dir = await folder();
    const failure = await failureOf(writeFileVerified(join(dir, 'pulled-out', 'a'), NEW, always));
    expect(failure.problem.code).toBe('crypto.write.folderMissing');
    expect(failure.message).toMatch(/U 盘/);
  });

  it.runIf(process.platform !== 'win32' && process.getuid?.() !== 0)('names a folder without write permission', async () => {
    const dir = await folder();
    const locked = join(dir, 'locked');
    await mkdir(locked, { mode: 0o500 });
    await chmod(locked, 0o500);
    const failure = await failureOf(writeFileVerified(join(locked, 'a'), NEW, always));
    expect(failure.problem.code).toBe('crypto.write.permission');
  });

  it.each([
    ['ENOSPC', 'crypto.write.diskFull', '磁盘空间已满'],
    ['EACCES', 'crypto.write.permission', '没有写入该位置的权限'],
    ['EPERM', 'crypto.write.permission', '没有写入该位置的权限'],
    ['EROFS', 'crypto.write.readOnly', '只读'],
    ['EIO', 'crypto.write.deviceError', '设备读写出错'],
    ['EBUSY', 'crypto.write.inUse', '正被其他程序占用'],
    ['EMFILE', 'crypto.write.other', 'EMFILE'],
  ])('names %s in Chinese with what to do', async (code, key, words) => {
    const dir = await folder();
    const fs = faultyFileSystem({ failing: (n) => n === 2, code }); // the write itself
    const failure = await failureOf(writeFileVerified(join(dir, 'a'), NEW, always, { fs }));
    expect(failure.problem.code).toBe(key);
    expect(failure.message).toContain(words);
    expect(failure.message).toContain(join(dir, 'a'));
  });
});
