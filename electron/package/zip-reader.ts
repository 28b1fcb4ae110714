// A hardened zip reader on yauzl for packages from outside: the archive is checked as a whole before any
// data is read (every record's name, kind and sizes, name collisions, overlapping data), and each entry's
// data is checked again while it streams (its real length and CRC against the record). Nothing is ever
// extracted by name: callers get bytes and decide where they go.
import { open as openFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import yauzl, { type ZipFile } from 'yauzl';
import { refusal, WHOLE_ARCHIVE, type PackageRefusal } from './package-refusal';
import { refusalForZipError } from './zip-errors';
import type { ZipLimits } from './zip-limits';
import { checkOverlaps, listEntries, type ListedEntry } from './zip-listing';

export type { ListedEntry } from './zip-listing';

export interface ZipReader {
  /** Every record of the central directory, in archive order, folders included. */
  entries: readonly ListedEntry[];
  /** Streams an entry's bytes to `sink`, refusing on a length or CRC that differs from the record. */
  read(listed: ListedEntry, sink: (chunk: Uint8Array) => Promise<void>): Promise<void>;
  close(): void;
}

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];

/** Refuses, before yauzl sees it, a file that is empty or does not start like a zip (an .exe, a .rar, a PDF). */
async function sniff(path: string): Promise<void> {
  let head: Uint8Array;
  let size: number;
  try {
    const handle = await openFile(path, 'r');
    try {
      size = (await handle.stat()).size;
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (cause) {
    throw refusal('package.file.cannotOpen', WHOLE_ARCHIVE, { path, detail: cause instanceof Error ? cause.message : String(cause) });
  }
  if (size === 0) throw refusal('package.zip.empty', WHOLE_ARCHIVE);
  const startsWith = (magic: readonly number[]): boolean => magic.every((byte, i) => head[i] === byte);
  if (!startsWith(LOCAL_HEADER) && !startsWith(EMPTY_ARCHIVE)) throw refusal('package.zip.notZip', WHOLE_ARCHIVE);
}

function openYauzl(path: string): Promise<ZipFile> {
  // decodeStrings: false, because names are decoded by zip-entry-name.ts (yauzl knows only UTF-8 and CP437);
  // autoClose: false, because entries are read after the whole directory has been checked.
  const options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true, strictFileNames: false };
  return new Promise((resolve, reject) => {
    yauzl.open(path, options, (cause, zipfile) => {
      if (!cause) return resolve(zipfile);
      // The file starts like a zip (sniffed) but its end record is gone: cut short in a copy or download.
      if (/End of central directory record signature not found/.test(cause.message)) reject(refusal('package.zip.truncated', WHOLE_ARCHIVE));
      else reject(refusalForZipError(cause, WHOLE_ARCHIVE));
    });
  });
}

/** Marks a failure of the caller's sink, so it is not mistaken for a fault of the archive. */
class SinkFailure extends Error {
  constructor(override readonly cause: unknown) {
    super('sink failed');
  }
}

async function readEntryData(zipfile: ZipFile, { entry, name }: ListedEntry, sink: (chunk: Uint8Array) => Promise<void>): Promise<void> {
  const declared = entry.uncompressedSize;
  const sizeMismatch = (): PackageRefusal => refusal('package.zip.sizeMismatch', name, { name, declared });
  let size = 0;
  let crc = 0;
  try {
    const stream = await zipfile.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      // yauzl checks this too for deflated data; counting here also covers what it does not (and a future change).
      if (size > declared) throw sizeMismatch();
      crc = crc32(chunk, crc);
      try {
        await sink(chunk);
      } catch (cause) {
        throw new SinkFailure(cause);
      }
    }
  } catch (cause) {
    // A failure to write the bytes somewhere is the caller's, not the archive's.
    if (cause instanceof SinkFailure) throw cause.cause;
    throw refusalForZipError(cause, name, declared);
  }
  if (size !== declared) throw sizeMismatch();
  if (crc !== entry.crc32) throw refusal('package.zip.crcMismatch', name, { name });
}

export async function openZipReader(path: string, limits: ZipLimits): Promise<ZipReader> {
  await sniff(path);
  const zipfile = await openYauzl(path);
  // Keeps a late error (closing the file) from becoming an unhandled 'error' event; reads report their own.
  zipfile.on('error', () => undefined);
  try {
    if (zipfile.entryCount > limits.maxEntries) {
      throw refusal('package.zip.tooManyEntries', WHOLE_ARCHIVE, { count: zipfile.entryCount, limit: limits.maxEntries });
    }
    const entries = await listEntries(zipfile, limits);
    await checkOverlaps(zipfile, entries);
    return { entries, read: (listed, sink) => readEntryData(zipfile, listed, sink), close: () => zipfile.close() };
  } catch (cause) {
    zipfile.close();
    throw cause;
  }
}
