// A folder both sides point at (a USB stick, a LAN share, or just the desktop): experts write their exports
// into it, the office reads them out. Written as a port, as Joplin writes sync against a file API: the Node
// folder below for the app, an in-memory one (memory-sync-folder.ts) for tests that play both sides through
// one folder. Names in a shared folder are not trusted for anything but finding the bytes again.
import type { BoundedRead } from '../exchange/read-bounded';
import type { Verify } from '../files/write-verified';

/** A file's bytes, or (when it is over the limit) only its size: a huge file is never read into memory. */
export type FolderRead = BoundedRead;

export interface SyncFolder {
  /** Where the folder is, for messages (its path). */
  readonly location: string;
  /** The names of the plain files directly inside (not folders, not links), sorted. */
  list(): Promise<string[]>;
  read(name: string, maxBytes: number): Promise<FolderRead>;
  /**
   * Writes a file so it is whole or absent, and resolves only once it has been read back and `verify`
   * accepted it (writeFileVerified on disk). Throws a FileError otherwise.
   */
  write(name: string, bytes: Uint8Array, verify: Verify): Promise<void>;
  /** The full path of a file in the folder, for reports. */
  pathOf(name: string): string;
}

/** Names this port takes: one path segment, nothing that climbs out of the folder. */
export function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}

export function assertPlainName(name: string): void {
  if (!isPlainName(name)) throw new Error(`not a plain file name: ${JSON.stringify(name)}`);
}
