// The few file operations a verified write needs, as a port: the Node implementation below, and in tests a
// wrapper that fails the Nth call, so every crash point of a write can be tried.
import { open, readFile, rename, unlink } from 'node:fs/promises';

export interface WritableFile {
  /** Writes all the bytes from the start of the file. */
  writeAll(bytes: Uint8Array): Promise<void>;
  /** Flushes the file's data to the device (fsync). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface SyncableDirectory {
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileSystem {
  /** Creates a file that must not exist yet (O_CREAT|O_EXCL), with this mode. */
  createNew(path: string, mode: number): Promise<WritableFile>;
  openDirectory(path: string): Promise<SyncableDirectory>;
  /** Replaces `to` atomically (POSIX rename; MoveFileEx with replace on Windows). */
  rename(from: string, to: string): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  unlink(path: string): Promise<void>;
}

export const nodeFileSystem: FileSystem = {
  async createNew(path, mode) {
    const handle = await open(path, 'wx', mode);
    return {
      writeAll: (bytes) => handle.writeFile(bytes),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  async openDirectory(path) {
    const handle = await open(path, 'r');
    return { sync: () => handle.sync(), close: () => handle.close() };
  },
  rename: (from, to) => rename(from, to),
  readFile: (path) => readFile(path),
  unlink: (path) => unlink(path),
};
