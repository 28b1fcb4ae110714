// The `.rdsession` container the office sends to its experts: a zip of the signed `session.json` and every
// document the session lists, as `documents/<sha256>` (session-container-layout.ts). The office writes it
// (session-container-writer.ts); an expert opens it here: the container is read and checked completely
// into a private staging directory under the blob store's tmp/ (session-container-reader.ts), and only a
// container that passed every check has its documents moved into the store, as one batch the store takes
// back if any part fails. So a refused container leaves the store exactly as it was, and the staging
// directory is removed in every case.
// Where the host has an isolated worker (Electron: a utilityProcess), the reading runs there and its answer is
// verified again here (isolated-session-stage.ts); elsewhere (the CLI, the local web host) it runs in this
// process, with the same hardened zip reader and limits.
import type { SessionPayload } from '../../shared/files/session-payload';
import { error } from '../../shared/problems';
import { refused, type ImportRefused, type ProgressListener } from '../package/import-types';
import { storeStaged, withStaging } from '../package/staging';
import type { ZipLimits } from '../package/zip-limits';
import type { BlobStore } from '../store/blob-store';
import { detailOf } from './file-error';
import type { IsolatedWorkerPort } from '../host/ports';
import { readSessionThroughPort } from './isolated-session-stage';
import { readSessionContainer } from './session-container-reader';
import { WHOLE_CONTAINER } from './session-container-refusal';

export { writeSessionContainer, type WriteSessionOptions, type WriteSessionOutcome } from './session-container-writer';

export interface OpenSessionOptions {
  /** The office key the expert already knows (enrolled or read out): a container signed by another is refused. */
  expectedOfficeFingerprint?: string;
  /** Overrides of SESSION_CONTAINER_LIMITS. */
  limits?: Partial<ZipLimits>;
  /** `reading` while the documents are checked, then `storing` while they go into the store. */
  onProgress?: ProgressListener;
  /** Where to parse the container when it is isolated (the host's port); otherwise it is read in this process. */
  isolatedWorker?: IsolatedWorkerPort;
  /** The caller gave up (only an isolated read can be stopped half-way). */
  signal?: AbortSignal;
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

/** Opens a `.rdsession` into the expert's blob store, all or nothing. Never throws, except with the signal's reason. */
export function openSessionContainer(path: string, store: BlobStore, options: OpenSessionOptions = {}): Promise<OpenSessionOutcome> {
  const onProgress = options.onProgress ?? (() => undefined);
  return withStaging(store, ioRefusal, async (stagingDir) => {
    const { isolatedWorker, signal, ...readOptions } = options;
    const read =
      isolatedWorker?.isolated === true
        ? await readSessionThroughPort(isolatedWorker, path, stagingDir, { ...readOptions, onProgress, ...(signal === undefined ? {} : { signal }) })
        : await readSessionContainer(path, { ...readOptions, onProgress, stagingDir, files: store.files });
    if (!read.ok) return read;
    try {
      const blobs = read.documents.map(({ file, sha256, size, label }) => {
        if (file === null) throw new Error('a document was not staged');
        return { file, sha256, size, label };
      });
      await storeStaged(store, stagingDir, blobs, onProgress);
    } catch (cause) {
      return ioRefusal(cause);
    }
    const { payload, signerFingerprint, exportHash } = read.signed;
    return { ok: true as const, session: payload, officeFingerprint: signerFingerprint, exportHash, documents: read.documents.length };
  });
}
