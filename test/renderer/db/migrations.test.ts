// Schema versions are append-only, each with a test (DESIGN.md §3). The harness below, for every version v
// the code declares: creates a database at v, fills it with rows exactly as the code of v wrote them
// (FIXTURES[v], literal rows, not today's save functions), closes it, opens it with the current code — which
// runs every upgrade after v — and checks with today's readers that every record survived and parses.
//
// Only version 1 exists, so today this shows that a v1 database with data reopens intact. Adding version N
// means: append it to EXPERT_DB_VERSIONS, append its stores to PINNED_STORES, and add FIXTURES[N] (rows as
// version N writes them, and what the newest readers must find); the test "has a fixture for every version"
// fails until the fixture exists, and FIXTURES[N - 1] then exercises N's upgrade.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ExpertDatabase } from '../../../renderer/src/db/expert-database';
import { listExports } from '../../../renderer/src/db/export-store';
import { openExpertDatabase } from '../../../renderer/src/db/open-expert-database';
import { readProfile } from '../../../renderer/src/db/profile-store';
import { EXPERT_DB_VERSION, EXPERT_DB_VERSIONS } from '../../../renderer/src/db/schema-versions';
import { listSessions } from '../../../renderer/src/db/session-store';
import { listSheets } from '../../../renderer/src/db/sheet-store';
import { demoPayload, demoSheets, EXPORT_HASH, freshIndexedDB, KEY_FINGERPRINT, OFFICE_FINGERPRINT } from './expert-db-fixture';

/** Each version's stores as released. Editing a released version instead of adding one fails here. */
const PINNED_STORES: ReadonlyArray<{ version: number; stores: Record<string, string | null> }> = [
  {
    version: 1,
    stores: { profile: 'id', sessions: 'sessionId', sheets: '[sessionId+applicationId], sessionId', exports: '[sessionId+sequence], sessionId' },
  },
];

interface VersionFixture {
  /** Rows by table, as the code of this version wrote them. */
  rows: () => Record<string, Array<Record<string, unknown>>>;
  /** What the current code must read from them after the upgrade. */
  check: (db: ExpertDatabase) => Promise<void>;
}

const AT = '2026-11-27T10:00:00.000Z';

const v1: VersionFixture = {
  rows: () => {
    const payload = demoPayload();
    const { scored, recused } = demoSheets();
    return {
      profile: [{ id: 'self', name: '李明', organisation: '省图书馆', title: '研究馆员', city: '长沙市', keyFingerprint: KEY_FINGERPRINT, createdAt: AT, updatedAt: AT }],
      sessions: [{ sessionId: payload.sessionId, payload, officeFingerprint: OFFICE_FINGERPRINT, openedAt: AT }],
      sheets: [...scored, recused].map((sheet, i) => ({ sessionId: payload.sessionId, applicationId: sheet.applicationId, sheet, updatedAt: AT, revision: i + 1 })),
      exports: [{ sessionId: payload.sessionId, sequence: 1, exportHash: EXPORT_HASH, path: 'E:/评审/李明-1.rdscores', at: AT }],
    };
  },
  check: async (db) => {
    const payload = demoPayload();
    const { scored, recused } = demoSheets();
    expect(await readProfile(db)).toMatchObject({ ok: true, value: { name: '李明', keyFingerprint: KEY_FINGERPRINT, createdAt: AT } });
    expect(await listSessions(db)).toEqual({ records: [{ sessionId: payload.sessionId, payload, officeFingerprint: OFFICE_FINGERPRINT, openedAt: AT }], problems: [] });
    const sheets = await listSheets(db, payload.sessionId);
    expect(sheets.problems).toEqual([]);
    expect(new Map(sheets.records.map((row) => [row.applicationId, row.sheet]))).toEqual(new Map([...scored, recused].map((sheet) => [sheet.applicationId, sheet])));
    expect(await listExports(db, payload.sessionId)).toEqual({ records: [{ sessionId: payload.sessionId, sequence: 1, exportHash: EXPORT_HASH, path: 'E:/评审/李明-1.rdscores', at: AT }], problems: [] });
  },
};

const FIXTURES: Readonly<Record<number, VersionFixture>> = { 1: v1 };

describe('schema versions', () => {
  it('are numbered 1, 2, 3… and released versions are unchanged', () => {
    expect(EXPERT_DB_VERSIONS.map((entry) => entry.version)).toEqual(EXPERT_DB_VERSIONS.map((_, i) => i + 1));
    expect(EXPERT_DB_VERSIONS.map(({ version, stores }) => ({ version, stores }))).toEqual(PINNED_STORES);
    expect(EXPERT_DB_VERSION).toBe(EXPERT_DB_VERSIONS.length);
  });

  it('has a fixture for every version', () => {
    for (const { version } of EXPERT_DB_VERSIONS) expect(FIXTURES[version], `FIXTURES[${version}]`).toBeDefined();
  });
});

describe('migrations', () => {
  for (const { version } of EXPERT_DB_VERSIONS) {
    it(`a database created at version ${version} with data opens with the current code (version ${EXPERT_DB_VERSION}); every record survives and parses`, async () => {
      const fixture = FIXTURES[version];
      if (!fixture) throw new Error(`no fixture for version ${version}`);
      const idb = freshIndexedDB();
      const old = new ExpertDatabase('laptop', { ...idb, version });
      await old.open();
      for (const [table, rows] of Object.entries(fixture.rows())) await old.table(table).bulkPut(rows);
      old.close();

      const opened = await openExpertDatabase('laptop', idb);
      if (!opened.ok) throw new Error(opened.problem.code);
      try {
        expect(opened.problems).toEqual([]);
        // Exactly the declared version: Dexie did not have to patch a schema that differs from the declaration.
        expect(opened.db.backendDB().version).toBe(EXPERT_DB_VERSION * 10);
        await fixture.check(opened.db);
      } finally {
        opened.db.close();
      }
    });
  }

  it('a database from a newer build opens with a warning, and what it holds in today’s shape still reads', async () => {
    const idb = freshIndexedDB();
    const newer = new Dexie('laptop', idb);
    newer.version(EXPERT_DB_VERSION + 1).stores({ ...PINNED_STORES.at(-1)?.stores, comments: 'id' });
    await newer.open();
    await newer.table('profile').put(v1.rows().profile?.[0]);
    newer.close();

    const opened = await openExpertDatabase('laptop', idb);
    if (!opened.ok) throw new Error(opened.problem.code);
    expect(opened.problems).toEqual([
      { code: 'expertSession.db.newerVersion', severity: 'warning', where: 'laptop', params: { found: EXPERT_DB_VERSION + 1, known: EXPERT_DB_VERSION } },
    ]);
    expect(await readProfile(opened.db)).toMatchObject({ ok: true, value: { name: '李明' } });
    opened.db.close();
  });

  it('a database that cannot be opened is a problem to show, not an exception', async () => {
    const broken = { open: (): never => { throw new DOMException('denied by policy', 'SecurityError'); } } as unknown as IDBFactory;
    expect(await openExpertDatabase('laptop', { indexedDB: broken, IDBKeyRange: freshIndexedDB().IDBKeyRange })).toMatchObject({
      ok: false,
      problem: { code: 'expertSession.db.openFailed', where: 'laptop' },
    });
  });
});
