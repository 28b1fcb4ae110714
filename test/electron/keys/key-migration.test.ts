// A key the web host or the CLI made ('file-permissions') loaded by a wrapper that adopts it (the desktop app's
// keychain wrapper; here a fake, plain Node): it is rewritten under the new protection on first load, in place
// (same key, same fingerprint, owner-only, no temp or plain copy left beside it), and later loads just use it;
// a keychain that refuses leaves the file untouched; the web host then refuses the migrated file with a
// message telling the user to open the desktop app; a wrapper that adopts nothing still refuses a foreign file.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromBase64Url } from '../../../shared/crypto/base64url';
import { translate } from '../../../shared/i18n/translate';
import { HostError } from '../../../electron/host/host-error';
import { keyFilePathOf, keysDirOf, parseKeyFile } from '../../../electron/keys/key-file';
import { loadIdentity, loadOrCreateIdentity } from '../../../electron/keys/key-store';
import { plainFileKeyWrapper, type KeyWrapper } from '../../../electron/keys/key-wrapper';

const posix = process.platform !== 'win32';
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function plainKey(): Promise<{ dir: string; fingerprint: string; seed: Uint8Array }> {
  const dir = join(await mkdtemp(join(tmpdir(), 'rd-migrate-')), 'data');
  made.push(dir);
  const { identity } = await loadOrCreateIdentity(dir, { name: '张三', role: 'expert' }, plainFileKeyWrapper);
  const file = parseKeyFile(await readFile(keyFilePathOf(dir), 'utf8'), 'x');
  const seed = fromBase64Url(file.wrappedSeed);
  if (seed === null) throw new Error('no seed');
  return { dir, fingerprint: identity.fingerprint, seed };
}

/** A keychain stand-in: XOR with a pad, behind a marker byte. */
const fakeKeychain = (options: { refuse?: boolean; adopts?: readonly KeyWrapper[] } = {}): KeyWrapper & { wraps: number } => {
  const wrapper = {
    protection: 'os-keychain',
    adopts: options.adopts ?? [plainFileKeyWrapper],
    wraps: 0,
    wrap: (bytes: Uint8Array) => {
      if (options.refuse) return Promise.reject(new HostError('host.error.keychainUnavailableLinux', { backend: 'basic_text' }));
      wrapper.wraps += 1;
      return Promise.resolve(Uint8Array.from([0xee, ...bytes.map((byte) => byte ^ 0x5a)]));
    },
    unwrap: (bytes: Uint8Array) => Promise.resolve(Uint8Array.from(bytes.subarray(1).map((byte) => byte ^ 0x5a))),
  };
  return wrapper;
};

describe('key file migration to the keychain', () => {
  it('rewrites a file-permissions key under the keychain on first load, the same key, and only once', async () => {
    const { dir, fingerprint, seed } = await plainKey();
    const keychain = fakeKeychain();
    const loaded = await loadIdentity(dir, keychain);
    expect(loaded?.identity).toMatchObject({ fingerprint, protection: 'os-keychain' });
    expect(loaded?.created).toBe(false);

    const text = await readFile(keyFilePathOf(dir), 'utf8');
    const file = parseKeyFile(text, 'x');
    expect(file).toMatchObject({ protection: 'os-keychain', fingerprint, name: '张三', role: 'expert' });
    expect(file.wrappedSeed).not.toBe(Buffer.from(seed).toString('base64url'));
    expect(text).not.toContain(Buffer.from(seed).toString('base64url'));
    expect(await readdir(keysDirOf(dir))).toEqual(['identity.json']);
    if (posix) expect((await stat(keyFilePathOf(dir))).mode & 0o777).toBe(0o600);

    // Later loads (and loadOrCreateIdentity) use it as it is.
    const again = await loadOrCreateIdentity(dir, { name: '李四', role: 'office' }, keychain);
    expect(again).toMatchObject({ created: false, identity: { fingerprint, protection: 'os-keychain' } });
    expect(keychain.wraps).toBe(1);
    expect(await readFile(keyFilePathOf(dir), 'utf8')).toBe(text);
  });

  it('leaves the file as it was when the keychain refuses, and passes the refusal on', async () => {
    const { dir } = await plainKey();
    const before = await readFile(keyFilePathOf(dir), 'utf8');
    await expect(loadIdentity(dir, fakeKeychain({ refuse: true }))).rejects.toMatchObject({ code: 'host.error.keychainUnavailableLinux' });
    expect(await readFile(keyFilePathOf(dir), 'utf8')).toBe(before);
    expect(await readdir(keysDirOf(dir))).toEqual(['identity.json']);
    // The web host still has its key.
    expect((await loadIdentity(dir, plainFileKeyWrapper))?.identity.protection).toBe('file-permissions');
  });

  it('refuses a keychain that does not give the key back, leaving the file as it was', async () => {
    const { dir } = await plainKey();
    const before = await readFile(keyFilePathOf(dir), 'utf8');
    const forgetful: KeyWrapper = { ...fakeKeychain(), unwrap: () => Promise.resolve(new Uint8Array(32)) };
    await expect(loadIdentity(dir, forgetful)).rejects.toMatchObject({ code: 'crypto.keyStore.cannotProtect' });
    expect(await readFile(keyFilePathOf(dir), 'utf8')).toBe(before);
  });

  it('after migration the web host refuses the key with a message to open the desktop app, and does not crash', async () => {
    const { dir } = await plainKey();
    await loadIdentity(dir, fakeKeychain());
    const failure = await loadIdentity(dir, plainFileKeyWrapper).then(() => null, (cause: unknown) => cause);
    expect(failure).toBeInstanceOf(HostError);
    const { code, params } = failure as HostError;
    expect(code).toBe('crypto.keyStore.needsDesktopApp');
    expect(translate('zh-CN', code, params)).toContain('桌面应用');
    expect(translate('en-US', code, params)).toContain('desktop app');
  });

  it('a wrapper that adopts nothing still refuses a file of another protection', async () => {
    const { dir } = await plainKey();
    await expect(loadIdentity(dir, fakeKeychain({ adopts: [] }))).rejects.toMatchObject({ code: 'crypto.keyStore.wrongProtection' });
  });
});
