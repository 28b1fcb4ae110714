// Where one session's files live in the data directory: `<dataDir>/sessions/<name>/`, for the expert's
// export record and the office's workspace alike. The name is the session id made safe (safe-file-name.ts)
// plus 12 hex digits of its SHA-256: the id alone could hold `/` or `..`, and two ids that differ only in
// case or in characters the sanitiser replaced ("S 1", "S/1", "s-1") would share one folder on Windows
// and macOS, whose file systems ignore case. The hash keeps every session id in a folder of its own.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { safeNamePart } from './safe-file-name';

const SLUG_CHARS = 40;
const HASH_DIGITS = 12;

export function sessionDirName(sessionId: string): string {
  const digest = createHash('sha256').update(sessionId, 'utf8').digest('hex');
  return `${safeNamePart(sessionId, SLUG_CHARS)}-${digest.slice(0, HASH_DIGITS)}`;
}

export function sessionDirOf(dataDir: string, sessionId: string): string {
  return join(dataDir, 'sessions', sessionDirName(sessionId));
}
