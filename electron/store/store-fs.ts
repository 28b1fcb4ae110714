// The file operations the blob store (and the package staging that feeds it) performs, as a port. The
// Node implementation is the only one the app uses; tests wrap it to fail any chosen operation, which is
// how the store's all-or-nothing promise is checked against every possible point of failure.
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';

export interface WritableFile {
  write(chunk: Uint8Array): Promise<void>;
  /** Flushes the file's data to the disk (fsync). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreFileSystem {
  /** Creates one directory; true when this call created it, false when it was already there. */
  makeDir(path: string): Promise<boolean>;
  /** Creates a directory and its parents as needed. */
  makeDirs(path: string): Promise<void>;
  /** Creates a new file for writing; fails if the path exists. */
  createFile(path: string): Promise<WritableFile>;
  readFile(path: string): Readable;
  rename(from: string, to: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  list(path: string): Promise<string[]>;
  /** Removes a file; a file already gone is not an error. */
  removeFile(path: string): Promise<void>;
  /** Removes an empty directory; one already gone is not an error. */
  removeEmptyDir(path: string): Promise<void>;
  /** Removes a directory and everything in it. */
  removeTree(path: string): Promise<void>;
  /** Flushes an existing file's data to the disk. */
  syncFile(path: string): Promise<void>;
  /** Flushes a directory, so a rename into it survives a power cut (a no-op where directories cannot be opened). */
  syncDir(path: string): Promise<void>;
}

const isCode = (cause: unknown, ...codes: string[]): boolean =>
  cause instanceof Error && 'code' in cause && codes.includes(String((cause as NodeJS.ErrnoException).code));

export const nodeStoreFileSystem: StoreFileSystem = {
  async makeDir(path) {
    try {
      await mkdir(path);
      return true;
    } catch (cause) {
      if (isCode(cause, 'EEXIST')) return false;
      throw cause;
    }
  },
  async makeDirs(path) {
    await mkdir(path, { recursive: true });
  },
  async createFile(path) {
    const handle = await open(path, 'wx');
    return {
      // write(2) may take fewer bytes than offered; loop until all are written.
      write: async (chunk) => {
        for (let offset = 0; offset < chunk.byteLength; ) {
          const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset);
          offset += bytesWritten;
        }
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  readFile: (path) => createReadStream(path),
  rename: (from, to) => rename(from, to),
  async exists(path) {
    try {
      await stat(path);
      return true;
    } catch (cause) {
      if (isCode(cause, 'ENOENT')) return false;
      throw cause;
    }
  },
  list: (path) => readdir(path),
  removeFile: (path) => rm(path, { force: true }),
  async removeEmptyDir(path) {
    try {
      await rmdir(path);
    } catch (cause) {
      if (!isCode(cause, 'ENOENT')) throw cause;
    }
  },
  // Retries ride out Windows virus scanners that hold a just-written file open for a moment.
  removeTree: (path) => rm(path, { recursive: true, force: true, maxRetries: 3 }),
  async syncFile(path) {
    const handle = await open(path, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  async syncDir(path) {
    let handle;
    try {
      handle = await open(path, 'r');
    } catch (cause) {
      // Windows cannot open a directory; NTFS journals the rename itself.
      if (isCode(cause, 'EISDIR', 'EPERM', 'EACCES')) return;
      throw cause;
    }
    try {
      await handle.sync();
    } catch (cause) {
      if (!isCode(cause, 'EINVAL', 'EPERM', 'EBADF')) throw cause;
    } finally {
      await handle.close();
    }
  },
};
