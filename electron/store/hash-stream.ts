// SHA-256 and length of a byte stream, optionally passing each chunk on (to a file being written) so a
// document is hashed in the same single pass that copies it.
import { createHash } from 'node:crypto';

export interface HashedBytes {
  sha256: string;
  size: number;
}

export async function hashStream(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  onChunk?: (chunk: Uint8Array) => Promise<void> | void,
): Promise<HashedBytes> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of source) {
    hash.update(chunk);
    size += chunk.byteLength;
    if (onChunk) await onChunk(chunk);
  }
  return { sha256: hash.digest('hex'), size };
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
