// A sync folder in memory, for tests: the same contract as the folder on disk, plus `put` to drop in any
// bytes the way a person or a slow USB copy would (half a file now, the rest later).
import { error } from '../../shared/problems';
import { FileError } from '../files/file-error';
import type { Verify } from '../files/write-verified';
import { assertPlainName, type SyncFolder } from './sync-folder-port';

export interface MemorySyncFolder extends SyncFolder {
  /** Places bytes under a name as they are, with no checks (a copy made by hand, or still in progress). */
  put(name: string, bytes: Uint8Array): void;
  remove(name: string): void;
  /** A copy of what the folder holds now. */
  contents(): Map<string, Uint8Array>;
}

export function memorySyncFolder(location = 'memory:/sync'): MemorySyncFolder {
  const files = new Map<string, Uint8Array>();
  const pathOf = (name: string): string => {
    assertPlainName(name);
    return `${location}/${name}`;
  };
  return {
    location,
    list: () => Promise.resolve([...files.keys()].sort()),
    read(name, maxBytes) {
      const bytes = files.get(name);
      if (!bytes) return Promise.reject(Object.assign(new Error(`ENOENT: ${pathOf(name)}`), { code: 'ENOENT' }));
      return Promise.resolve(bytes.length > maxBytes ? { ok: false, size: bytes.length } : { ok: true, bytes: Uint8Array.from(bytes) });
    },
    async write(name: string, bytes: Uint8Array, verify: Verify) {
      const copy = Uint8Array.from(bytes);
      // Like writeFileVerified: checked before it takes the name, so a refused write leaves the old file.
      if (!(await verify(Uint8Array.from(copy)))) {
        throw new FileError(error('crypto.write.verifyFailed', pathOf(name), { path: pathOf(name) }));
      }
      files.set(name, copy);
    },
    pathOf,
    put(name, bytes) {
      assertPlainName(name);
      files.set(name, Uint8Array.from(bytes));
    },
    remove: (name) => void files.delete(name),
    contents: () => new Map([...files].map(([name, bytes]) => [name, Uint8Array.from(bytes)])),
  };
}
