// The `.rdsession` container the office sends to its experts: a zip of the signed `session.json` and every
// document the session lists, as `documents/<sha256>` (session-container-layout.ts). The office writes it
// (session-container-writer.ts); an expert opens it here: the container is read and checked completely
// into a private staging directory under the blob store's tmp/ (session-container-reader.ts), and only a
// container that passed every check has its documents moved into the store, as one batch the store takes
// back if any part fails. So a refused container leaves the store exactly as it was, and the staging
// directory is removed in every case.
// The reading runs in this process, not in the import worker: that worker's protocol is the package's
// (worker-messages.ts), and the zip reader it would isolate is the same hardened one used here, with limits.
import { join } from 'node:path';
import type { SessionPayload } from '../../shared/files/session-payload';
import { error } from '../../shared/problems';
import { refused, type ImportRefused, type ProgressListener } from '../package/import-types';
import type { ZipLimits } from '../package/zip-limits';
import type { BlobStore } from '../store/blob-store';
import { detailOf } from './file-error';
import { readSessionContainer, type ContainerBlob } from './session-container-reader';
import { WHOLE_CONTAINER } from './session-container-refusal';

export { writeSessionContainer, type WriteSessionOptions, type WriteSessionOutcome } from './session-container-writer';

export interface OpenSessionOptions {
  /** The office key the expert already knows (enrolled or read out): a container signed by another is refused. */
  expectedOfficeFingerprint?: string;
  /** Overrides of SESSION_CONTAINER_LIMITS. */
  limits?: Partial<ZipLimits>;
  /** `reading` while the documents are checked, then `storing` while they go into the store. */
  onProgress?: ProgressListener;
}

export type OpenSessionOutcome =
  | {
      ok: true;
      session: SessionPayload;
      officeFingerprint: string;
      exportHash: string;
      /** Distinct documents in the container, all now in the store. */
      documents: number;
    }
  | ImportRefused;

const ioRefusal = (cause: unknown): ImportRefused => refused([error('session.container.io', WHOLE_CONTAINER, { detail: detailOf(cause) })]);

/** Staging file names are chosen by the reader; anything else is not trusted as a path. */
const STAGED_FILE = /^doc-\d+$/;

async function commit(store: BlobStore, stagingDir: string, blobs: readonly ContainerBlob[], onProgress: ProgressListener): Promise<void> {
  const bytesTotal = blobs.reduce((sum, blob) => sum + blob.size, 0);
  let bytesDone = 0;
  onProgress({ stage: 'storing', bytesDone, bytesTotal, entry: null });
  const sources = blobs.map(({ file, sha256 }) => {
    if (file === null || !STAGED_FILE.test(file)) throw new Error(`unexpected staging file ${JSON.stringify(file)}`);
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

/** Opens a `.rdsession` into the expert's blob store, all or nothing. Never throws. */
export async function openSessionContainer(path: string, store: BlobStore, options: OpenSessionOptions = {}): Promise<OpenSessionOutcome> {
  const onProgress = options.onProgress ?? (() => undefined);
  let staging;
  try {
    staging = await store.createStaging();
  } catch (cause) {
    return ioRefusal(cause);
  }
  try {
    const read = await readSessionContainer(path, { ...options, onProgress, stagingDir: staging.dir, files: store.files });
    if (!read.ok) return read;
    try {
      await commit(store, staging.dir, read.documents, onProgress);
    } catch (cause) {
      return ioRefusal(cause);
    }
    const { payload, signerFingerprint, exportHash } = read.signed;
    return { ok: true, session: payload, officeFingerprint: signerFingerprint, exportHash, documents: read.documents.length };
  } finally {
    // A directory that still cannot be removed is swept when the store next opens.
    await staging.dispose().catch(() => undefined);
  }
}
