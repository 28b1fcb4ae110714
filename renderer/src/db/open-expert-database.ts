// Opening the database the way the workspace should: a failure to open is a problem to show, not an
// exception, and a database written by a newer build of the app is flagged (Dexie 4 opens it anyway when
// the installed version is higher, and rows in a newer shape will then fail to parse, one problem each).
import { error, warning, type Problem } from '../../../shared/problems';
import { EXPERT_DB_NAME, ExpertDatabase, type ExpertDatabaseOptions } from './expert-database';
import { EXPERT_DB_VERSION } from './schema-versions';

export type OpenOutcome = { ok: true; db: ExpertDatabase; problems: Problem[] } | { ok: false; problem: Problem };

/** Dexie stores version n as IndexedDB version 10n (+1 per schema patch it applies on its own). */
const dexieVersionOf = (nativeVersion: number): number => Math.floor(nativeVersion / 10);

export async function openExpertDatabase(name: string = EXPERT_DB_NAME, options: ExpertDatabaseOptions = {}): Promise<OpenOutcome> {
  const db = new ExpertDatabase(name, options);
  try {
    await db.open();
  } catch (cause) {
    db.close();
    const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    return { ok: false, problem: error('expertSession.db.openFailed', name, { detail }) };
  }
  const found = dexieVersionOf(db.backendDB().version);
  const problems = found > EXPERT_DB_VERSION ? [warning('expertSession.db.newerVersion', name, { found, known: EXPERT_DB_VERSION })] : [];
  return { ok: true, db, problems };
}
