// The expert workspace's IndexedDB schema, one entry per version, append-only (DESIGN.md §3). A new version
// is a new entry with its `stores` changes and, when existing rows must change shape, an `upgrade`; the
// entries before it are never edited, because a laptop may still hold a database at any of them.
// test/renderer/db/migrations.test.ts pins each version's stores and needs a fixture for every version > 1.
import type { Dexie, Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie's store syntax: primary key first, then indexes; null deletes a store. */
  stores: Readonly<Record<string, string | null>>;
  /**
   * Rewrites rows written by the previous version. Runs inside IndexedDB's versionchange transaction: only
   * IndexedDB calls may be awaited in it (any other await lets the transaction commit half-done).
   */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const EXPERT_DB_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // One row, id 'self': the expert's own profile (their key stays in the host; at most its fingerprint).
      profile: 'id',
      // The opened session as the host returned it.
      sessions: 'sessionId',
      // One sheet per application; the sessionId index lists a session's sheets.
      sheets: '[sessionId+applicationId], sessionId',
      // The expert's exports as the host reported them.
      exports: '[sessionId+sequence], sessionId',
    },
  },
];

/** The version this code writes. */
export const EXPERT_DB_VERSION: number = EXPERT_DB_VERSIONS.at(-1)?.version ?? 1;

/** Declares versions 1…`upTo` on `db` (the migration tests open a database at an older version this way). */
export function declareVersions(db: Dexie, upTo: number = EXPERT_DB_VERSION): void {
  for (const entry of EXPERT_DB_VERSIONS) {
    if (entry.version > upTo) break;
    const declared = db.version(entry.version).stores({ ...entry.stores });
    if (entry.upgrade) declared.upgrade(entry.upgrade);
  }
}
