// The content-addressed store for documents: `blobs/<first 2 hex>/<sha256>` under the data directory, plus
// `tmp/` for files on their way in. A blob is placed only after its bytes were hashed by the store itself
// and matched the name it goes under, by writing a temporary file, flushing it, and renaming it into
// place; a name that is already present is left alone (same name, same bytes). A batch of blobs goes in
// all or nothing. Mutations are serialised, so a rollback never removes a blob another caller relies on.
// One store instance per data directory: the host process owns it.
import { randomUUID } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { blockWriter } from './block-writer';
import { hashStream, SHA256_HEX } from './hash-stream';
import { nodeStoreFileSystem, type StoreFileSystem } from './store-fs';

export interface PutResult {
  sha256: string;
  size: number;
  /** False when the blob was already in the store. */
  created: boolean;
}

/** A file in the store's `tmp/` (usually in a staging directory) and the hash its bytes must have. */
export interface BlobSource {
  path: string;
  sha256: string;
}

export class BlobHashMismatchError extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`blob hash mismatch: expected ${expected}, got ${actual}`);
    this.name = 'BlobHashMismatchError';
  }
}

/** A private directory under `tmp/` for the files of one import; dispose() removes it and all it holds. */
export interface Staging {
  dir: string;
  dispose(): Promise<void>;
}

export interface BlobStoreOptions {
  files?: StoreFileSystem;
  /** Remove what earlier runs left in `tmp/` (a crash mid-import); on by default. */
  sweepTemporary?: boolean;
}

function assertSha256(sha256: string): void {
  if (!SHA256_HEX.test(sha256)) throw new Error(`not a lowercase SHA-256: ${JSON.stringify(sha256)}`);
}

/**
 * Where the blob with this hash is under a store's root, without opening the store (which would sweep its
 * tmp/): for readers that only look a blob up, such as the document route of the local web host.
 */
export function blobPathIn(root: string, sha256: string): string {
  assertSha256(sha256);
  return join(resolve(root), 'blobs', sha256.slice(0, 2), sha256);
}

/** What a batch changed, so a failure can take it back. */
interface Undo {
  blobs: string[];
  dirs: string[];
}

export class BlobStore {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly root: string,
    readonly files: StoreFileSystem,
  ) {}

  static async open(root: string, options: BlobStoreOptions = {}): Promise<BlobStore> {
    const store = new BlobStore(resolve(root), options.files ?? nodeStoreFileSystem);
    await store.files.makeDirs(store.blobsDir);
    await store.files.makeDirs(store.tmpDir);
    if (options.sweepTemporary ?? true) {
      for (const name of await store.files.list(store.tmpDir)) await store.files.removeTree(join(store.tmpDir, name));
    }
    return store;
  }

  get blobsDir(): string {
    return join(this.root, 'blobs');
  }

  get tmpDir(): string {
    return join(this.root, 'tmp');
  }

  path(sha256: string): string {
    return blobPathIn(this.root, sha256);
  }

  has(sha256: string): Promise<boolean> {
    return this.files.exists(this.path(sha256));
  }

  read(sha256: string): Readable {
    return this.files.readFile(this.path(sha256));
  }

  async createStaging(): Promise<Staging> {
    const dir = join(this.tmpDir, `import-${randomUUID()}`);
    await this.files.makeDir(dir);
    const removeTree = (): Promise<void> => this.files.removeTree(dir);
    // One retry: a transient failure must not leave a document's bytes lying in tmp/ until the next start.
    return { dir, dispose: () => removeTree().catch(removeTree) };
  }

  /** Stores the bytes of a stream, if they hash to `sha256`. */
  async put(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, sha256: string): Promise<PutResult> {
    assertSha256(sha256);
    const temporary = join(this.tmpDir, `put-${randomUUID()}`);
    const file = await this.files.createFile(temporary);
    try {
      try {
        const blocks = blockWriter(file);
        await hashStream(source, (chunk) => blocks.write(chunk));
        await blocks.flush();
        await file.sync();
      } finally {
        await file.close();
      }
      const [result] = await this.putAll([{ path: temporary, sha256 }]);
      if (!result) throw new Error('putAll returned no result');
      return result;
    } finally {
      await this.files.removeFile(temporary);
    }
  }

  /**
   * Stores a file. A file inside `tmp/` is moved into place (and so consumed); any other file is copied.
   */
  async putFile(path: string, sha256: string): Promise<PutResult> {
    if (!this.isTemporary(path)) return this.put(this.files.readFile(path), sha256);
    const [result] = await this.putAll([{ path, sha256 }]);
    if (!result) throw new Error('putAll returned no result');
    return result;
  }

  /**
   * Moves files from `tmp/` into the store, all or nothing: if any fails to verify or to move, the blobs
   * this call created are removed again and the error is rethrown. Sources are consumed on success.
   * `onPlaced` hears of each source once it is in the store (for progress).
   */
  putAll(sources: readonly BlobSource[], onPlaced?: (index: number, result: PutResult) => void): Promise<PutResult[]> {
    for (const source of sources) {
      assertSha256(source.sha256);
      if (!this.isTemporary(source.path)) throw new Error(`not a file in the store's tmp/: ${source.path}`);
    }
    return this.exclusive(async () => {
      const undo: Undo = { blobs: [], dirs: [] };
      const results: PutResult[] = [];
      try {
        for (const [index, source] of sources.entries()) {
          const result = await this.place(source, undo);
          results.push(result);
          onPlaced?.(index, result);
        }
      } catch (cause) {
        await this.rollBack(undo);
        throw cause;
      }
      return results;
    });
  }

  private async place({ path, sha256 }: BlobSource, undo: Undo): Promise<PutResult> {
    const { sha256: actual, size } = await hashStream(this.files.readFile(path));
    if (actual !== sha256) throw new BlobHashMismatchError(sha256, actual);
    const target = this.path(sha256);
    if (await this.files.exists(target)) {
      await this.files.removeFile(path);
      return { sha256, size, created: false };
    }
    await this.files.syncFile(path);
    const shard = join(this.blobsDir, sha256.slice(0, 2));
    if (await this.files.makeDir(shard)) undo.dirs.push(shard);
    await this.files.rename(path, target);
    undo.blobs.push(target);
    await this.files.syncDir(shard);
    return { sha256, size, created: true };
  }

  private async rollBack(undo: Undo): Promise<void> {
    for (const blob of undo.blobs.reverse()) await this.files.removeFile(blob);
    for (const dir of undo.dirs.reverse()) await this.files.removeEmptyDir(dir);
  }

  private isTemporary(path: string): boolean {
    const inside = relative(this.tmpDir, resolve(path));
    return inside !== '' && !inside.startsWith('..') && !inside.startsWith(sep) && !/^[A-Za-z]:/.test(inside);
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
