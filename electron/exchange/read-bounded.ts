// Reading a file someone handed us (a USB stick, a shared folder, a file picked in a dialog) with a size
// limit: a file over the limit is refused by its size and never read into memory, one that grows while we
// read stops being read at the limit, and links are not followed, so a link planted in a shared folder
// cannot make the office read a file from elsewhere on its disk.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** A file's bytes, or (when it is over the limit) only its size. */
export type BoundedRead = { ok: true; bytes: Uint8Array } | { ok: false; size: number };

const CHUNK = 1024 * 1024;

export async function readBounded(path: string, maxBytes: number): Promise<BoundedRead> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return { ok: false, size };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { ok: false, size: total };
    }
    return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks, total)) };
  } finally {
    await handle.close();
  }
}
