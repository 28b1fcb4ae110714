// The store's file system with one chosen operation made to fail: every call (including each write,
// sync and close on an open file, and each file opened for reading) is counted once armed, and the Nth
// throws. Counting with no fault armed measures how many operations an import performs.
import { Readable } from 'node:stream';
import type { StoreFileSystem, WritableFile } from '../../../electron/store/store-fs';

export class FaultInjector {
  count = 0;
  fired = false;
  private failAt = Number.POSITIVE_INFINITY;
  private armed = false;
  readonly files: StoreFileSystem;

  constructor(base: StoreFileSystem) {
    const step = (operation: string): void => {
      if (!this.armed) return;
      this.count += 1;
      if (this.count === this.failAt) {
        this.fired = true;
        throw new Error(`injected fault: ${operation} (operation ${this.count})`);
      }
    };
    const wrapFile = (file: WritableFile): WritableFile => ({
      write: async (chunk) => (step('write'), file.write(chunk)),
      sync: async () => (step('sync'), file.sync()),
      // A failed close still releases the descriptor, as close(2) does.
      close: async () => {
        try {
          step('close');
        } finally {
          await file.close();
        }
      },
    });
    this.files = {
      makeDir: async (path) => (step('makeDir'), base.makeDir(path)),
      makeDirs: async (path) => (step('makeDirs'), base.makeDirs(path)),
      createFile: async (path) => (step('createFile'), wrapFile(await base.createFile(path))),
      readFile: (path) => {
        try {
          step('readFile');
        } catch (cause) {
          return new Readable({ read: () => undefined }).destroy(cause as Error);
        }
        return base.readFile(path);
      },
      rename: async (from, to) => (step('rename'), base.rename(from, to)),
      exists: async (path) => (step('exists'), base.exists(path)),
      list: async (path) => (step('list'), base.list(path)),
      removeFile: async (path) => (step('removeFile'), base.removeFile(path)),
      removeEmptyDir: async (path) => (step('removeEmptyDir'), base.removeEmptyDir(path)),
      removeTree: async (path) => (step('removeTree'), base.removeTree(path)),
      syncFile: async (path) => (step('syncFile'), base.syncFile(path)),
      syncDir: async (path) => (step('syncDir'), base.syncDir(path)),
    };
  }

  /** Counts from zero from now on and fails operation `failAt` (never, by default). */
  arm(failAt = Number.POSITIVE_INFINITY): void {
    this.count = 0;
    this.fired = false;
    this.failAt = failAt;
    this.armed = true;
  }

  disarm(): void {
    this.armed = false;
  }
}
