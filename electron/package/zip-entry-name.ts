// Entry names as the person who zipped the folder saw them. Zip stores names as bytes; which encoding
// depends on the tool. In the order tried:
// 1. bit 11 of the flags set: UTF-8 (7-Zip, WinRAR, yazl, Info-ZIP with Unicode names);
// 2. an Info-ZIP Unicode Path extra field (0x7075) whose CRC matches the name: its UTF-8 name (the name
//    itself may then be a lossy local-code-page form, even plain ASCII with '?' for what did not fit);
// 3. only ASCII bytes: kept as they are (every code page agrees on them);
// 4. otherwise one encoding for the whole archive: UTF-8 if every such name is valid UTF-8 (macOS
//    Archive Utility writes UTF-8 without the flag), else GB18030, the superset of the GBK that Chinese
//    Windows' built-in "send to compressed folder" writes without the flag. Deciding per archive matters:
//    about 2% of two-character GBK names happen to be valid UTF-8, but a real package has several Chinese
//    names, and the chance that all of them are is negligible. Bytes that are not GB18030 are refused.
// Decoding happens before any path check, because byte 0x5C is a backslash in ASCII but the second half
// of many GBK characters (乗 is 81 5C).
import iconv from 'iconv-lite';
import { crc32 } from 'node:zlib';
import type { Entry } from 'yauzl';
import { isControlCharacter, pathFault } from '../../shared/package/document-path';
import { refusal } from './package-refusal';

const UTF8_FLAG = 0x800;
const UNICODE_PATH_FIELD = 0x7075;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

function unicodePathField(entry: Entry): string | null {
  for (const field of entry.extraFields) {
    if (field.id !== UNICODE_PATH_FIELD || field.data.length < 5 || field.data[0] !== 1) continue;
    // The field applies only to the exact name it was written for; a stale one is ignored (APPNOTE 4.6.9).
    if (crc32(entry.fileNameRaw) !== field.data.readUInt32LE(1)) continue;
    return utf8OrNull(field.data.subarray(5));
  }
  return null;
}

function hexPreview(bytes: Uint8Array): string {
  const shown = Buffer.from(bytes.subarray(0, 48)).toString('hex').replace(/(..)(?=.)/g, '$1 ');
  return bytes.length > 48 ? `${shown} …` : shown;
}

/** How an archive's names without the UTF-8 flag are decoded (rule 4 above). */
export type UnflaggedEncoding = 'utf8' | 'gb18030';

const needsGuess = (entry: Entry): boolean =>
  (entry.generalPurposeBitFlag & UTF8_FLAG) === 0 && unicodePathField(entry) === null && !entry.fileNameRaw.every((byte) => byte < 0x80);

export function unflaggedEncodingOf(entries: readonly Entry[]): UnflaggedEncoding {
  return entries.filter(needsGuess).every((entry) => utf8OrNull(entry.fileNameRaw) !== null) ? 'utf8' : 'gb18030';
}

/** The entry's name as text; refuses names in no encoding we can tell. */
export function decodeEntryName(entry: Entry, unflagged: UnflaggedEncoding): string {
  const raw = entry.fileNameRaw;
  const undecodable = (): never => {
    throw refusal('package.zip.badNameEncoding', hexPreview(raw), { bytes: hexPreview(raw) });
  };
  if ((entry.generalPurposeBitFlag & UTF8_FLAG) !== 0) return utf8OrNull(raw) ?? undecodable();
  const named = unicodePathField(entry);
  if (named !== null) return named;
  if (raw.every((byte) => byte < 0x80)) return raw.toString('latin1');
  if (unflagged === 'utf8') return utf8OrNull(raw) ?? undecodable();
  const gb = iconv.decode(raw, 'gb18030');
  return gb.includes('\ufffd') ? undecodable() : gb;
}

export interface EntryPath {
  /** NFC, `/`-separated, without a trailing slash. */
  path: string;
  isDirectory: boolean;
}

/**
 * The entry's path after the zip-specific clean-up, checked with the same rules as manifest paths.
 * Backslashes become separators first (Windows PowerShell 5's Compress-Archive writes them), so `..\x`
 * and `C:\x` are refused as the traversal and absolute paths they are.
 */
export function entryPathOf(name: string): EntryPath {
  const slashed = name.replaceAll('\\', '/').normalize('NFC');
  const isDirectory = slashed.endsWith('/');
  const path = isDirectory ? slashed.slice(0, -1) : slashed;
  const fault = pathFault(path);
  if (fault === null) return { path, isDirectory };
  // Control characters are shown escaped: invisible, or worse, moving the cursor in a terminal.
  const shown = [...name].map((c) => (isControlCharacter(c) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('');
  if (fault === 'absolute') throw refusal('package.zip.absolutePath', shown, { name: shown });
  if (fault === 'traversal') throw refusal('package.zip.traversal', shown, { name: shown });
  throw refusal('package.zip.badName', shown, { name: shown });
}
