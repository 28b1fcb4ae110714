// Schema versions of the office database are append-only, each with a test (DESIGN.md §3), in the style of
// test/renderer/db/migrations.test.ts: for every version, a database created at it with rows exactly as that
// version wrote them (literal rows, not today's save functions) reopens with the current code, and today's
// readers find every record. Adding version N: append it to OFFICE_DB_VERSIONS and PINNED_STORES, add FIXTURES[N].
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { listDrafts, readDraft } from '../../../renderer/src/office/db/draft-store';
import { OfficeDatabase } from '../../../renderer/src/office/db/office-database';
import { OFFICE_DB_VERSION, OFFICE_DB_VERSIONS } from '../../../renderer/src/office/db/office-schema-versions';
import { openOfficeDatabase } from '../../../renderer/src/office/db/open-office-database';
import { AT, freshIndexedDB } from './office-fixture';

/** Each version's stores as released. Editing a released version instead of adding one fails here. */
const PINNED_STORES: ReadonlyArray<{ version: number; stores: Record<string, string | null> }> = [{ version: 1, stores: { drafts: 'sessionId' } }];

interface VersionFixture {
  rows: () => Record<string, Array<Record<string, unknown>>>;
  check: (db: OfficeDatabase) => Promise<void>;
}

/** A draft row as version 1 writes it: basics, the quota, nothing else filled in yet. */
const V1_DRAFT = {
  format: 'review-desk/session-draft',
  formatVersion: 1,
  sessionId: '2026-2-qualification-k3x9q0',
  basics: { stage: 'qualification', batch: 2, name: '第2批示范县资格评审', startsOn: '2026-12-01', endsOn: '2026-12-03' },
  standard: null,
  quota: { countyLevelDivisions: 167, divisionsAsOf: '2026-01-01', capPercent: 40, rounding: 'floor', alreadyGiven: 10, batchSize: 20 },
  applications: [],
  roster: [],
  assignments: {},
  recusals: [],
  presentation: null,
  createdAt: AT,
  updatedAt: AT,
};

const v1: VersionFixture = {
  rows: () => ({ drafts: [structuredClone(V1_DRAFT)] }),
  check: async (db) => {
    expect(await listDrafts(db)).toEqual({ records: [V1_DRAFT], problems: [] });
    expect(await readDraft(db, V1_DRAFT.sessionId)).toEqual({ ok: true, value: V1_DRAFT });
  },
};

const FIXTURES: Readonly<Record<number, VersionFixture>> = { 1: v1 };

describe('office schema versions', () => {
  it('are numbered 1, 2, 3… and released versions are unchanged', () => {
    expect(OFFICE_DB_VERSIONS.map((entry) => entry.version)).toEqual(OFFICE_DB_VERSIONS.map((_, i) => i + 1));
    expect(OFFICE_DB_VERSIONS.map(({ version, stores }) => ({ version, stores }))).toEqual(PINNED_STORES);
    expect(OFFICE_DB_VERSION).toBe(OFFICE_DB_VERSIONS.length);
  });

  it('has a fixture for every version', () => {
    for (const { version } of OFFICE_DB_VERSIONS) expect(FIXTURES[version], `FIXTURES[${version}]`).toBeDefined();
  });
});

describe('office migrations', () => {
  for (const { version } of OFFICE_DB_VERSIONS) {
    it(`a database created at version ${version} with data opens with the current code (version ${OFFICE_DB_VERSION}); every draft survives and parses`, async () => {
      const fixture = FIXTURES[version];
      if (!fixture) throw new Error(`no fixture for version ${version}`);
      const idb = freshIndexedDB();
      const old = new OfficeDatabase('office', { ...idb, version });
      await old.open();
      for (const [table, rows] of Object.entries(fixture.rows())) await old.table(table).bulkPut(rows);
      old.close();

      const opened = await openOfficeDatabase('office', idb);
      if (!opened.ok) throw new Error(opened.problem.code);
      try {
        expect(opened.problems).toEqual([]);
        expect(opened.db.backendDB().version).toBe(OFFICE_DB_VERSION * 10);
        await fixture.check(opened.db);
      } finally {
        opened.db.close();
      }
    });
  }

  it('a database from a newer build opens with a warning, and a draft in today’s shape still reads', async () => {
    const idb = freshIndexedDB();
    const newer = new Dexie('office', idb);
    newer.version(OFFICE_DB_VERSION + 1).stores({ ...PINNED_STORES.at(-1)?.stores, reports: 'id' });
    await newer.open();
    await newer.table('drafts').put(structuredClone(V1_DRAFT));
    newer.close();

    const opened = await openOfficeDatabase('office', idb);
    if (!opened.ok) throw new Error(opened.problem.code);
    expect(opened.problems).toEqual([
      { code: 'officeWorkspace.db.newerVersion', severity: 'warning', where: 'office', params: { found: OFFICE_DB_VERSION + 1, known: OFFICE_DB_VERSION } },
    ]);
    expect(await readDraft(opened.db, V1_DRAFT.sessionId)).toEqual({ ok: true, value: V1_DRAFT });
    opened.db.close();
  });

  it('a database that cannot be opened is a problem to show, not an exception', async () => {
    const broken = { open: (): never => { throw new DOMException('denied by policy', 'SecurityError'); } } as unknown as IDBFactory;
    expect(await openOfficeDatabase('office', { indexedDB: broken, IDBKeyRange: freshIndexedDB().IDBKeyRange })).toMatchObject({
      ok: false,
      problem: { code: 'officeWorkspace.db.openFailed', where: 'office' },
    });
  });
});
