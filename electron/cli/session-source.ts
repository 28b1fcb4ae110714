// Where the CLI gets a session payload from: a `.rdsession` file, read and checked in full (signature,
// every document's hash) without storing anything; or, for an expert who has opened one, the copy
// session-open saved in the data directory at `<dataDir>/sessions/<session folder>/session.json`.
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sessionPayloadSchema, type SessionPayload } from '../../shared/files/session-payload';
import { sessionDirOf } from '../exchange/session-dir';
import { readSessionContainer } from '../files/session-container-reader';
import type { ImportRefused } from '../package/import-types';

export const SAVED_SESSION_FILE = 'session.json';

export type SessionRead = { ok: true; session: SessionPayload; officeFingerprint: string; exportHash: string; documents: number } | ImportRefused;

/** Verifies a `.rdsession` completely, keeping nothing (documents are hashed as they stream past). */
export async function readSessionFileOnly(path: string): Promise<SessionRead> {
  const read = await readSessionContainer(path);
  if (!read.ok) return read;
  const { payload, signerFingerprint, exportHash } = read.signed;
  return { ok: true, session: payload, officeFingerprint: signerFingerprint, exportHash, documents: read.documents.length };
}

export const savedSessionPathOf = (dataDir: string, sessionId: string): string => join(sessionDirOf(dataDir, sessionId), SAVED_SESSION_FILE);

/** Saves the opened session's payload (already verified) for later commands; whole or absent. */
export async function saveSession(dataDir: string, session: SessionPayload): Promise<string> {
  const path = savedSessionPathOf(dataDir, session.sessionId);
  await mkdir(sessionDirOf(dataDir, session.sessionId), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(session, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, path);
  return path;
}

/** The saved session with this id, or null; it is parsed again, not trusted (the data dir is just files). */
export async function loadSavedSession(dataDir: string, sessionId: string): Promise<SessionPayload | null> {
  const text = await readFile(savedSessionPathOf(dataDir, sessionId), 'utf8').catch(() => null);
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = sessionPayloadSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const isFile = (path: string): Promise<boolean> => stat(path).then((s) => s.isFile(), () => false);

/** `--session FILE_OR_ID`: an existing file is read as a `.rdsession`; anything else is a saved session's id. */
export async function sessionFrom(dataDir: string, fileOrId: string): Promise<SessionRead | { ok: 'missing' }> {
  if (await isFile(fileOrId)) return readSessionFileOnly(fileOrId);
  const saved = await loadSavedSession(dataDir, fileOrId);
  if (saved === null) return { ok: 'missing' };
  return { ok: true, session: saved, officeFingerprint: saved.office.fingerprint, exportHash: '', documents: 0 };
}
