// Opening the office database as the expert's is opened (../../db/open-expert-database.ts): a failure is a
// problem to show, and a database from a newer build is flagged rather than silently misread.
import { error, warning, type Problem } from '../../../../shared/problems';
import { OFFICE_DB_NAME, OfficeDatabase, type OfficeDatabaseOptions } from './office-database';
import { OFFICE_DB_VERSION } from './office-schema-versions';

export type OfficeOpenOutcome = { ok: true; db: OfficeDatabase; problems: Problem[] } | { ok: false; problem: Problem };

/** Dexie stores version n as IndexedDB version 10n. */
const dexieVersionOf = (nativeVersion: number): number => Math.floor(nativeVersion / 10);

export async function openOfficeDatabase(name: string = OFFICE_DB_NAME, options: OfficeDatabaseOptions = {}): Promise<OfficeOpenOutcome> {
  const db = new OfficeDatabase(name, options);
  try {
    await db.open();
  } catch (cause) {
    db.close();
    const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    return { ok: false, problem: error('officeWorkspace.db.openFailed', name, { detail }) };
  }
  const found = dexieVersionOf(db.backendDB().version);
  const problems = found > OFFICE_DB_VERSION ? [warning('officeWorkspace.db.newerVersion', name, { found, known: OFFICE_DB_VERSION })] : [];
  return { ok: true, db, problems };
}
