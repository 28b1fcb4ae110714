// Moving a key file under a stronger protection on first load: the desktop app (safeStorage, 'os-keychain')
// adopts a key the web host or the CLI made ('file-permissions'), so the user keeps the key the office has
// enrolled and it stops lying on disk in plain form. The new wrapping is checked to unwrap to the same seed
// before the old file is replaced, and the replacement is write-temp, fsync, rename: at every moment the key
// file is either the old one or the new one, never half of either, and no plain copy is left beside it (the
// old bytes may still sit in free disk blocks until overwritten; nothing short of full-disk encryption helps
// there). A keychain that refuses (HostError) leaves the file as it was.
import { rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { toBase64Url } from '../../shared/crypto/base64url';
import { error } from '../../shared/problems';
import { canonicalJson } from '../../shared/util/canonical-json';
import { detailOf, FileError } from '../files/file-error';
import { HostError } from '../host/host-error';
import { parseKeyFile, readKeyFileText, type KeyFile } from './key-file';
import { unwrapVerifiedSeed } from './key-unlock';
import type { KeyWrapper } from './key-wrapper';
import { syncDirectory, writeSyncedTemp } from './synced-temp';

/** The wrapper among `wrapper.adopts` that wrapped this file, when the file is not already `wrapper`'s. */
export function adoptedWrapperOf(file: KeyFile, wrapper: KeyWrapper): KeyWrapper | undefined {
  if (file.protection === wrapper.protection) return undefined;
  return wrapper.adopts?.find((adopted) => adopted.protection === file.protection);
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** Replaces the key file with `text`, unless it no longer holds the key we migrated (then leaves it alone). */
async function replaceKeyFile(path: string, text: string, fingerprint: string, platform: NodeJS.Platform): Promise<void> {
  let temp: string | null = null;
  try {
    temp = await writeSyncedTemp(path, text);
    // Another start of the app may have migrated it meanwhile (same key, fine to replace); anything else is not ours.
    const current = await readKeyFileText(path, platform);
    if (current === null || parseKeyFile(current, path).fingerprint !== fingerprint) return;
    await rename(temp, path);
    await syncDirectory(dirname(path));
  } catch (cause) {
    if (cause instanceof FileError) throw cause;
    throw new FileError(error('crypto.keyStore.cannotProtect', path, { path, detail: detailOf(cause) }), cause);
  } finally {
    if (temp !== null) await unlink(temp).catch(() => undefined);
  }
}

/** Rewrites `file` (wrapped by `from`) under `to`. Throws a HostError when `to` refuses, with the file unchanged. */
export async function migrateKeyFile(file: KeyFile, path: string, from: KeyWrapper, to: KeyWrapper, platform: NodeJS.Platform): Promise<void> {
  const { seed } = await unwrapVerifiedSeed(file, path, from);
  let wrapped: Uint8Array;
  try {
    wrapped = await to.wrap(seed);
    const back = await to.unwrap(wrapped);
    const same = sameBytes(back, seed);
    back.fill(0);
    if (!same) throw new Error(`the ${to.protection} wrapping does not give the key back`);
  } catch (cause) {
    if (cause instanceof HostError) throw cause;
    throw new FileError(error('crypto.keyStore.cannotProtect', path, { path, detail: detailOf(cause) }), cause);
  } finally {
    seed.fill(0);
  }
  const migrated: KeyFile = { ...file, protection: to.protection, wrappedSeed: toBase64Url(wrapped) };
  await replaceKeyFile(path, `${canonicalJson(migrated)}\n`, file.fingerprint, platform);
}
