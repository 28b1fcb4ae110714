// The office workspace's IndexedDB schema, one entry per version, append-only (DESIGN.md §3), kept apart from
// the expert's: an office computer holds drafts of sessions it prepares, never an expert's score sheets.
// test/renderer/office/office-migrations.test.ts pins each version's stores and needs a fixture for every version.
import type { Dexie } from 'dexie';
import type { SchemaVersion } from '../../db/schema-versions';

export const OFFICE_DB_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // One row per session being prepared, the whole draft (shared/office/session-draft.ts).
      drafts: 'sessionId',
    },
  },
];

/** The version this code writes. */
export const OFFICE_DB_VERSION: number = OFFICE_DB_VERSIONS.at(-1)?.version ?? 1;

/** Declares versions 1…`upTo` on `db` (the migration tests open a database at an older version this way). */
export function declareOfficeVersions(db: Dexie, upTo: number = OFFICE_DB_VERSION): void {
  for (const entry of OFFICE_DB_VERSIONS) {
    if (entry.version > upTo) break;
    const declared = db.version(entry.version).stores({ ...entry.stores });
    if (entry.upgrade) declared.upgrade(entry.upgrade);
  }
}
