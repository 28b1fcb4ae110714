// The sessions this office has sent out: every folder under `<dataDir>/sessions/` holding a session file
// (sessionFilePathOf), read and checked in full. A folder without one (an expert's export record on a
// machine that is both, an export still being written) is not a session this office sent, and is skipped;
// a session file that cannot be used is listed with what is wrong, so one damaged folder never hides the rest.
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { SessionPayload } from '../../shared/files/session-payload';
import { error, type Problem } from '../../shared/problems';
import { groupedFingerprint } from '../../shared/util/fingerprint';
import { sessionDirName } from '../exchange/session-dir';
import { errnoCode, FileError } from '../files/file-error';
import { readSessionFileOnly } from '../files/read-session-file';
import { loadWorkspace, openOfficeWorkspace, sessionFilePathOf } from './office-workspace';

export type SentSessionEntry =
  | { ok: true; folder: string; session: SessionPayload; acceptedExports: number }
  | { ok: false; folder: string; code: string; problems: Problem[] };

async function sessionFolders(dataDir: string): Promise<string[]> {
  const root = join(dataDir, 'sessions');
  try {
    const entries = await readdir(root, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => join(root, e.name)).sort();
  } catch (cause) {
    if (errnoCode(cause) === 'ENOENT') return [];
    throw cause;
  }
}

const failed = (folder: string, problem: Problem): SentSessionEntry => ({ ok: false, folder, code: problem.code, problems: [problem] });

async function entryOf(dataDir: string, dir: string, officeFingerprint: string): Promise<SentSessionEntry | null> {
  const folder = basename(dir);
  const path = join(dir, 'session.rdsession');
  // No session file: not a folder the office's export wrote.
  if (!(await stat(path).then((s) => s.isFile(), () => false))) return null;
  const read = await readSessionFileOnly(path);
  if (!read.ok) return { ok: false, folder, code: read.code, problems: read.problems };
  const { session } = read;
  if (read.officeFingerprint !== officeFingerprint) {
    return failed(folder, error('report.notOurSession', path, { signer: groupedFingerprint(read.officeFingerprint), own: groupedFingerprint(officeFingerprint) }));
  }
  const workspace = openOfficeWorkspace(dataDir, session.sessionId);
  if (sessionDirName(session.sessionId) !== folder || sessionFilePathOf(workspace) !== path) {
    return failed(folder, error('office.collect.sessionMismatch', path, { path, sessionId: session.sessionId, expected: folder }));
  }
  try {
    const { state } = await loadWorkspace(workspace);
    return { ok: true, folder, session, acceptedExports: state.held.length };
  } catch (cause) {
    if (cause instanceof FileError) return failed(folder, cause.problem);
    throw cause;
  }
}

/** Newest first (by the session's own creation time), then by folder name. */
export async function listSentSessions(dataDir: string, officeFingerprint: string): Promise<SentSessionEntry[]> {
  const entries: SentSessionEntry[] = [];
  for (const dir of await sessionFolders(dataDir)) {
    const entry = await entryOf(dataDir, dir, officeFingerprint);
    if (entry !== null) entries.push(entry);
  }
  const created = (e: SentSessionEntry): string => (e.ok ? e.session.createdAt : '');
  return entries.sort((a, b) => (created(a) < created(b) ? 1 : created(a) > created(b) ? -1 : a.folder < b.folder ? -1 : 1));
}
