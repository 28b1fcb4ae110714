// The central-directory pass: every record is decoded and checked on its own (zip-entry-name.ts,
// zip-entry-checks.ts), then against the others: names that one file system would take for the same file,
// a name that is both a file and a folder, the running total of sizes, and data ranges that overlap (the
// trick of the "better zip bombs", where many records share one compressed stream).
import type { Entry, ZipFile } from 'yauzl';
import { collisionKey } from '../../shared/package/document-path';
import { refusal, WHOLE_ARCHIVE } from './package-refusal';
import { checkEntryKind, checkEntrySize } from './zip-entry-checks';
import { decodeEntryName, entryPathOf, unflaggedEncodingOf } from './zip-entry-name';
import { refusalForZipError } from './zip-errors';
import { formatBytes, type ZipLimits } from './zip-limits';

export interface ListedEntry {
  entry: Entry;
  /** The decoded name as stored, for messages. */
  name: string;
  /** NFC, `/`-separated, no trailing slash. */
  path: string;
  isDirectory: boolean;
}

function nextEntry(zipfile: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const settle = (): void => {
      zipfile.off('entry', onEntry);
      zipfile.off('end', onEnd);
      zipfile.off('error', onError);
    };
    const onEntry = (entry: Entry): void => (settle(), resolve(entry));
    const onEnd = (): void => (settle(), resolve(null));
    const onError = (cause: Error): void => (settle(), reject(cause));
    zipfile.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zipfile.readEntry();
  });
}

/** Every folder a path lies in: `a/b/c` → `a`, `a/b`. */
const ancestorsOf = (path: string): string[] => path.split('/').slice(0, -1).map((_, i, segments) => segments.slice(0, i + 1).join('/'));

/** The raw records; names are decoded once all are known (zip-entry-name.ts decides per archive). */
async function readRecords(zipfile: ZipFile): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (;;) {
    let entry: Entry | null;
    try {
      entry = await nextEntry(zipfile);
    } catch (cause) {
      throw refusalForZipError(cause, `#${zipfile.entriesRead + 1}`);
    }
    if (entry === null) return entries;
    entries.push(entry);
  }
}

export async function listEntries(zipfile: ZipFile, limits: ZipLimits): Promise<ListedEntry[]> {
  const entries = await readRecords(zipfile);
  const unflagged = unflaggedEncodingOf(entries);
  const listed: ListedEntry[] = [];
  const files = new Map<string, string>();
  const foldedFiles = new Map<string, string>();
  let total = 0;
  for (const entry of entries) {
    const name = decodeEntryName(entry, unflagged);
    const { path, isDirectory } = entryPathOf(name);
    checkEntryKind(entry, name);
    if (!isDirectory) {
      checkEntrySize(entry, name, limits);
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) {
        throw refusal('package.zip.tooLarge', WHOLE_ARCHIVE, { size: formatBytes(total), limit: formatBytes(limits.maxTotalBytes) });
      }
      const same = files.get(path);
      if (same !== undefined) throw refusal('package.zip.duplicate', name, { name, first: same });
      const folded = foldedFiles.get(collisionKey(path));
      if (folded !== undefined) throw refusal('package.zip.caseCollision', name, { name, first: folded });
      files.set(path, name);
      foldedFiles.set(collisionKey(path), name);
    }
    listed.push({ entry, name, path, isDirectory });
  }
  checkFileFolderConflicts(listed, foldedFiles);
  return listed;
}

/** A name used both for a file and for a folder (`a` and `a/b`, or `a` and `a/`) cannot be unpacked. */
function checkFileFolderConflicts(listed: readonly ListedEntry[], foldedFiles: ReadonlyMap<string, string>): void {
  for (const { path, name, isDirectory } of listed) {
    for (const folder of isDirectory ? [path, ...ancestorsOf(path)] : ancestorsOf(path)) {
      const file = foldedFiles.get(collisionKey(folder));
      if (file !== undefined) throw refusal('package.zip.pathConflict', file, { name: file, first: name });
    }
  }
}

/** Each record's local header and data must occupy bytes of the archive no other record claims. */
export async function checkOverlaps(zipfile: ZipFile, listed: readonly ListedEntry[]): Promise<void> {
  const spans: { start: number; end: number; name: string }[] = [];
  for (const { entry, name } of listed) {
    let dataStart: number;
    try {
      ({ fileDataStart: dataStart } = await zipfile.readLocalFileHeaderPromise(entry, { minimal: true }));
    } catch (cause) {
      throw refusalForZipError(cause, name);
    }
    spans.push({ start: entry.relativeOffsetOfLocalHeader, end: dataStart + entry.compressedSize, name });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i += 1) {
    const before = spans[i - 1];
    const span = spans[i];
    if (before && span && span.start < before.end) throw refusal('package.zip.overlap', span.name, { name: span.name, first: before.name });
  }
}
