// The user's identity for every host: one Ed25519 key per data directory, made on first use and kept in the
// key file (key-file.ts), wrapped by the host's KeyWrapper (a file the wrapper adopts is migrated on first
// load, key-migration.ts). What callers get is the public part and a Signer; the seed is
// unwrapped into the Signer's private fields and never handed out.
import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { toBase64Url } from '../../shared/crypto/base64url';
import { SEED_LENGTH } from '../../shared/crypto/keys';
import { signerFromSeed, type Signer } from '../../shared/crypto/signer';
import { canonicalJson } from '../../shared/util/canonical-json';
import { error } from '../../shared/problems';
import { detailOf, errnoCode, FileError } from '../files/file-error';
import {
  IDENTITY_FORMAT,
  IDENTITY_FORMAT_VERSION,
  keyFilePathOf,
  keysDirOf,
  parseKeyFile,
  readKeyFileText,
  type IdentityRole,
  type KeyFile,
} from './key-file';
import { adoptedWrapperOf, migrateKeyFile } from './key-migration';
import { syncDirectory, writeSyncedTemp } from './synced-temp';
import { unlock } from './key-unlock';
import type { KeyWrapper } from './key-wrapper';

export interface IdentityProfile {
  /** The person's (or office's) name, shown next to the fingerprint. Used only when the key is created. */
  name: string;
  role: IdentityRole;
}

/** Everything about the identity that may be shown, logged or sent. */
export interface PublicIdentity {
  name: string;
  role: IdentityRole;
  /** SHA-256 of the Ed25519 public key, lowercase hex: what the office enrols. */
  fingerprint: string;
  /** Ed25519 public key, base64url. */
  publicKey: string;
  /** X25519 public key (derived from the same seed), base64url: what files to this identity are encrypted to. */
  x25519PublicKey: string;
  createdAt: string;
  keyFile: string;
  /** What protects the key at rest: the wrapper's protection name ('file-permissions', 'os-keychain'). */
  protection: string;
}

export interface LoadedIdentity {
  identity: PublicIdentity;
  /** Signs and decrypts; holds the secret in private fields (not enumerable, not cloneable, not serialised). */
  signer: Signer;
  /** True when this call made the key (so the UI can ask the user to enrol its fingerprint). */
  created: boolean;
}

export interface KeyStoreOptions {
  platform?: NodeJS.Platform;
  /** The clock for `createdAt` (tests). */
  now?: () => Date;
}

/** The keys folder, created 0700; an existing one that others may enter is narrowed back to 0700. */
async function ensureKeysDir(dir: string, platform: NodeJS.Platform): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  if (platform !== 'win32' && ((await stat(dir)).mode & 0o077) !== 0) await chmod(dir, 0o700);
}

/**
 * Writes a new key file without ever replacing one: the complete file is written and fsynced under a temp
 * name, then hard-linked to the final name, which fails if another process got there first. A rename would
 * silently replace that process's key, which it may already have used to sign.
 * Returns false when a key file already existed.
 */
async function createKeyFile(path: string, text: string): Promise<boolean> {
  let temp: string | null = null;
  try {
    temp = await writeSyncedTemp(path, text);
    try {
      await link(temp, path);
    } catch (cause) {
      const code = errnoCode(cause);
      if (code === 'EEXIST') return false;
      // File systems without hard links: rename, after checking (racily) that no key appeared meanwhile.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw cause;
      if (await stat(path).then(() => true, () => false)) return false;
      await rename(temp, path);
    }
    await syncDirectory(dirname(path));
    return true;
  } catch (cause) {
    throw new FileError(error('crypto.keyStore.cannotCreate', path, { path, detail: detailOf(cause) }), cause);
  } finally {
    if (temp !== null) await unlink(temp).catch(() => undefined);
  }
}

async function newKeyFileText(profile: IdentityProfile, wrapper: KeyWrapper, now: Date): Promise<string> {
  const seed = new Uint8Array(randomBytes(SEED_LENGTH));
  const signer = signerFromSeed(seed);
  const wrapped = await wrapper.wrap(seed);
  seed.fill(0);
  const file: KeyFile = {
    format: IDENTITY_FORMAT,
    formatVersion: IDENTITY_FORMAT_VERSION,
    name: profile.name,
    role: profile.role,
    createdAt: now.toISOString(),
    publicKey: toBase64Url(signer.publicKey),
    fingerprint: signer.fingerprint,
    protection: wrapper.protection,
    wrappedSeed: toBase64Url(wrapped),
  };
  return `${canonicalJson(file)}\n`;
}

/**
 * The identity kept in `dataDir`, made on first use. Throws a FileError (message in Chinese, saying what to
 * do) when the key file is unsafe (others may read it, another user owns it, it is a link), damaged,
 * wrapped by another protection, or cannot be written.
 */
export async function loadOrCreateIdentity(
  dataDir: string,
  profile: IdentityProfile,
  wrapper: KeyWrapper,
  options: KeyStoreOptions = {},
): Promise<LoadedIdentity> {
  const platform = options.platform ?? process.platform;
  const path = keyFilePathOf(dataDir);
  await ensureKeysDir(keysDirOf(dataDir), platform);
  let text = await readKeyFileText(path, platform);
  let created = false;
  if (text === null) {
    created = await createKeyFile(path, await newKeyFileText(profile, wrapper, (options.now ?? (() => new Date()))()));
    // Read back through the same checks as every later start, so a key that could not be loaded is never used.
    text = await readKeyFileText(path, platform);
    if (text === null) throw new FileError(error('crypto.keyStore.cannotCreate', path, { path, detail: 'ENOENT' }));
  }
  return { ...(await identityFromText(text, path, wrapper, platform)), created };
}

/** The identity kept in `dataDir`, or null when none has been made yet; refuses unsafe files like loadOrCreateIdentity. */
export async function loadIdentity(dataDir: string, wrapper: KeyWrapper, options: KeyStoreOptions = {}): Promise<LoadedIdentity | null> {
  const platform = options.platform ?? process.platform;
  const path = keyFilePathOf(dataDir);
  const text = await readKeyFileText(path, platform);
  return text === null ? null : { ...(await identityFromText(text, path, wrapper, platform)), created: false };
}

async function identityFromText(text: string, path: string, wrapper: KeyWrapper, platform: NodeJS.Platform): Promise<Omit<LoadedIdentity, 'created'>> {
  let file = parseKeyFile(text, path);
  const adopted = adoptedWrapperOf(file, wrapper);
  if (adopted !== undefined) {
    await migrateKeyFile(file, path, adopted, wrapper, platform);
    // Read back through the same checks as every start: what is used is what is on disk now.
    const migrated = await readKeyFileText(path, platform);
    if (migrated === null) throw new FileError(error('crypto.keyStore.cannotRead', path, { path, detail: 'ENOENT' }));
    file = parseKeyFile(migrated, path);
  }
  const signer = await unlock(file, path, wrapper);
  const identity: PublicIdentity = {
    name: file.name,
    role: file.role,
    fingerprint: file.fingerprint,
    publicKey: file.publicKey,
    x25519PublicKey: toBase64Url(signer.x25519PublicKey),
    createdAt: file.createdAt,
    keyFile: path,
    protection: wrapper.protection,
  };
  return { identity, signer };
}
