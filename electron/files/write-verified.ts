// Writing a file the user will carry away (an export on a USB stick): DESIGN.md §5 "write to a temp file,
// fsync, rename, then read back and verify before saying the file is safe". The target is at every moment
// either what it was before or the complete new file, never a torn mix; success is reported only once the
// new file has been read back from its final name and passed `verify`.
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { MessageKey } from '../../shared/i18n/translate';
import { error } from '../../shared/problems';
import { detailOf, errnoCode, FileError } from './file-error';
import { nodeFileSystem, type FileSystem, type WritableFile } from './file-system-port';

export type Verify = (readBack: Uint8Array) => boolean | Promise<boolean>;

export interface WriteVerifiedOptions {
  /** Permission bits of the new file (before the umask). Default 0o644; 0o600 for anything private. */
  mode?: number;
  fs?: FileSystem;
  /**
   * fsync the directory after the rename, so the new name itself survives a power cut. Default: on, except
   * on Windows, where a directory cannot be opened for syncing (NTFS journals the rename instead).
   */
  syncDirectory?: boolean;
}

/** Why a check failed, so the error can say whether the target was already replaced. */
class ReadBackMismatch extends Error {}

const CAUSE_KEYS: Readonly<Record<string, MessageKey>> = {
  ENOSPC: 'crypto.write.diskFull',
  EDQUOT: 'crypto.write.diskFull',
  EACCES: 'crypto.write.permission',
  EPERM: 'crypto.write.permission',
  EROFS: 'crypto.write.readOnly',
  EBUSY: 'crypto.write.inUse',
  ETXTBSY: 'crypto.write.inUse',
  ENOENT: 'crypto.write.folderMissing',
  ENOTDIR: 'crypto.write.folderMissing',
  EIO: 'crypto.write.deviceError',
  ENXIO: 'crypto.write.deviceError',
  ENODEV: 'crypto.write.deviceError',
};

function writeError(path: string, cause: unknown, replaced: boolean): FileError {
  if (cause instanceof ReadBackMismatch) {
    return new FileError(error(replaced ? 'crypto.write.unverified' : 'crypto.write.verifyFailed', path, { path }), cause);
  }
  // Once the rename happened the old file is gone: say so, whatever the cause, rather than "left unchanged".
  if (replaced) return new FileError(error('crypto.write.notConfirmed', path, { path, detail: detailOf(cause) }), cause);
  const key = CAUSE_KEYS[errnoCode(cause) ?? ''];
  if (key) return new FileError(error(key, path, { path }), cause);
  return new FileError(error('crypto.write.other', path, { path, detail: detailOf(cause) }), cause);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** Reads the file back and checks it byte for byte, then with `verify` (which may decode and check a signature). */
async function checkReadBack(fs: FileSystem, path: string, bytes: Uint8Array, verify: Verify): Promise<void> {
  const readBack = await fs.readFile(path);
  if (!sameBytes(readBack, bytes)) throw new ReadBackMismatch('read-back bytes differ');
  let verified: boolean;
  try {
    verified = await verify(readBack);
  } catch (cause) {
    throw new ReadBackMismatch(`verify threw: ${detailOf(cause)}`, { cause });
  }
  if (!verified) throw new ReadBackMismatch('verify refused the read-back bytes');
}

async function writeSyncClose(file: WritableFile, bytes: Uint8Array): Promise<void> {
  try {
    await file.writeAll(bytes);
    await file.sync();
  } catch (cause) {
    await file.close().catch(() => undefined);
    throw cause;
  }
  // close() can report a deferred write error (network shares do), so its failure counts.
  await file.close();
}

async function syncDirectoryOf(fs: FileSystem, path: string): Promise<void> {
  const directory = await fs.openDirectory(dirname(path));
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}

/**
 * Writes `bytes` to `path` safely, or throws a FileError whose message (Chinese) names the cause and what to
 * do. The new content is checked twice: in the temp file before the rename (so a bad write never replaces
 * a good file), and under its final name after it (so "saved" means readable where the user will look).
 */
export async function writeFileVerified(
  path: string,
  bytes: Uint8Array,
  verify: Verify,
  options: WriteVerifiedOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFileSystem;
  const syncDirectory = options.syncDirectory ?? process.platform !== 'win32';
  // Same directory, so the rename stays on one file system and is atomic; hidden, so no one opens it by mistake.
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let tempCreated = false;
  let replaced = false;
  try {
    const file = await fs.createNew(temp, options.mode ?? 0o644);
    tempCreated = true;
    await writeSyncClose(file, bytes);
    await checkReadBack(fs, temp, bytes, verify);
    await fs.rename(temp, path);
    replaced = true;
    if (syncDirectory) await syncDirectoryOf(fs, path);
    await checkReadBack(fs, path, bytes, verify);
  } catch (cause) {
    if (tempCreated && !replaced) await fs.unlink(temp).catch(() => undefined);
    throw writeError(path, cause, replaced);
  }
}
