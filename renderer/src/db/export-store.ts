// The expert's exports as the host reported them after writing and verifying each file. The host keeps the
// authoritative record (electron/expert/export-record.ts); this copy lets the workspace show "exported as
// number 3 at 15:20" without asking the host.
import { error, type Problem } from '../../../shared/problems';
import type { ExpertDatabase } from './expert-database';
import { InvalidRecordError } from './invalid-record';
import { failedFields, keyText, parseRows, type ReadList } from './read-record';
import { exportRowSchema, type ExportRow } from './records';

export interface ReportedExport {
  sessionId: string;
  sequence: number;
  exportHash: string;
  path: string;
}

const whereOf = (sessionId: string, sequence: string): string => `exports/${sessionId}/${sequence}`;

export async function saveExport(db: ExpertDatabase, reported: ReportedExport, at: Date = new Date()): Promise<ExportRow> {
  const parsed = exportRowSchema.safeParse({ ...reported, at: at.toISOString() });
  if (!parsed.success) {
    const { sessionId } = reported;
    throw new InvalidRecordError(error('expertSession.db.invalidExport', whereOf(sessionId, String(reported.sequence)), { sessionId, fields: failedFields(parsed.error.issues) }));
  }
  await db.transaction('rw', db.exports, () => db.exports.put(parsed.data));
  return parsed.data;
}

/** The session's exports, oldest (lowest sequence) first. */
export async function listExports(db: ExpertDatabase, sessionId: string): Promise<ReadList<ExportRow>> {
  const raws: unknown[] = await db.exports.where('sessionId').equals(sessionId).toArray();
  const list = parseRows(exportRowSchema, raws, (raw, fields): Problem => {
    const sequence = keyText(raw, 'sequence');
    return error('expertSession.db.damaged.export', whereOf(sessionId, sequence), { sessionId, sequence, fields });
  });
  list.records.sort((a, b) => a.sequence - b.sequence);
  return list;
}
