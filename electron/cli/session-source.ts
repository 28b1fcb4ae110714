// Where the CLI gets a session payload from: a `.rdsession` file, read and checked in full (signature,
// every document's hash) without storing anything (electron/files/read-session-file.ts); or, for an expert
// who has opened one, the copy session-open saved in the data directory (electron/expert/saved-session.ts).
import { stat } from 'node:fs/promises';
import { loadSavedSession } from '../expert/saved-session';
import { readSessionFileOnly, type SessionRead } from '../files/read-session-file';

const isFile = (path: string): Promise<boolean> => stat(path).then((s) => s.isFile(), () => false);

/** `--session FILE_OR_ID`: an existing file is read as a `.rdsession`; anything else is a saved session's id. */
export async function sessionFrom(dataDir: string, fileOrId: string): Promise<SessionRead | { ok: 'missing' }> {
  if (await isFile(fileOrId)) return readSessionFileOnly(fileOrId);
  const saved = await loadSavedSession(dataDir, fileOrId);
  if (saved === null) return { ok: 'missing' };
  return { ok: true, session: saved, officeFingerprint: saved.office.fingerprint, exportHash: '', documents: 0 };
}
