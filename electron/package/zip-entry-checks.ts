// What one central-directory record may be: a plain file or folder, not encrypted, stored or deflated,
// within the size limits. All of it is decided from the record alone, before a byte of data is read; the
// sizes are then enforced again while reading, since a record can lie.
import type { Entry } from 'yauzl';
import { refusal } from './package-refusal';
import { formatBytes, type ZipLimits } from './zip-limits';

const ENCRYPTED = 0x1;
const STRONG_ENCRYPTION = 0x40;
const STORED = 0;
const DEFLATED = 8;
/** WinZip AES encryption is written as its own "compression method". */
const AES_ENCRYPTED = 99;

/** Unix file types, from the upper 16 bits of the external attributes (st_mode). */
const TYPE_MASK = 0o170000;
const REGULAR_FILE = 0o100000;
const DIRECTORY = 0o040000;
const SYMLINK = 0o120000;

/**
 * Refuses encrypted entries, links and special files, and compression methods other than stored and
 * deflated. The Unix mode is read whatever system the record says made it: a hostile archive can claim
 * any origin, and no honest tool sets those bits to a link type by accident. The MS-DOS reparse-point bit
 * is not taken as a link: no extractor makes links from it, and files synced by OneDrive carry it.
 */
export function checkEntryKind(entry: Entry, name: string): void {
  const flags = entry.generalPurposeBitFlag;
  if ((flags & (ENCRYPTED | STRONG_ENCRYPTION)) !== 0 || entry.compressionMethod === AES_ENCRYPTED) {
    throw refusal('package.zip.encrypted', name, { name });
  }
  const type = (entry.externalFileAttributes >>> 16) & TYPE_MASK;
  if (type === SYMLINK) throw refusal('package.zip.symlink', name, { name });
  if (type !== 0 && type !== REGULAR_FILE && type !== DIRECTORY) throw refusal('package.zip.specialFile', name, { name });
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
    throw refusal('package.zip.unsupportedMethod', name, { name, method: entry.compressionMethod });
  }
}

/** Refuses a file whose declared size is over the limit, or whose declared compression ratio is a bomb's. */
export function checkEntrySize(entry: Entry, name: string, limits: ZipLimits): void {
  const size = entry.uncompressedSize;
  if (size > limits.maxEntryBytes) {
    throw refusal('package.zip.entryTooLarge', name, { name, size: formatBytes(size), limit: formatBytes(limits.maxEntryBytes) });
  }
  if (size > limits.ratioCheckAbove && size > limits.maxRatio * entry.compressedSize) {
    const ratio = Math.round(size / Math.max(entry.compressedSize, 1));
    throw refusal('package.zip.bomb', name, { name, ratio, limit: limits.maxRatio });
  }
}
