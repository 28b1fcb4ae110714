// The key file on disk: `<data dir>/keys/identity.json`, owner-only (0600 in a 0700 folder), created once
// and never overwritten. Reading refuses a file that other users could read or that another user owns, as
// ssh does with private keys: a key others may have copied is not one to sign scores with.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { error } from '../../shared/problems';
import { detailOf, errnoCode, FileError } from '../files/file-error';

export const IDENTITY_FORMAT = 'review-desk/identity';
export const IDENTITY_FORMAT_VERSION = 1;
export const KEYS_DIR_NAME = 'keys';
export const KEY_FILE_NAME = 'identity.json';

export const identityRoleSchema = z.enum(['expert', 'office']);
export type IdentityRole = z.infer<typeof identityRoleSchema>;

export const keyFileSchema = z.object({
  format: z.literal(IDENTITY_FORMAT),
  formatVersion: z.literal(IDENTITY_FORMAT_VERSION),
  name: z.string(),
  role: identityRoleSchema,
  /** When the key was made, as this computer's clock said; informational. */
  createdAt: z.string(),
  /** Ed25519 public key, base64url. */
  publicKey: z.string(),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  /** The KeyWrapper's `protection` that wrapped the seed. */
  protection: z.string(),
  /** The 32-byte seed as the wrapper returned it, base64url. */
  wrappedSeed: z.string(),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

export const keysDirOf = (dataDir: string): string => join(dataDir, KEYS_DIR_NAME);
export const keyFilePathOf = (dataDir: string): string => join(keysDirOf(dataDir), KEY_FILE_NAME);

/** Permission bits as people write them: 0644. */
export const octalMode = (mode: number): string => `0${(mode & 0o777).toString(8).padStart(3, '0')}`;

const problemError = (code: Parameters<typeof error>[0], path: string, params: Record<string, string> = {}, cause?: unknown): FileError =>
  new FileError(error(code, path, { path, ...params }), cause);

/** On POSIX the file must be a regular file of ours that no one else may read or write. */
async function checkOwnerOnly(handle: FileHandle, path: string, platform: NodeJS.Platform): Promise<void> {
  const stats = await handle.stat();
  if (!stats.isFile()) throw problemError('crypto.keyStore.notAFile', path);
  // Windows has no POSIX modes: the user profile's ACLs protect the folder, and Electron wraps with DPAPI.
  if (platform === 'win32') return;
  if (typeof process.getuid === 'function' && stats.uid !== process.getuid()) throw problemError('crypto.keyStore.notOwner', path);
  if ((stats.mode & 0o077) !== 0) throw problemError('crypto.keyStore.permissionsTooWide', path, { mode: octalMode(stats.mode) });
}

/**
 * The key file's text, or null when there is none. Opened without following a symbolic link and checked
 * on the open handle, so the file checked is the file read.
 */
export async function readKeyFileText(path: string, platform: NodeJS.Platform = process.platform): Promise<string | null> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (cause) {
    const code = errnoCode(cause);
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP' || code === 'EISDIR') throw problemError('crypto.keyStore.notAFile', path, {}, cause);
    throw problemError('crypto.keyStore.cannotRead', path, { detail: detailOf(cause) }, cause);
  }
  try {
    await checkOwnerOnly(handle, path, platform);
    return await handle.readFile('utf8');
  } catch (cause) {
    if (cause instanceof FileError) throw cause;
    throw problemError('crypto.keyStore.cannotRead', path, { detail: detailOf(cause) }, cause);
  } finally {
    await handle.close();
  }
}

/** The key file's fields, or a FileError saying it is damaged. */
export function parseKeyFile(text: string, path: string): KeyFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw problemError('crypto.keyStore.corrupt', path, {}, cause);
  }
  const parsed = keyFileSchema.safeParse(value);
  if (!parsed.success) throw problemError('crypto.keyStore.corrupt', path, {}, parsed.error);
  return parsed.data;
}
