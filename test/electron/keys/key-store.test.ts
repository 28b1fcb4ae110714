import { ed25519 } from '@noble/curves/ed25519.js';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fromBase64Url } from '../../../shared/crypto/base64url';
import { FileError } from '../../../electron/files/file-error';
import { keyFilePathOf, keysDirOf, parseKeyFile } from '../../../electron/keys/key-file';
import { loadOrCreateIdentity, type LoadedIdentity } from '../../../electron/keys/key-store';
import { plainFileKeyWrapper, type KeyWrapper } from '../../../electron/keys/key-wrapper';

const posix = process.platform !== 'win32';
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'review-desk-keys-'));
  made.push(dir);
  return join(dir, 'data');
}

const expertProfile = { name: '张三', role: 'expert' } as const;
const load = (dir: string, wrapper: KeyWrapper = plainFileKeyWrapper): Promise<LoadedIdentity> => loadOrCreateIdentity(dir, expertProfile, wrapper);

async function refusal(promise: Promise<unknown>): Promise<FileError> {
  const failure = await promise.then(
    () => null,
    (cause: unknown) => cause,
  );
  expect(failure).toBeInstanceOf(FileError);
  return failure as FileError;
}

describe('key store', () => {
  it('creates the key once, owner-only, and loads the same key afterwards', async () => {
    const dir = await dataDir();
    const first = await load(dir);
    expect(first.created).toBe(true);
    expect(first.identity).toMatchObject({ name: '张三', role: 'expert', keyFile: keyFilePathOf(dir), fingerprint: first.signer.fingerprint });
    expect(first.identity.protection).toBe('file-permissions');
    if (posix) {
      expect((await stat(keyFilePathOf(dir))).mode & 0o777).toBe(0o600);
      expect((await stat(keysDirOf(dir))).mode & 0o777).toBe(0o700);
    }
    const again = await loadOrCreateIdentity(dir, { name: '李四', role: 'office' }, plainFileKeyWrapper);
    expect(again.created).toBe(false);
    expect(again.identity).toEqual(first.identity); // name and role come from the file, not the call
    const message = new TextEncoder().encode('评分');
    expect(ed25519.verify(again.signer.sign(message), message, first.signer.publicKey)).toBe(true);
  });

  it('leaves no temp file, and many simultaneous first starts agree on one key', async () => {
    const dir = await dataDir();
    const all = await Promise.all(Array.from({ length: 12 }, () => load(dir)));
    expect(new Set(all.map((loaded) => loaded.identity.fingerprint)).size).toBe(1);
    expect(all.filter((loaded) => loaded.created).length).toBeGreaterThanOrEqual(1);
    expect(await readdir(keysDirOf(dir))).toEqual(['identity.json']);
    expect(parseKeyFile(await readFile(keyFilePathOf(dir), 'utf8'), 'x').fingerprint).toBe(all[0]?.identity.fingerprint);
  });

  it('does not reveal the secret through the returned object', async () => {
    const dir = await dataDir();
    const loaded = await load(dir);
    const seed = fromBase64Url(parseKeyFile(await readFile(keyFilePathOf(dir), 'utf8'), 'x').wrappedSeed);
    if (seed === null) throw new Error('no seed');
    const forms = [...(['base64url', 'hex', 'base64'] as const).map((encoding) => Buffer.from(seed).toString(encoding)), String([...seed])];
    const reveals = (text: string): boolean => forms.some((form) => text.includes(form));
    expect(reveals(JSON.stringify(loaded))).toBe(false);
    expect(reveals(inspect(loaded, { showHidden: true, depth: 10 }))).toBe(false);
    expect(Object.keys(loaded.signer).sort()).toEqual(['fingerprint', 'publicKey', 'x25519PublicKey']);
    expect(reveals(JSON.stringify(structuredClone(loaded.signer)))).toBe(false);
    expect(reveals(JSON.stringify(structuredClone(loaded.identity)))).toBe(false);
  });

  it.runIf(posix)('refuses a key file others may read (0644, 0640), saying in Chinese what to do', async () => {
    const dir = await dataDir();
    await load(dir);
    for (const mode of [0o644, 0o640, 0o604, 0o660]) {
      await chmod(keyFilePathOf(dir), mode);
      const failure = await refusal(load(dir));
      expect(failure.problem.code).toBe('crypto.keyStore.permissionsTooWide');
      expect(failure.message).toContain(`0${mode.toString(8)}`);
      expect(failure.message).toContain(`chmod 600 "${keyFilePathOf(dir)}"`);
      expect(failure.message).toMatch(/拒绝使用/);
    }
    await chmod(keyFilePathOf(dir), 0o400); // read-only for the owner is fine
    expect((await load(dir)).created).toBe(false);
  });

  it.runIf(posix)('refuses a key file that is a symbolic link', async () => {
    const dir = await dataDir();
    await load(dir);
    const elsewhere = join(dir, 'elsewhere.json');
    await writeFile(elsewhere, await readFile(keyFilePathOf(dir)), { mode: 0o600 });
    await rm(keyFilePathOf(dir));
    await symlink(elsewhere, keyFilePathOf(dir));
    expect((await refusal(load(dir))).problem.code).toBe('crypto.keyStore.notAFile');
  });

  it.runIf(posix)('narrows an existing keys folder that others may enter to 0700', async () => {
    const dir = await dataDir();
    await mkdir(keysDirOf(dir), { recursive: true, mode: 0o755 });
    await chmod(keysDirOf(dir), 0o755);
    await load(dir);
    expect((await stat(keysDirOf(dir))).mode & 0o777).toBe(0o700);
  });

  it('refuses a damaged key file, and one whose secret does not match its public key', async () => {
    const dir = await dataDir();
    await load(dir);
    const path = keyFilePathOf(dir);
    const original = await readFile(path, 'utf8');
    await writeFile(path, original.slice(0, 40));
    expect((await refusal(load(dir))).problem.code).toBe('crypto.keyStore.corrupt');
    const other = parseKeyFile(original, path);
    await writeFile(path, JSON.stringify({ ...other, fingerprint: 'ab'.repeat(32) }));
    expect((await refusal(load(dir))).problem.code).toBe('crypto.keyStore.keyMismatch');
    await writeFile(path, JSON.stringify({ ...other, wrappedSeed: 'AAAA' }));
    expect((await refusal(load(dir))).problem.code).toBe('crypto.keyStore.corrupt');
  });

  it('keeps the wrapper\'s output in the file and refuses to open it with another wrapper', async () => {
    const xor: KeyWrapper = {
      protection: 'test-xor',
      wrap: (bytes) => Promise.resolve(bytes.map((b) => b ^ 0x5a)),
      unwrap: (bytes) => Promise.resolve(bytes.map((b) => b ^ 0x5a)),
    };
    const dir = await dataDir();
    const wrapped = await load(dir, xor);
    expect((await load(dir, xor)).identity.fingerprint).toBe(wrapped.identity.fingerprint);
    const failure = await refusal(load(dir, plainFileKeyWrapper));
    expect(failure.problem.code).toBe('crypto.keyStore.wrongProtection');
    expect(failure.message).toContain('test-xor');
  });
});

describe('key store: a crash while creating', () => {
  it('a half-written temp file from an earlier crash is ignored; the key file appears whole', async () => {
    const dir = await dataDir();
    await mkdir(keysDirOf(dir), { recursive: true, mode: 0o700 });
    const stale = `${keyFilePathOf(dir)}.0123456789ab.tmp`;
    await writeFile(stale, '{"format":"review-desk/ident', { mode: 0o600 });
    const loaded = await load(dir);
    expect(loaded.created).toBe(true);
    expect(parseKeyFile(await readFile(keyFilePathOf(dir), 'utf8'), 'x').fingerprint).toBe(loaded.identity.fingerprint);
  });
});
