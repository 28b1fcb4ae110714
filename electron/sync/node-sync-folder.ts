// The sync folder on disk: bounded reads that do not follow links (read-bounded.ts), and the verified write
// every export uses (temp file, fsync, rename, read back).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readBounded } from '../exchange/read-bounded';
import type { FileSystem } from '../files/file-system-port';
import { writeFileVerified } from '../files/write-verified';
import { assertPlainName, type SyncFolder } from './sync-folder-port';

export function nodeSyncFolder(root: string, options: { fs?: FileSystem } = {}): SyncFolder {
  const pathOf = (name: string): string => {
    assertPlainName(name);
    return join(root, name);
  };
  return {
    location: root,
    async list() {
      const entries = await readdir(root, { withFileTypes: true });
      return entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
    },
    read: (name, maxBytes) => readBounded(pathOf(name), maxBytes),
    write: (name, bytes, verify) => writeFileVerified(pathOf(name), bytes, verify, { fs: options.fs }),
    pathOf,
  };
}
