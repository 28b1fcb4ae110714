// Opened sessions: the payload exactly as the host returned it after verifying the session file.
import type { SessionPayload } from '../../../shared/files/session-payload';
import { error, type Problem } from '../../../shared/problems';
import type { ExpertDatabase } from './expert-database';
import { InvalidRecordError } from './invalid-record';
import { failedFields, keyText, parseRow, parseRows, type ReadList, type ReadResult } from './read-record';
import { sessionRowSchema, type SessionRow } from './records';

export interface OpenedSession {
  payload: SessionPayload;
  /** The fingerprint of the key that signed the session file, as the host verified it. */
  officeFingerprint: string;
}

const whereOf = (sessionId: string): string => `sessions/${sessionId}`;
const damaged = (sessionId: string, fields: string): Problem => error('expertSession.db.damaged.session', whereOf(sessionId), { sessionId, fields });

/** Stores (or replaces) an opened session. */
export async function saveSession(db: ExpertDatabase, opened: OpenedSession, at: Date = new Date()): Promise<SessionRow> {
  const sessionId = opened.payload.sessionId;
  // Parsed before the transaction, so the transaction holds only IndexedDB work and stays short.
  const parsed = sessionRowSchema.safeParse({ sessionId, payload: opened.payload, officeFingerprint: opened.officeFingerprint, openedAt: at.toISOString() });
  if (!parsed.success) {
    throw new InvalidRecordError(error('expertSession.db.invalidSession', whereOf(sessionId), { sessionId, fields: failedFields(parsed.error.issues) }));
  }
  await db.transaction('rw', db.sessions, () => db.sessions.put(parsed.data));
  return parsed.data;
}

/** The session; `value: undefined` when this laptop has not opened it. */
export async function readSession(db: ExpertDatabase, sessionId: string): Promise<ReadResult<SessionRow | undefined>> {
  const raw: unknown = await db.sessions.get(sessionId);
  if (raw === undefined) return { ok: true, value: undefined };
  return parseRow(sessionRowSchema, raw, (fields) => damaged(sessionId, fields));
}

/** Every opened session, by id. */
export async function listSessions(db: ExpertDatabase): Promise<ReadList<SessionRow>> {
  const raws: unknown[] = await db.sessions.toArray();
  return parseRows(sessionRowSchema, raws, (raw, fields) => damaged(keyText(raw, 'sessionId'), fields));
}
