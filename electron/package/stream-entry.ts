// Streaming one zip entry to where it is staged while hashing it, with throttled "reading" progress: the
// step both package import (stage-package.ts) and session opening (session-container-reader.ts) repeat
// for every document. The sink is a staging file, or nothing when only the hash is wanted.
import { createHash } from 'node:crypto';
import { blockWriter } from '../store/block-writer';
import type { StoreFileSystem } from '../store/store-fs';
import type { ProgressListener } from './import-types';
import type { ListedEntry, ZipReader } from './zip-reader';

/** Progress is reported at least every this many bytes (and at each document's end). */
const PROGRESS_STEP = 1024 * 1024;

export interface EntrySink {
  write(chunk: Uint8Array): Promise<void>;
  /** Flushes and syncs unless the read failed, then closes whatever happened. */
  finish(failed: boolean): Promise<void>;
}

export const discardSink: EntrySink = { write: async () => undefined, finish: async () => undefined };

/** A new file written in whole blocks (so the number of file operations does not depend on chunk timing). */
export async function fileSink(files: StoreFileSystem, path: string): Promise<EntrySink> {
  const out = await files.createFile(path);
  const blocks = blockWriter(out);
  return {
    write: (chunk) => blocks.write(chunk),
    async finish(failed) {
      try {
        if (!failed) {
          await blocks.flush();
          await out.sync();
        }
      } finally {
        await out.close();
      }
    },
  };
}

export interface ReadingProgress {
  /** Counts bytes read for `label`, reporting once a step's worth has passed. */
  add(bytes: number, label: string): void;
  /** Reports the current count now (a document finished; null: the stage starts or ends). */
  report(label: string | null): void;
}

export function readingProgress(bytesTotal: number, onProgress: ProgressListener): ReadingProgress {
  let bytesDone = 0;
  let reported = 0;
  const report = (entry: string | null): void => {
    reported = bytesDone;
    onProgress({ stage: 'reading', bytesDone, bytesTotal, entry });
  };
  return {
    add(bytes, label) {
      bytesDone += bytes;
      if (bytesDone - reported >= PROGRESS_STEP) report(label);
    },
    report,
  };
}

/** Streams `listed` into `sink`, returning its SHA-256 (hex). The sink is finished whatever happens; a read
 * failure is the one reported when both fail. */
export async function streamEntryHashed(reader: ZipReader, listed: ListedEntry, sink: EntrySink, onBytes: (bytes: number) => void): Promise<string> {
  const hash = createHash('sha256');
  let failure: { cause: unknown } | null = null;
  try {
    await reader.read(listed, async (chunk) => {
      hash.update(chunk);
      await sink.write(chunk);
      onBytes(chunk.byteLength);
    });
  } catch (cause) {
    failure = { cause };
  }
  await sink.finish(failure !== null).catch((cause: unknown) => (failure ??= { cause }));
  if (failure !== null) throw failure.cause;
  return hash.digest('hex');
}
