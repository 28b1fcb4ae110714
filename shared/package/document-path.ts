// The rules for a path inside an application package, shared by the manifest schema (what a county may
// write) and the zip reader (what an archive may contain). A path names a document; it is never used to
// write a file on disk, but it is shown to people and may be extracted by other tools, so it must be a
// plain relative path that means the same thing on Windows, macOS and Linux.

/** Why a path is not acceptable; null when it is. */
export type PathFault = 'absolute' | 'traversal' | 'badName' | 'notNfc';

/** Longest path accepted, in UTF-16 code units; Windows' classic MAX_PATH leaves about this much inside a folder. */
export const MAX_PATH_LENGTH = 240;

const DRIVE = /^[A-Za-z]:/;
/** C0 controls and DEL: invisible in a file list, and some are forbidden in Windows names. */
export const isControlCharacter = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
};

/**
 * Checks a path that already uses `/` as its only separator. Absolute forms are checked first, so `/../x`
 * reads as absolute; a backslash is refused as a bad name (the manifest format says forward slashes, and
 * the zip reader turns backslash separators into slashes before calling this).
 */
export function pathFault(path: string): PathFault | null {
  if (path.startsWith('/') || DRIVE.test(path)) return 'absolute';
  const segments = path.split('/');
  if (segments.includes('..')) return 'traversal';
  if (path.length === 0 || path.length > MAX_PATH_LENGTH || path.includes('\\') || [...path].some(isControlCharacter)) return 'badName';
  if (segments.some((segment) => segment === '' || segment === '.')) return 'badName';
  if (path.normalize('NFC') !== path) return 'notNfc';
  return null;
}

/**
 * Two paths that one of the usual file systems would take for the same file (NTFS and APFS ignore case,
 * APFS also normalisation) have the same key.
 */
export function collisionKey(path: string): string {
  return path.normalize('NFC').toLowerCase();
}
