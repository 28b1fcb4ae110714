// The first half of every key file write: the whole text under a fresh temporary name beside the key file,
// owner-only and fsynced, so that whatever then puts it in place (a hard link for a new key, a rename for a
// migrated one) never exposes a half-written or unsynced key. The caller removes the temp name once it has
// put the file in place; a write that fails removes it here.
import { randomBytes } from 'node:crypto';
import { open, unlink } from 'node:fs/promises';

export async function writeSyncedTemp(path: string, text: string): Promise<string> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (cause) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw cause;
  }
  await handle.close();
  return temp;
}

/** Makes a rename or link inside `directory` durable (Windows cannot open folders: nothing to do there). */
export async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r').catch(() => null);
  await handle?.sync().finally(() => handle.close());
}
