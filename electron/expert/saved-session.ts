// The expert's copy of a session they opened: the verified payload, saved as
// `<dataDir>/sessions/<session folder>/session.json` so exports (CLI scores-export, the host's exportScores)
// can find the session, its standard fingerprint and the office key by id. Written whole or not at all; read
// back through the schema, since the data directory is only files.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sessionPayloadSchema, type SessionPayload } from '../../shared/files/session-payload';
import { sessionDirOf } from '../exchange/session-dir';

export const SAVED_SESSION_FILE = 'session.json';

export const savedSessionPathOf = (dataDir: string, sessionId: string): string => join(sessionDirOf(dataDir, sessionId), SAVED_SESSION_FILE);

/** Saves the opened session's payload (already verified); whole or absent. Returns where. */
export async function saveSession(dataDir: string, session: SessionPayload): Promise<string> {
  const path = savedSessionPathOf(dataDir, session.sessionId);
  await mkdir(sessionDirOf(dataDir, session.sessionId), { recursive: true, mode: 0o700 });
  // A name of its own per write: two opens of the same session at once must not share a temporary file.
  const temporary = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(session, null, 2)}\n`, { mode: 0o600 });
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
  return path;
}

/** The saved session with this id, or null; parsed again, not trusted. */
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
  return parsed.success && parsed.data.sessionId === sessionId ? parsed.data : null;
}
