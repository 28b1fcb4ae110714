// The staging lifecycle every all-or-nothing import shares (packages, session containers): a private
// directory under the blob store's tmp/, filled and checked by the reader, then moved into the store as one
// batch the store takes back if any part fails, and removed in every case.
import { join } from 'node:path';
import type { BlobStore } from '../store/blob-store';
import type { ImportRefused, ProgressListener } from './import-types';

/** Staging file names are chosen by our readers (doc-0, doc-1…); anything else is not trusted as a path. */
const STAGED_FILE = /^doc-\d+$/;

export interface StagedBlob {
  /** The file's name in the staging directory. */
  file: string;
  sha256: string;
  size: number;
  /** What progress shows while it is stored. */
  label: string | null;
}

/**
 * Runs `work` with a fresh staging directory and removes it afterwards. `ioRefusal` phrases a failure to make
 * the directory in the caller's terms (package or session).
 */
export async function withStaging<T>(
  store: BlobStore,
  ioRefusal: (cause: unknown) => ImportRefused,
  work: (stagingDir: string) => Promise<T | ImportRefused>,
): Promise<T | ImportRefused> {
  let staging;
  try {
    staging = await store.createStaging();
  } catch (cause) {
    return ioRefusal(cause);
  }
  try {
    return await work(staging.dir);
  } finally {
    // A directory that still cannot be removed is swept when the store next opens.
    await staging.dispose().catch(() => undefined);
  }
}

/** Moves staged blobs into the store as one batch ('storing' progress); throws when the store fails. */
export async function storeStaged(store: BlobStore, stagingDir: string, blobs: readonly StagedBlob[], onProgress: ProgressListener): Promise<void> {
  const bytesTotal = blobs.reduce((sum, blob) => sum + blob.size, 0);
  let bytesDone = 0;
  onProgress({ stage: 'storing', bytesDone, bytesTotal, entry: null });
  const sources = blobs.map(({ file, sha256 }) => {
    if (!STAGED_FILE.test(file)) throw new Error(`unexpected staging file name ${JSON.stringify(file)}`);
    return { path: join(stagingDir, file), sha256 };
  });
  // The store hashes each file once more as it places it, and takes the whole batch back on any failure.
  await store.putAll(sources, (index) => {
    const blob = blobs[index];
    bytesDone += blob?.size ?? 0;
    onProgress({ stage: 'storing', bytesDone, bytesTotal, entry: blob?.label ?? null });
  });
  onProgress({ stage: 'storing', bytesDone: bytesTotal, bytesTotal, entry: null });
}
