// The office's session drafts, one row per session, written whole. Every row read back goes through
// sessionDraftSchema: a row that does not parse is reported (which draft, which fields), never thrown and
// never silently dropped, so the office learns a draft is damaged instead of finding it gone.
import { sessionDraftSchema, type SessionDraft, type SessionDraftInput } from '../../../../shared/office/session-draft';
import { error, type Problem } from '../../../../shared/problems';
import { InvalidRecordError } from '../../db/invalid-record';
import { failedFields, keyText, parseRow, parseRows, type ReadList, type ReadResult } from '../../db/read-record';
import type { OfficeDatabase } from './office-database';

export const draftWhere = (sessionId: string): string => `drafts/${sessionId}`;

const damaged = (sessionId: string, fields: string): Problem => error('officeWorkspace.db.damaged.draft', draftWhere(sessionId), { sessionId, fields });

/**
 * Saves the draft with `updatedAt` set to `at`; resolves with the committed row. A draft the schema refuses
 * throws InvalidRecordError before any transaction starts, so nothing is written.
 */
export async function saveDraft(db: OfficeDatabase, draft: SessionDraftInput, at: Date = new Date()): Promise<SessionDraft> {
  const parsed = sessionDraftSchema.safeParse({ ...draft, updatedAt: at.toISOString() });
  if (!parsed.success) {
    const { sessionId } = draft;
    throw new InvalidRecordError(error('officeWorkspace.db.invalidDraft', draftWhere(sessionId), { sessionId, fields: failedFields(parsed.error.issues) }));
  }
  await db.transaction('rw', db.drafts, () => db.drafts.put(parsed.data));
  return parsed.data;
}

/** The draft; `value: undefined` when there is none with this id. */
export async function readDraft(db: OfficeDatabase, sessionId: string): Promise<ReadResult<SessionDraft | undefined>> {
  const raw: unknown = await db.drafts.get(sessionId);
  if (raw === undefined) return { ok: true, value: undefined };
  return parseRow(sessionDraftSchema, raw, (fields) => damaged(sessionId, fields));
}

/** Every draft on this computer, most recently changed first. */
export async function listDrafts(db: OfficeDatabase): Promise<ReadList<SessionDraft>> {
  const raws: unknown[] = await db.drafts.toArray();
  const list = parseRows(sessionDraftSchema, raws, (raw, fields) => damaged(keyText(raw, 'sessionId'), fields));
  list.records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return list;
}
