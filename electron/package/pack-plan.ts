// What goes into a package the office assembles from a folder of loose files: every file but the ones the
// operating system adds (system-files.ts), each with a role (from the command line, else the metadata
// file, else guessed from its name) and a title (from the metadata, else the file name).
import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { guessRole } from '../../shared/package/guess-role';
import type { DocumentRole } from '../../shared/package/manifest';
import type { PackMetadata } from '../../shared/package/pack-metadata';
import { isSystemFile } from '../../shared/package/system-files';
import { error, type Problem } from '../../shared/problems';

export type RoleSource = { kind: 'option' } | { kind: 'metadata' } | { kind: 'name'; words: string } | { kind: 'fallback' };

export interface PlannedDocument {
  /** Inside the package: relative to the folder, `/`-separated, NFC. */
  path: string;
  /** On this machine. */
  file: string;
  role: DocumentRole;
  roleSource: RoleSource;
  title: string;
}

export interface PackPlan {
  documents: PlannedDocument[];
  /** System files left out, as package paths. */
  skipped: string[];
  problems: Problem[];
}

const titleOf = (path: string): string => (path.split('/').at(-1) ?? path).replace(/\.[^.]+$/, '') || path;

/**
 * Plans a package of `folder`. `exclude` is a file never to include (the package being written, when it
 * is inside the folder); `roles` are the command line's corrections, by package path.
 */
export async function planPackage(
  folder: string,
  metadata: PackMetadata,
  roles: ReadonlyMap<string, DocumentRole> = new Map(),
  exclude?: string,
): Promise<PackPlan> {
  const root = resolve(folder);
  const excluded = exclude === undefined ? null : resolve(exclude);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const documents: PlannedDocument[] = [];
  const skipped: string[] = [];
  const described = new Map(metadata.documents.map((document) => [document.path, document]));
  for (const entry of entries) {
    // Links are not followed: a package holds the folder's own files, nothing it points to.
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    if (file === excluded) continue;
    const path = relative(root, file).split(sep).join('/').normalize('NFC');
    if (isSystemFile(path)) {
      skipped.push(path);
      continue;
    }
    const stated = described.get(path);
    const guess = guessRole(path);
    const role = roles.get(path) ?? stated?.role ?? guess.role;
    const roleSource: RoleSource = roles.has(path)
      ? { kind: 'option' }
      : stated?.role !== undefined
        ? { kind: 'metadata' }
        : guess.matched !== null
          ? { kind: 'name', words: guess.matched }
          : { kind: 'fallback' };
    documents.push({ path, file, role, roleSource, title: stated?.title ?? titleOf(path) });
  }
  documents.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const present = new Set(documents.map((document) => document.path));
  const problems = [...described.keys(), ...roles.keys()]
    .filter((path) => !present.has(path))
    .map((path) => error('package.cli.metaDocumentMissing', path, { path }));
  return { documents, skipped: skipped.sort(), problems };
}
