// Writing an application package: hash every planned document, build and check the manifest, write the
// zip with yazl (UTF-8 names, flagged as such) to a temporary file, flush it, rename it into place, then
// read it back through the same importer the office uses. The package is reported written only when that
// re-import yields exactly the manifest's documents; otherwise the file is deleted.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { canonicalJson } from '../../shared/util/canonical-json';
import { MANIFEST_NAME, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type PackageManifest } from '../../shared/package/manifest';
import type { PackMetadata } from '../../shared/package/pack-metadata';
import { readManifest } from '../../shared/package/read-manifest';
import { hasErrors, type Problem } from '../../shared/problems';
import { hashStream } from '../store/hash-stream';
import type { PackPlan } from './pack-plan';
import { stagePackage } from './stage-package';

export type PackOutcome = { ok: true; manifest: PackageManifest; warnings: Problem[] } | { ok: false; stage: 'manifest' | 'verify'; problems: Problem[] };

/** Formats that are compressed already: deflating them again costs time and saves nothing. */
const STORED_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.gif', '.webp', '.heic', '.mp4', '.mov', '.avi', '.mkv', '.mp3', '.m4a', '.zip', '.rar', '.7z', '.docx', '.xlsx', '.pptx']);

async function buildManifest(plan: PackPlan, metadata: PackMetadata): Promise<unknown> {
  const documents = [];
  for (const document of plan.documents) {
    const { sha256, size } = await hashStream(createReadStream(document.file));
    documents.push({ path: document.path, role: document.role, title: document.title, size, sha256 });
  }
  const { documents: _described, ...county } = metadata;
  return { format: PACKAGE_FORMAT, formatVersion: PACKAGE_FORMAT_VERSION, ...county, documents };
}

async function writeZip(manifest: PackageManifest, plan: PackPlan, path: string): Promise<void> {
  const zip = new yazl.ZipFile();
  // Sorted keys, two-space indent: the same metadata always gives the same manifest bytes, and people can read it.
  const manifestText = `${JSON.stringify(JSON.parse(canonicalJson(manifest)), null, 2)}\n`;
  zip.addBuffer(Buffer.from(manifestText, 'utf8'), MANIFEST_NAME);
  const fileOf = new Map(plan.documents.map((document) => [document.path, document.file]));
  for (const document of manifest.documents) {
    const file = fileOf.get(document.path);
    if (file === undefined) throw new Error(`unreachable: ${document.path} is not planned`);
    zip.addFile(file, document.path, { compress: !STORED_EXTENSIONS.has(extname(document.path).toLowerCase()) });
  }
  zip.end();
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await pipeline(zip.outputStream, createWriteStream(temporary, { flags: 'wx', flush: true }));
    await rename(temporary, path);
  } catch (cause) {
    await rm(temporary, { force: true });
    throw cause;
  }
}

/** Reads the written package back as an import would; problems if it does not give the manifest's documents. */
async function verifyPackage(path: string, manifest: PackageManifest): Promise<Problem[]> {
  const stagingDir = await mkdtemp(join(tmpdir(), 'review-desk-pack-'));
  try {
    const outcome = await stagePackage(path, stagingDir);
    if (!outcome.ok) return outcome.problems;
    const written = outcome.documents.map(({ file: _file, ...document }) => document);
    if (canonicalJson(written) !== canonicalJson(manifest.documents)) throw new Error('re-imported documents differ from the manifest');
    return [];
  } finally {
    await rm(stagingDir, { recursive: true, force: true });
  }
}

/** Throws only when a file cannot be read or written; a package that is wrong comes back as problems. */
export async function writePackage(plan: PackPlan, metadata: PackMetadata, outPath: string): Promise<PackOutcome> {
  const { manifest, problems } = readManifest(await buildManifest(plan, metadata));
  if (manifest === null || hasErrors(problems)) return { ok: false, stage: 'manifest', problems };
  await writeZip(manifest, plan, outPath);
  const failures = await verifyPackage(outPath, manifest);
  if (failures.length > 0) {
    await rm(outPath, { force: true });
    return { ok: false, stage: 'verify', problems: failures };
  }
  return { ok: true, manifest, warnings: problems };
}
