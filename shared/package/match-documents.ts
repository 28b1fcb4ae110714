// Does the package hold exactly what its manifest lists? Run twice by the importer: on the names and
// declared sizes before any document is read (a wrong package is refused before it costs a disk write),
// and on the actual sizes and hashes once every document has been read.
import { error, type Problem } from '../problems';
import type { PackageManifest } from './manifest';

export interface FoundDocument {
  /** The entry's path relative to the package root, NFC. */
  path: string;
  size: number;
  /** Absent in the first pass, before the entry has been read. */
  sha256?: string;
}

export function matchDocuments(manifest: PackageManifest, found: readonly FoundDocument[]): Problem[] {
  const problems: Problem[] = [];
  const byPath = new Map(found.map((document) => [document.path, document]));
  const listed = new Set<string>();
  manifest.documents.forEach((document, index) => {
    listed.add(document.path);
    const where = `documents.${index}`;
    const actual = byPath.get(document.path);
    if (actual === undefined) {
      problems.push(error('package.manifest.mismatch.missing', where, { path: document.path }));
    } else if (actual.size !== document.size) {
      problems.push(error('package.manifest.mismatch.size', where, { path: document.path, expected: document.size, actual: actual.size }));
    } else if (actual.sha256 !== undefined && actual.sha256 !== document.sha256) {
      problems.push(error('package.manifest.mismatch.sha256', where, { path: document.path, expected: document.sha256, actual: actual.sha256 }));
    }
  });
  for (const document of found) {
    if (!listed.has(document.path)) problems.push(error('package.manifest.mismatch.extra', document.path, { path: document.path }));
  }
  return problems;
}
