// Reading a package into a staging directory: open the zip with every structural check, read and validate
// the manifest, compare the documents' names and sizes with it, then stream each document into its own
// file while hashing it, and compare the hashes. Runs in the import worker; touches nothing but the
// staging directory it is given (file names there are doc-0, doc-1…, never taken from the archive).
import { join } from 'node:path';
import { matchDocuments, type FoundDocument } from '../../shared/package/match-documents';
import { readManifestText } from '../../shared/package/read-manifest';
import type { PackageManifest } from '../../shared/package/manifest';
import { error, hasErrors, type Problem } from '../../shared/problems';
import { nodeStoreFileSystem, type StoreFileSystem } from '../store/store-fs';
import { refused, type ProgressListener, type StageOutcome, type StagedDocument } from './import-types';
import { packageLayout, type PackageLayout } from './package-layout';
import { fileSink, readingProgress, streamEntryHashed } from './stream-entry';
import { PackageRefusal, refusal } from './package-refusal';
import { formatBytes, zipLimits, type ZipLimits } from './zip-limits';
import { openZipReader, type ListedEntry, type ZipReader } from './zip-reader';

export interface StageOptions {
  limits?: Partial<ZipLimits>;
  onProgress?: ProgressListener;
  files?: StoreFileSystem;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

async function readManifest(reader: ZipReader, listed: ListedEntry, limits: ZipLimits): Promise<{ manifest: PackageManifest; warnings: Problem[] }> {
  const size = listed.entry.uncompressedSize;
  if (size > limits.maxManifestBytes) {
    throw refusal('package.manifest.tooLarge', listed.name, { size: formatBytes(size), limit: formatBytes(limits.maxManifestBytes) });
  }
  const chunks: Uint8Array[] = [];
  await reader.read(listed, async (chunk) => void chunks.push(chunk));
  let text: string;
  try {
    text = strictUtf8.decode(Buffer.concat(chunks));
  } catch {
    throw refusal('package.manifest.notUtf8', listed.name);
  }
  const { manifest, problems } = readManifestText(text);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (manifest === null || errors.length > 0) throw new PackageRefusal([...errors, ...problems.filter((p) => p.severity !== 'error')]);
  return { manifest, warnings: problems };
}

function refuseMismatch(problems: Problem[]): void {
  if (hasErrors(problems)) throw new PackageRefusal(problems);
}

async function stageDocuments(
  reader: ZipReader,
  layout: PackageLayout,
  stagingDir: string,
  files: StoreFileSystem,
  onProgress: ProgressListener,
): Promise<{ found: FoundDocument[]; fileOf: Map<string, string> }> {
  const progress = readingProgress(
    layout.documents.reduce((sum, { listed }) => sum + listed.entry.uncompressedSize, 0),
    onProgress,
  );
  progress.report(null);
  const found: FoundDocument[] = [];
  const fileOf = new Map<string, string>();
  for (const [index, { listed, path }] of layout.documents.entries()) {
    const file = `doc-${index}`;
    const sha256 = await streamEntryHashed(reader, listed, await fileSink(files, join(stagingDir, file)), (bytes) => progress.add(bytes, path));
    found.push({ path, size: listed.entry.uncompressedSize, sha256 });
    fileOf.set(path, file);
    progress.report(path);
  }
  progress.report(null);
  return { found, fileOf };
}

async function stage(zipPath: string, stagingDir: string, options: StageOptions): Promise<StageOutcome> {
  const limits = zipLimits(options.limits);
  const reader = await openZipReader(zipPath, limits);
  try {
    const layout = packageLayout(reader.entries);
    const { manifest, warnings } = await readManifest(reader, layout.manifest, limits);
    // Names and declared sizes first: a package that cannot match is refused before any document is read.
    refuseMismatch(matchDocuments(manifest, layout.documents.map(({ listed, path }) => ({ path, size: listed.entry.uncompressedSize }))));
    const { found, fileOf } = await stageDocuments(reader, layout, stagingDir, options.files ?? nodeStoreFileSystem, options.onProgress ?? (() => undefined));
    refuseMismatch(matchDocuments(manifest, found));
    const documents: StagedDocument[] = manifest.documents.map((document) => {
      const file = fileOf.get(document.path);
      if (file === undefined) throw new Error(`unreachable: ${document.path} matched but was not staged`);
      return { ...document, file };
    });
    return { ok: true, manifest, documents, warnings };
  } finally {
    reader.close();
  }
}

/** Never throws: a broken package, and any failure to write the staging files, comes back as a refusal. */
export async function stagePackage(zipPath: string, stagingDir: string, options: StageOptions = {}): Promise<StageOutcome> {
  try {
    return await stage(zipPath, stagingDir, options);
  } catch (cause) {
    if (cause instanceof PackageRefusal) return refused(cause.problems);
    return refused([error('package.io', '(file)', { detail: cause instanceof Error ? cause.message : String(cause) })]);
  }
}
