// Importing one application package, all or nothing: the package is staged and checked completely (see
// stage-package.ts) in a private directory under the store's tmp/, and only a package that passed every
// check is moved into the blob store, as one batch the store takes back if any part of it fails. The
// staging directory is removed in every case. importPackageInWorker (import-worker.ts) is the same with
// the staging done in a worker thread; this in-process form serves the CLI and the tests.
import { join } from 'node:path';
import { applicationFromManifest } from '../../shared/package/manifest';
import { error } from '../../shared/problems';
import type { BlobStore } from '../store/blob-store';
import { refused, type ImportOutcome, type ProgressListener, type StageOutcome } from './import-types';
import { stagePackage } from './stage-package';
import type { ZipLimits } from './zip-limits';

export interface ImportOptions {
  limits?: Partial<ZipLimits>;
  onProgress?: ProgressListener;
  /** Defaults to county code and batch (applicationFromManifest). */
  applicationId?: string;
}

/** Staging file names are chosen by the stager; anything else from a worker is not trusted as a path. */
const STAGED_FILE = /^doc-\d+$/;

const ioRefusal = (cause: unknown): ImportOutcome =>
  refused([error('package.io', '(store)', { detail: cause instanceof Error ? cause.message : String(cause) })]);

/** Moves a staged, checked package into the store and describes what was imported. */
export async function commitStaged(
  store: BlobStore,
  stagingDir: string,
  staged: Extract<StageOutcome, { ok: true }>,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const onProgress = options.onProgress ?? (() => undefined);
  const bytesTotal = staged.documents.reduce((sum, document) => sum + document.size, 0);
  let bytesDone = 0;
  onProgress({ stage: 'storing', bytesDone, bytesTotal, entry: null });
  try {
    const sources = staged.documents.map(({ file, sha256 }) => {
      if (!STAGED_FILE.test(file)) throw new Error(`unexpected staging file name ${JSON.stringify(file)}`);
      return { path: join(stagingDir, file), sha256 };
    });
    await store.putAll(sources, (index) => {
      const document = staged.documents[index];
      bytesDone += document?.size ?? 0;
      onProgress({ stage: 'storing', bytesDone, bytesTotal, entry: document?.path ?? null });
    });
  } catch (cause) {
    return ioRefusal(cause);
  }
  onProgress({ stage: 'storing', bytesDone: bytesTotal, bytesTotal, entry: null });
  return {
    ok: true,
    application: applicationFromManifest(staged.manifest, options.applicationId),
    manifest: staged.manifest,
    documents: staged.documents.map(({ file: _file, ...document }) => document),
    warnings: staged.warnings,
  };
}

/** Runs `stage` in a fresh staging directory, commits what it staged, and removes the directory. */
export async function importWithStaging(
  store: BlobStore,
  stage: (stagingDir: string) => Promise<StageOutcome>,
  options: ImportOptions,
): Promise<ImportOutcome> {
  let staging;
  try {
    staging = await store.createStaging();
  } catch (cause) {
    return ioRefusal(cause);
  }
  try {
    const staged = await stage(staging.dir);
    return staged.ok ? await commitStaged(store, staging.dir, staged, options) : staged;
  } finally {
    // A directory that still cannot be removed is swept when the store next opens.
    await staging.dispose().catch(() => undefined);
  }
}

export function importPackage(zipPath: string, store: BlobStore, options: ImportOptions = {}): Promise<ImportOutcome> {
  return importWithStaging(store, (dir) => stagePackage(zipPath, dir, { limits: options.limits, onProgress: options.onProgress, files: store.files }), options);
}
