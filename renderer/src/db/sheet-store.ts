// The expert's score sheets, one row per application of a session, with a revision counter. Each save is
// one strict-durability transaction (see expert-database.ts): when it resolves, the sheet is on disk.
import type { z } from 'zod';
import { error, type Problem } from '../../../shared/problems';
import { scoreSheetSchema, type ScoreSheet } from '../../../shared/scoring/score-sheet';
import type { ExpertDatabase } from './expert-database';
import { InvalidRecordError } from './invalid-record';
import { failedFields, keyText, parseRow, parseRows, type ReadList, type ReadResult } from './read-record';
import { sheetRowSchema, type SheetKey, type SheetRow } from './records';

export const sheetWhere = (sessionId: string, applicationId: string): string => `sheets/${sessionId}/${applicationId}`;

const damaged = (sessionId: string, applicationId: string, fields: string): Problem =>
  error('expertSession.db.damaged.sheet', sheetWhere(sessionId, applicationId), { sessionId, applicationId, fields });

/** A sheet the schema refuses. A recusal without its reason is the one the UI reaches while the expert types. */
function invalidSheet(sessionId: string, sheet: ScoreSheet, issues: readonly z.core.$ZodIssue[]): Problem {
  const where = sheetWhere(sessionId, sheet.applicationId);
  const { applicationId } = sheet;
  if (sheet.status === 'recused' && issues.every((issue) => issue.path[0] === 'recusalReason')) {
    return error('expertSession.db.recusalReasonMissing', where, { applicationId });
  }
  return error('expertSession.db.invalidSheet', where, { applicationId, fields: failedFields(issues) });
}

/** The revision of the row being replaced; 0 when there is none or it is damaged (this save replaces it). */
function revisionOf(previous: unknown): number {
  const revision = typeof previous === 'object' && previous !== null ? (previous as { revision?: unknown }).revision : undefined;
  return typeof revision === 'number' && Number.isSafeInteger(revision) && revision > 0 ? revision : 0;
}

/** Saves the sheet for `sheet.applicationId`; resolves with the committed row. Throws InvalidRecordError before writing anything. */
export async function saveSheet(db: ExpertDatabase, sessionId: string, sheet: ScoreSheet, at: Date = new Date()): Promise<SheetRow> {
  const parsed = scoreSheetSchema.safeParse(sheet);
  if (!parsed.success) throw new InvalidRecordError(invalidSheet(sessionId, sheet, parsed.error.issues));
  const updatedAt = at.toISOString();
  const key: SheetKey = [sessionId, parsed.data.applicationId];
  // Only IndexedDB calls are awaited inside: another kind of await would let IndexedDB commit the transaction early.
  return db.transaction('rw', db.sheets, async () => {
    const previous: unknown = await db.sheets.get(key);
    const row: SheetRow = { sessionId, applicationId: parsed.data.applicationId, sheet: parsed.data, updatedAt, revision: revisionOf(previous) + 1 };
    await db.sheets.put(row);
    return row;
  });
}

/** The sheet; `value: undefined` when the expert has not saved one for this application. */
export async function readSheet(db: ExpertDatabase, sessionId: string, applicationId: string): Promise<ReadResult<SheetRow | undefined>> {
  const raw: unknown = await db.sheets.get([sessionId, applicationId]);
  if (raw === undefined) return { ok: true, value: undefined };
  return parseRow(sheetRowSchema, raw, (fields) => damaged(sessionId, applicationId, fields));
}

/** Every saved sheet of the session, by application id. */
export async function listSheets(db: ExpertDatabase, sessionId: string): Promise<ReadList<SheetRow>> {
  const raws: unknown[] = await db.sheets.where('sessionId').equals(sessionId).toArray();
  return parseRows(sheetRowSchema, raws, (raw, fields) => damaged(sessionId, keyText(raw, 'applicationId'), fields));
}
