// Writing the bytes of a `.rdsession` container into a new file with yazl: session.json, then each
// document streamed from the blob store one at a time (opened only when yazl reaches it). Every entry is
// stored, not deflated: the documents are scans, photos and PDFs that do not shrink, and stored entries
// make the same session give the same bytes whatever zlib version runs. The file is flushed to the disk
// before this returns; placing it (rename) and checking it are the caller's (session-container-writer.ts).
import type { Readable } from 'node:stream';
import yazl from 'yazl';
import type { BlobStore } from '../store/blob-store';
import { blockWriter } from '../store/block-writer';
import type { StoreFileSystem } from '../store/store-fs';
import { documentEntryName, SESSION_ENTRY, type ContainerDocument } from './session-container-layout';

/** A fixed entry time: the container's bytes depend on the session only (yazl would stamp "now"). */
const ENTRY_TIME = new Date(Date.UTC(2020, 0, 1));

const asError = (cause: unknown): Error => (cause instanceof Error ? cause : new Error(String(cause)));

/**
 * The zip as a stream. A failure anywhere (a blob that cannot be read, a blob whose length is not the
 * listed size) ends the stream with that error: yazl reports such failures as an 'error' event on the
 * ZipFile, which nothing reading its output would otherwise notice, and leaves the output hanging.
 */
function containerStream(sessionBytes: Uint8Array, documents: readonly ContainerDocument[], store: BlobStore): { output: Readable; release(): void } {
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as Readable;
  const opened: Readable[] = [];
  const abort = (cause: unknown): void => void output.destroy(asError(cause));
  zip.on('error', abort);
  const options = { compress: false, mtime: ENTRY_TIME };
  zip.addBuffer(Buffer.from(sessionBytes), SESSION_ENTRY, options);
  for (const { sha256, size } of documents) {
    zip.addReadStreamLazy(documentEntryName(sha256), { ...options, size }, (callback) => {
      const blob = store.read(sha256);
      opened.push(blob);
      // yazl pipes the blob without listening for its errors; unheard, one would crash the process.
      blob.on('error', abort);
      callback(null, blob);
    });
  }
  zip.end();
  // A stream left half-read after a failure keeps its file open; release() closes them all.
  return { output, release: () => opened.forEach((blob) => blob.destroy()) };
}

/** Writes the container to `path`, which must not exist yet; returns its length. Throws on any failure. */
export async function writeContainerFile(
  path: string,
  sessionBytes: Uint8Array,
  documents: readonly ContainerDocument[],
  store: BlobStore,
  files: StoreFileSystem,
): Promise<number> {
  const out = await files.createFile(path);
  const { output, release } = containerStream(sessionBytes, documents, store);
  const blocks = blockWriter(out);
  let length = 0;
  let failure: { cause: unknown } | null = null;
  try {
    for await (const chunk of output as AsyncIterable<Buffer>) {
      length += chunk.byteLength;
      await blocks.write(chunk);
    }
    await blocks.flush();
    await out.sync();
  } catch (cause) {
    failure = { cause };
    output.destroy();
  } finally {
    release();
  }
  // close() can report a deferred write error (network shares do), so its failure counts too.
  await out.close().catch((cause: unknown) => (failure ??= { cause }));
  if (failure !== null) throw failure.cause;
  return length;
}
