// A FileSystem that counts every operation (file handles' and directories' included) and can fail chosen
// ones, as a disk that fills up, a USB stick pulled out, or a disk that returns other bytes than it stored.
import { nodeFileSystem, type FileSystem } from '../../../electron/files/file-system-port';

export interface Faults {
  /** 1-based numbers of the operations that fail. */
  failing: (n: number) => boolean;
  /** The errno code the failure carries. */
  code: string;
  /** When set, a failing readFile returns the bytes with one bit flipped instead of throwing. */
  corruptReads?: boolean;
}

export interface CountingFileSystem extends FileSystem {
  /** Operations performed so far (attempted, failed or not). */
  readonly count: number;
  readonly log: string[];
}

export function faultyFileSystem(faults: Faults | null, inner: FileSystem = nodeFileSystem): CountingFileSystem {
  const log: string[] = [];
  const failure = (op: string): Error => Object.assign(new Error(`${faults?.code}: injected on ${op}`), { code: faults?.code });
  /** Runs one operation, or fails it; `partial` runs before a failure (a write that got half-way). */
  async function step<T>(op: string, run: () => Promise<T>, partial?: () => Promise<void>): Promise<T> {
    log.push(op);
    if (!faults?.failing(log.length)) return run();
    if (partial) await partial();
    throw failure(op);
  }
  return {
    get count() {
      return log.length;
    },
    log,
    async createNew(path, mode) {
      const file = await step('createNew', () => inner.createNew(path, mode));
      return {
        writeAll: (bytes) => step('writeAll', () => file.writeAll(bytes), () => file.writeAll(bytes.subarray(0, bytes.length >> 1))),
        sync: () => step('sync', () => file.sync()),
        close: () => step('close', () => file.close(), () => file.close()),
      };
    },
    async openDirectory(path) {
      const directory = await step('openDirectory', () => inner.openDirectory(path));
      return {
        sync: () => step('syncDirectory', () => directory.sync()),
        close: () => step('closeDirectory', () => directory.close(), () => directory.close()),
      };
    },
    rename: (from, to) => step('rename', () => inner.rename(from, to)),
    async readFile(path) {
      log.push('readFile');
      const bytes = await inner.readFile(path);
      if (!faults?.failing(log.length)) return bytes;
      if (!faults.corruptReads) throw failure('readFile');
      const copy = Uint8Array.from(bytes);
      copy[copy.length >> 1] = (copy[copy.length >> 1] ?? 0) ^ 0x10;
      return copy;
    },
    unlink: (path) => step('unlink', () => inner.unlink(path)),
  };
}
