// Where the manifest and the documents are in a listed archive. The manifest is at the root, or, when
// the county zipped the folder itself rather than its contents (Windows' "send to compressed folder" on
// the folder), at the root of the one folder holding everything; paths are then relative to that folder.
// Files the operating system added on its own (system-files.ts) are passed over.
import { MANIFEST_NAME } from '../../shared/package/manifest';
import { isSystemFile } from '../../shared/package/system-files';
import { refusal, WHOLE_ARCHIVE } from './package-refusal';
import type { ListedEntry } from './zip-listing';

export interface PackageLayout {
  manifest: ListedEntry;
  /** Every other file, with its path relative to the package root. */
  documents: { listed: ListedEntry; path: string }[];
}

export function packageLayout(entries: readonly ListedEntry[]): PackageLayout {
  const content = entries.filter((listed) => !isSystemFile(listed.path));
  const files = content.filter((listed) => !listed.isDirectory);
  let root = '';
  let manifest = files.find((listed) => listed.path === MANIFEST_NAME);
  if (manifest === undefined) {
    const tops = new Set(content.map((listed) => listed.path.split('/')[0]));
    const [top] = tops;
    if (tops.size === 1 && top !== undefined) {
      root = `${top}/`;
      manifest = files.find((listed) => listed.path === `${root}${MANIFEST_NAME}`);
    }
  }
  if (manifest === undefined) throw refusal('package.manifest.missing', WHOLE_ARCHIVE);
  const documents = files.filter((listed) => listed !== manifest).map((listed) => ({ listed, path: listed.path.slice(root.length) }));
  return { manifest, documents };
}
