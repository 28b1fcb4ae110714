// Everything under a data directory, as relative paths with a hash of each file's bytes: two snapshots
// are equal only when no file or folder was added, removed or changed.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export async function snapshot(root: string): Promise<string[]> {
  const lines: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const name = relative(root, path).split(sep).join('/');
    if (entry.isDirectory()) lines.push(`${name}/`);
    else lines.push(`${name} ${createHash('sha256').update(await readFile(path)).digest('hex')}`);
  }
  return lines.sort();
}

/** Files and folders under the store's tmp/ (empty when nothing was left behind). */
export const leftovers = async (root: string): Promise<string[]> => readdir(join(root, 'tmp'), { recursive: true });
