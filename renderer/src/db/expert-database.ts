// The expert workspace's database (issue #5): the profile, opened sessions, score sheets and exports.
//
// Durability: Dexie 4 has no per-transaction durability argument (`transaction(mode, tables, scope)`; the
// `rw!`/`rw?` modes only say whether a parent transaction may be reused). It takes the hint once, as the
// constructor option `chromeTransactionDurability`, and passes it to every IDBDatabase.transaction() it
// opens. Chromium defaults to 'relaxed' since Chrome 121 (the complete event may fire before the data
// reaches the disk), so a score could be reported saved and still be lost in a crash; 'strict' makes
// "saved" mean written. Read-only transactions carry the hint too, where IndexedDB ignores it.
import { Dexie, type Table } from 'dexie';
import type { ExportKey, ExportRow, ProfileRow, SessionRow, SheetKey, SheetRow } from './records';
import { declareVersions, EXPERT_DB_VERSION } from './schema-versions';

export const EXPERT_DB_NAME = 'review-desk-expert';

export interface ExpertDatabaseOptions {
  /** The IndexedDB to use; the page's own when absent (tests pass fake-indexeddb's). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Declare only versions up to this one: the migration tests create old databases with it. */
  version?: number;
}

export class ExpertDatabase extends Dexie {
  // `declare`: Dexie creates these in version().stores(); a class field would overwrite them with undefined.
  declare readonly profile: Table<ProfileRow, string>;
  declare readonly sessions: Table<SessionRow, string>;
  declare readonly sheets: Table<SheetRow, SheetKey>;
  declare readonly exports: Table<ExportRow, ExportKey>;

  constructor(name: string = EXPERT_DB_NAME, options: ExpertDatabaseOptions = {}) {
    super(name, {
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    declareVersions(this, options.version ?? EXPERT_DB_VERSION);
  }
}
