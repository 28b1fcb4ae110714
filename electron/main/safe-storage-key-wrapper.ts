// The key wrapper of the desktop app: Electron's safeStorage, which encrypts with a key the operating system
// keeps (Windows DPAPI, the macOS Keychain, libsecret or KWallet on Linux). safeStorage encrypts strings, so
// the seed's bytes are encoded as base64 first and decoded after decryption; the base64 text lives briefly
// in the JS heap, where strings cannot be zeroed, like every other copy the decryption makes.
//
// On Linux, safeStorage falls back to a key hard-coded in Chromium ('basic_text') when no secret store is
// found: that protects nothing, and a file "encrypted" so would claim a protection it does not have. The
// wrapper refuses then (and whenever encryption is unavailable), with a message saying why and what to do,
// so no key is stored or used until the keychain works.
import type { SafeStorage } from 'electron';
import type { MessageKey, MessageParams } from '../../shared/i18n/translate';
import { HostError } from '../host/host-error';
import { OS_KEYCHAIN_PROTECTION, plainFileKeyWrapper, type KeyWrapper } from '../keys/key-wrapper';

/** The parts of safeStorage the wrapper uses (the asynchronous API; the synchronous one is deprecated). */
export type SafeStorageLike = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'>;

/** Linux backends that are no key store at all: a fixed key, or not decided yet (before ready). */
const UNSAFE_LINUX_BACKENDS: ReadonlySet<string> = new Set(['basic_text', 'unknown']);

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function refusal(code: MessageKey, params: MessageParams, detail: string): HostError {
  const error = new HostError(code, params);
  error.message = detail;
  return error;
}

/** Throws the refusal when this system has no key store safeStorage can really use. */
async function ensureKeychain(safeStorage: SafeStorageLike, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    if (UNSAFE_LINUX_BACKENDS.has(backend)) {
      throw refusal('host.error.keychainUnavailableLinux', { backend }, `safeStorage backend is ${backend}: no usable secret store`);
    }
  }
  if (!(await safeStorage.isAsyncEncryptionAvailable())) {
    const detail = 'safeStorage encryption is not available';
    throw platform === 'linux' ? refusal('host.error.keychainUnavailableLinux', { backend: safeStorage.getSelectedStorageBackend() }, detail) : refusal('host.error.keychainUnavailable', {}, detail);
  }
}

export function safeStorageKeyWrapper(safeStorage: SafeStorageLike, platform: NodeJS.Platform): KeyWrapper {
  return {
    protection: OS_KEYCHAIN_PROTECTION,
    // A key the web host or the CLI made is moved into the keychain on first load (electron/keys/key-migration.ts).
    adopts: [plainFileKeyWrapper],
    async wrap(bytes) {
      await ensureKeychain(safeStorage, platform);
      const encrypted = await safeStorage.encryptStringAsync(Buffer.from(bytes).toString('base64'));
      return Uint8Array.from(encrypted);
    },
    async unwrap(bytes) {
      await ensureKeychain(safeStorage, platform);
      // A rotated keychain key (shouldReEncrypt) still decrypts; the key file is written once and not rewrapped for it.
      const { result } = await safeStorage.decryptStringAsync(Buffer.from(bytes));
      if (!BASE64.test(result)) throw new Error('the keychain gave back something that is not the wrapped key');
      return Uint8Array.from(Buffer.from(result, 'base64'));
    },
  };
}
