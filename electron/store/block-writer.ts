// Writes a stream's chunks to a file in blocks of a fixed size (the last one shorter). Streams hand over
// chunks of whatever size timing produced (16 KiB from inflate, merged when the reader lags); fixed
// blocks mean few large writes, and the same writes for the same bytes every time.
import type { WritableFile } from './store-fs';

export const WRITE_BLOCK_SIZE = 1024 * 1024;

export interface BlockWriter {
  write(chunk: Uint8Array): Promise<void>;
  /** Writes what is left; call once at the end. */
  flush(): Promise<void>;
}

export function blockWriter(file: WritableFile, blockSize = WRITE_BLOCK_SIZE): BlockWriter {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  return {
    async write(chunk) {
      pending.push(chunk);
      pendingBytes += chunk.byteLength;
      if (pendingBytes < blockSize) return;
      let joined = Buffer.concat(pending);
      while (joined.byteLength >= blockSize) {
        await file.write(joined.subarray(0, blockSize));
        joined = joined.subarray(blockSize);
      }
      pending = joined.byteLength > 0 ? [joined] : [];
      pendingBytes = joined.byteLength;
    },
    async flush() {
      if (pendingBytes > 0) await file.write(Buffer.concat(pending));
      pending = [];
      pendingBytes = 0;
    },
  };
}
