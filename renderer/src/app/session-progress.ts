// How far the expert is in a session, for the list of sessions on this computer: finished applications out of
// those they must answer for, counted by the same completeness check as the export screen, so both agree.
import { checkCompleteness } from '../../../shared/expert/completeness';
import type { ScoreSheet } from '../../../shared/scoring/score-sheet';
import type { ExpertDatabase } from '../db/expert-database';
import type { SessionRow } from '../db/records';
import type { SaveQueue } from '../db/save-queue';
import { listSheets } from '../db/sheet-store';
import { recallExpertId } from './expert-id';

export interface SessionProgress {
  finished: number;
  required: number;
}

/** Null when this computer does not know who it scores as in the session (not enrolled): nothing to count. */
export async function sessionProgress(
  db: ExpertDatabase,
  queue: SaveQueue,
  storage: Storage | undefined,
  session: SessionRow,
  keyFingerprint: string | null,
): Promise<SessionProgress | null> {
  const expertId = recallExpertId(storage, session.payload, keyFingerprint);
  if (expertId === null) return null;
  const list = await listSheets(db, session.sessionId);
  const sheets = new Map<string, ScoreSheet>(list.records.map((row) => [row.applicationId, row.sheet]));
  // A change still being written is newer than the row read.
  for (const application of session.payload.applications) {
    const unsaved = queue.unsavedSheet(session.sessionId, application.id);
    if (unsaved) sheets.set(application.id, unsaved);
  }
  const completeness = checkCompleteness(session.payload, expertId, [...sheets.values()]);
  return { finished: completeness.finished, required: completeness.required.length };
}
