// The office workspace's database (issue #6): the drafts of sessions being prepared. Strict durability for
// the same reason as the expert's (see ../../db/expert-database.ts): "saved" must mean on disk, since the
// office may spend a day setting a session up and a crash must not lose it.
import { Dexie, type Table } from 'dexie';
import type { SessionDraft } from '../../../../shared/office/session-draft';
import { declareOfficeVersions, OFFICE_DB_VERSION } from './office-schema-versions';

export const OFFICE_DB_NAME = 'review-desk-office';

export interface OfficeDatabaseOptions {
  /** The IndexedDB to use; the page's own when absent (tests pass fake-indexeddb's). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Declare only versions up to this one: the migration tests create old databases with it. */
  version?: number;
}

export class OfficeDatabase extends Dexie {
  // `declare`: Dexie creates the table in version().stores(); a class field would overwrite it with undefined.
  declare readonly drafts: Table<SessionDraft, string>;

  constructor(name: string = OFFICE_DB_NAME, options: OfficeDatabaseOptions = {}) {
    super(name, {
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    declareOfficeVersions(this, options.version ?? OFFICE_DB_VERSION);
  }
}
