// Shared by the office tests: a fresh fake IndexedDB per test, the office database on it, and realistic
// drafts (a qualification review of batch 2 with the sample standard and Hebei's quota).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import sampleStandardJson from '../../../shared/data/sample-standard.json';
import type { QuotaSettings } from '../../../shared/panel/quota';
import type { DraftStandard, SessionDraft } from '../../../shared/office/session-draft';
import { standardSchema } from '../../../shared/standard/schema';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import { OfficeDatabase, type OfficeDatabaseOptions } from '../../../renderer/src/office/db/office-database';
import { newDraft } from '../../../renderer/src/office/new-draft';

export const freshIndexedDB = (): Required<Pick<OfficeDatabaseOptions, 'indexedDB' | 'IDBKeyRange'>> => ({ indexedDB: new IDBFactory(), IDBKeyRange });

export function newOfficeDatabase(idb = freshIndexedDB(), name = 'office-test'): OfficeDatabase {
  return new OfficeDatabase(name, idb);
}

export const AT = '2026-11-27T10:00:00.000Z';

export function sampleDraftStandard(): DraftStandard {
  const standard = standardSchema.parse(sampleStandardJson);
  return { standard, fingerprint: fingerprintOf(standard), fileName: '示例创建标准.xlsx', importedAt: AT };
}

export const HEBEI_QUOTA: QuotaSettings = { countyLevelDivisions: 167, divisionsAsOf: '2026-01-01', capPercent: 40, rounding: 'floor', alreadyGiven: 10 };

/** A draft as the workspace makes it from its basics, with `patch` on top. */
export function sampleDraft(patch: Partial<SessionDraft> = {}, suffix = 'abc123'): SessionDraft {
  const draft = newDraft({ stage: 'qualification', batch: 2, name: '第2批示范县资格评审', startsOn: '2026-12-01', endsOn: '2026-12-03' }, new Date(AT), suffix);
  return { ...draft, ...patch };
}
