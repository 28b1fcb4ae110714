// The desktop app's key wrapper over a fake safeStorage (no Electron binary here): the seed round-trips and is
// not in the wrapped bytes; it refuses, with a message saying what to do, when encryption is unavailable or
// when Linux has only the hard-coded 'basic_text' key (or has not decided yet); and it creates a real key
// file through the key store, which the web host's wrapper then refuses with "open the desktop app".
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HostError } from '../../../electron/host/host-error';
import { keysDirOf } from '../../../electron/keys/key-file';
import { loadIdentity, loadOrCreateIdentity } from '../../../electron/keys/key-store';
import { plainFileKeyWrapper } from '../../../electron/keys/key-wrapper';
import { safeStorageKeyWrapper, type SafeStorageLike } from '../../../electron/main/safe-storage-key-wrapper';
import { translate } from '../../../shared/i18n/translate';

type Backend = ReturnType<SafeStorageLike['getSelectedStorageBackend']>;

/** Encrypts by reversing the UTF-8 bytes behind a marker: enough to tell wrapped from plain. */
function fakeSafeStorage(options: { available?: boolean; backend?: Backend } = {}) {
  const calls: string[] = [];
  const MARK = Buffer.from('enc:');
  const safeStorage: SafeStorageLike = {
    isAsyncEncryptionAvailable: () => Promise.resolve(options.available ?? true),
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptStringAsync: (text) => {
      calls.push('encrypt');
      return Promise.resolve(Buffer.concat([MARK, Buffer.from(text, 'utf8').reverse()]));
    },
    decryptStringAsync: (encrypted) => {
      calls.push('decrypt');
      if (!encrypted.subarray(0, MARK.length).equals(MARK)) return Promise.reject(new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.'));
      return Promise.resolve({ shouldReEncrypt: false, result: Buffer.from(encrypted.subarray(MARK.length)).reverse().toString('utf8') });
    },
  };
  return { safeStorage, calls };
}

const seed = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256);

async function thrown(promise: Promise<unknown>): Promise<HostError> {
  const failure = await promise.then(() => null, (cause: unknown) => cause);
  expect(failure).toBeInstanceOf(HostError);
  return failure as HostError;
}

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('safeStorageKeyWrapper', () => {
  it('round-trips the seed through the keychain, as os-keychain, without the seed in the wrapped bytes', async () => {
    const { safeStorage, calls } = fakeSafeStorage();
    const wrapper = safeStorageKeyWrapper(safeStorage, 'linux');
    expect(wrapper.protection).toBe('os-keychain');
    const wrapped = await wrapper.wrap(seed);
    expect(Buffer.from(wrapped).includes(Buffer.from(seed))).toBe(false);
    expect(Buffer.from(wrapped).includes(Buffer.from(Buffer.from(seed).toString('base64')))).toBe(false);
    expect(await wrapper.unwrap(wrapped)).toEqual(seed);
    expect(calls).toEqual(['encrypt', 'decrypt']);
    // Bytes the keychain did not wrap do not unwrap.
    await expect(wrapper.unwrap(seed)).rejects.toThrow(/decrypting/);
  });

  it('refuses on Linux when the backend is basic_text or unknown, saying to set up a keyring', async () => {
    for (const backend of ['basic_text', 'unknown'] as const) {
      const { safeStorage, calls } = fakeSafeStorage({ backend });
      const wrapper = safeStorageKeyWrapper(safeStorage, 'linux');
      const error = await thrown(wrapper.wrap(seed));
      expect(error).toMatchObject({ code: 'host.error.keychainUnavailableLinux', params: { backend } });
      expect((await thrown(wrapper.unwrap(seed))).code).toBe('host.error.keychainUnavailableLinux');
      expect(calls).toEqual([]);
      const message = translate('zh-CN', error.code, error.params);
      expect(message).toContain('GNOME 密钥环');
      expect(message).toContain('KWallet');
      expect(message).toContain('不保存');
    }
    // basic_text is a Linux matter only: the same answer elsewhere is not consulted.
    const { safeStorage } = fakeSafeStorage({ backend: 'basic_text' });
    expect(await safeStorageKeyWrapper(safeStorage, 'win32').unwrap(await safeStorageKeyWrapper(safeStorage, 'win32').wrap(seed))).toEqual(seed);
  });

  it('refuses when encryption is unavailable, with the message for the platform', async () => {
    const { safeStorage, calls } = fakeSafeStorage({ available: false });
    const error = await thrown(safeStorageKeyWrapper(safeStorage, 'darwin').wrap(seed));
    expect(error.code).toBe('host.error.keychainUnavailable');
    expect(translate('zh-CN', error.code, error.params)).toContain('钥匙串');
    expect(translate('en-US', error.code, error.params)).toContain('keychain');
    expect((await thrown(safeStorageKeyWrapper(safeStorage, 'linux').wrap(seed))).code).toBe('host.error.keychainUnavailableLinux');
    expect(calls).toEqual([]);
  });

  it('makes a key file the desktop app loads and the web host refuses with "open the desktop app"; none without a keychain', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'rd-keychain-')), 'data');
    made.push(dir);
    const { safeStorage } = fakeSafeStorage();
    const wrapper = safeStorageKeyWrapper(safeStorage, 'linux');
    const created = await loadOrCreateIdentity(dir, { name: '张三', role: 'expert' }, wrapper);
    expect(created.identity.protection).toBe('os-keychain');
    expect((await loadIdentity(dir, wrapper))?.identity.fingerprint).toBe(created.identity.fingerprint);
    await expect(loadIdentity(dir, plainFileKeyWrapper)).rejects.toMatchObject({ code: 'crypto.keyStore.needsDesktopApp' });

    const bare = join(await mkdtemp(join(tmpdir(), 'rd-keychain-')), 'data');
    made.push(bare);
    const refusing = safeStorageKeyWrapper(fakeSafeStorage({ backend: 'basic_text' }).safeStorage, 'linux');
    expect((await thrown(loadOrCreateIdentity(bare, { name: '张三', role: 'expert' }, refusing))).code).toBe('host.error.keychainUnavailableLinux');
    expect(await readdir(keysDirOf(bare))).toEqual([]);
  });
});
