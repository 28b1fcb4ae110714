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
  wrap(bytes: Uint8Array): Promise<Uint8Array>;
  unwrap(bytes: Uint8Array): Promise<Uint8Array>;
}

/**
 * The identity wrapper: protected only by file permissions (0600 in a 0700 folder, POSIX). Anyone who can
 * read the file as this user, or as an administrator, or from a backup, has the key.
 */
export const plainFileKeyWrapper: KeyWrapper = {
  protection: 'file-permissions',
  wrap: (bytes) => Promise.resolve(Uint8Array.from(bytes)),
  unwrap: (bytes) => Promise.resolve(Uint8Array.from(bytes)),
};
