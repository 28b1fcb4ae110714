// How the secret seed is protected inside the key file. Electron will plug in a wrapper over `safeStorage`
// (the OS keychain: DPAPI, Keychain, libsecret); plain Node (the local web host, the CLI) has only the
// wrapper below, where the seed sits in the file as it is and the file's permissions are the protection.
export interface KeyWrapper {
  /**
   * Stable name of the protection, stored in the key file, so a file wrapped one way is never handed to
   * another wrapper: 'file-permissions' here, 'os-keychain' for safeStorage. The UI states it to the user
   * through the locale key `host.keyProtection.<name>`.
   */
  readonly protection: string;
  /**
   * Wrappers whose key files this one takes over: a file wrapped by one of them is unwrapped with it on first
   * load and rewritten under this wrapper (key-migration.ts). The desktop app adopts the web host's
   * 'file-permissions' files this way, so a key made with `npm run web` or the CLI ends up in the keychain.
   */
  readonly adopts?: readonly KeyWrapper[];
  wrap(bytes: Uint8Array): Promise<Uint8Array>;
  unwrap(bytes: Uint8Array): Promise<Uint8Array>;
}

/** The protection name of the OS keychain wrapper (electron/main/safe-storage-key-wrapper.ts). */
export const OS_KEYCHAIN_PROTECTION = 'os-keychain';

/**
 * The identity wrapper: protected only by file permissions (0600 in a 0700 folder, POSIX). Anyone who can
 * read the file as this user, or as an administrator, or from a backup, has the key.
 */
export const plainFileKeyWrapper: KeyWrapper = {
  protection: 'file-permissions',
  wrap: (bytes) => Promise.resolve(Uint8Array.from(bytes)),
  unwrap: (bytes) => Promise.resolve(Uint8Array.from(bytes)),
};
