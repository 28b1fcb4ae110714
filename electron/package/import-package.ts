// Importing one application package, all or nothing: the package is staged and checked completely (see
// stage-package.ts) in a private directory under the store's tmp/, and only a package that passed every
// check is moved into the blob store, as one batch the store takes back if any part of it fails. The
// staging directory is removed in every case. importPackageInWorker (import-worker.ts) is the same with
// the staging done in a worker thread; this in-process form serves the CLI and the tests.
import { applicationFromManifest } from '../../shared/package/manifest';
import { error } from '../../shared/problems';
import type { BlobStore } from '../store/blob-store';
import { refused, type ImportOutcome, type ImportRefused, type ProgressListener, type StageOutcome } from './import-types';
import { storeStaged, withStaging } from './staging';
import { stagePackage } from './stage-package';
import type { ZipLimits } from './zip-limits';

export interface ImportOptions {
  limits?: Partial<ZipLimits>;
  onProgress?: ProgressListener;
  /** Defaults to county code and batch (applicationFromManifest). */
  applicationId?: string;
}

const ioRefusal = (cause: unknown): ImportRefused =>
  refused([error('package.io', '(store)', { detail: cause instanceof Error ? cause.message : String(cause) })]);

/** Moves a staged, checked package into the store and describes what was imported. */
export async function commitStaged(
  store: BlobStore,
  stagingDir: string,
  staged: Extract<StageOutcome, { ok: true }>,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  try {
    const blobs = staged.documents.map(({ file, sha256, size, path }) => ({ file, sha256, size, label: path }));
    await storeStaged(store, stagingDir, blobs, options.onProgress ?? (() => undefined));
  } catch (cause) {
    return ioRefusal(cause);
  }
  return {
    ok: true,
    application: applicationFromManifest(staged.manifest, options.applicationId),
    manifest: staged.manifest,
    documents: staged.documents.map(({ file: _file, ...document }) => document),
    warnings: staged.warnings,
  };
}

/** Runs `stage` in a fresh staging directory, commits what it staged, and removes the directory. */
export function importWithStaging(
  store: BlobStore,
  stage: (stagingDir: string) => Promise<StageOutcome>,
  options: ImportOptions,
): Promise<ImportOutcome> {
  return withStaging(store, ioRefusal, async (dir) => {
    const staged = await stage(dir);
    return staged.ok ? await commitStaged(store, dir, staged, options) : staged;
  });
}

export function importPackage(zipPath: string, store: BlobStore, options: ImportOptions = {}): Promise<ImportOutcome> {
  return importWithStaging(store, (dir) => stagePackage(zipPath, dir, { limits: options.limits, onProgress: options.onProgress, files: store.files }), options);
}
