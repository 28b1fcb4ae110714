// Saving and reading each kind of record, strict durability on every write, and a reload (a new Dexie on the
// same IndexedDB, as after a restart or a crash) that finds everything.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { saveExport, listExports } from '../../../renderer/src/db/export-store';
import type { ExpertDatabase } from '../../../renderer/src/db/expert-database';
import { InvalidRecordError } from '../../../renderer/src/db/invalid-record';
import { readProfile, saveProfile } from '../../../renderer/src/db/profile-store';
import { listSessions, readSession, saveSession } from '../../../renderer/src/db/session-store';
import { listSheets, readSheet, saveSheet } from '../../../renderer/src/db/sheet-store';
import { demoPayload, demoSheets, EXPORT_HASH, freshIndexedDB, KEY_FINGERPRINT, newDatabase, numericLeaf, OFFICE_FINGERPRINT, watchTransactions, withValue } from './expert-db-fixture';

const T1 = new Date('2026-11-27T10:00:00.000Z');
const T2 = new Date('2026-11-27T10:05:00.000Z');

const opened: ExpertDatabase[] = [];
function track(db: ExpertDatabase): ExpertDatabase {
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('profile', () => {
  it('is absent before the first save, then read back; createdAt is kept and updatedAt moves', async () => {
    const db = track(newDatabase());
    expect(await readProfile(db)).toEqual({ ok: true, value: undefined });
    await saveProfile(db, { name: '李明', organisation: '省图书馆', title: '研究馆员', city: '长沙市', keyFingerprint: KEY_FINGERPRINT }, T1);
    await saveProfile(db, { name: '李明', organisation: '省文化馆', title: '研究馆员', city: '长沙市', keyFingerprint: KEY_FINGERPRINT }, T2);
    expect(await readProfile(db)).toEqual({
      ok: true,
      value: { id: 'self', name: '李明', organisation: '省文化馆', title: '研究馆员', city: '长沙市', keyFingerprint: KEY_FINGERPRINT, createdAt: T1.toISOString(), updatedAt: T2.toISOString() },
    });
  });

  it('refuses a profile without a name, and writes nothing', async () => {
    const db = track(newDatabase());
    const refused = await saveProfile(db, { name: '  ' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidRecordError);
    expect((refused as InvalidRecordError).problem).toMatchObject({ code: 'expertSession.db.invalidProfile', params: { fields: 'name' } });
    expect(await readProfile(db)).toEqual({ ok: true, value: undefined });
  });
});

describe('sessions', () => {
  it('stores the payload as the host returned it, with the office fingerprint and when it was opened', async () => {
    const db = track(newDatabase());
    const payload = demoPayload();
    await saveSession(db, { payload, officeFingerprint: OFFICE_FINGERPRINT }, T1);
    const read = await readSession(db, payload.sessionId);
    expect(read).toEqual({ ok: true, value: { sessionId: payload.sessionId, payload, officeFingerprint: OFFICE_FINGERPRINT, openedAt: T1.toISOString() } });
    expect(await readSession(db, 'another-session')).toEqual({ ok: true, value: undefined });
    const list = await listSessions(db);
    expect(list.problems).toEqual([]);
    expect(list.records.map((row) => row.sessionId)).toEqual([payload.sessionId]);
  });

  it('refuses a payload that does not parse', async () => {
    const db = track(newDatabase());
    const payload = { ...demoPayload(), roster: [] };
    const refused = await saveSession(db, { payload, officeFingerprint: OFFICE_FINGERPRINT }).catch((e: unknown) => e);
    expect((refused as InvalidRecordError).problem).toMatchObject({ code: 'expertSession.db.invalidSession', params: { fields: 'payload.roster' } });
    expect((await listSessions(db)).records).toEqual([]);
  });
});

describe('sheets', () => {
  it('saves scored and recused sheets, counts revisions, and lists only the session asked for', async () => {
    const db = track(newDatabase());
    const { scored, recused } = demoSheets();
    const [first, second] = scored;
    if (!first || !second) throw new Error('two scored sheets');
    const leaf = numericLeaf(first);

    expect(await saveSheet(db, 's1', first, T1)).toMatchObject({ revision: 1, updatedAt: T1.toISOString() });
    const changed = withValue(first, leaf, 1.5);
    expect(await saveSheet(db, 's1', changed, T2)).toMatchObject({ revision: 2, updatedAt: T2.toISOString() });
    await saveSheet(db, 's1', second, T1);
    await saveSheet(db, 's1', recused, T1);
    await saveSheet(db, 's2', first, T1);

    expect(await readSheet(db, 's1', first.applicationId)).toEqual({
      ok: true,
      value: { sessionId: 's1', applicationId: first.applicationId, sheet: changed, updatedAt: T2.toISOString(), revision: 2 },
    });
    expect(await readSheet(db, 's1', 'no-such-application')).toEqual({ ok: true, value: undefined });
    const list = await listSheets(db, 's1');
    expect(list.problems).toEqual([]);
    expect(list.records.map((row) => row.applicationId).sort()).toEqual([first.applicationId, second.applicationId, recused.applicationId].sort());
    expect(list.records.find((row) => row.applicationId === recused.applicationId)?.sheet).toEqual(recused);
    expect((await listSheets(db, 's2')).records.map((row) => row.revision)).toEqual([1]);
  });

  it('refuses a recusal without a reason with its own message, and writes nothing', async () => {
    const db = track(newDatabase());
    const { recused } = demoSheets();
    const refused = await saveSheet(db, 's1', { ...recused, recusalReason: ' ' }).catch((e: unknown) => e);
    expect((refused as InvalidRecordError).problem).toEqual({
      code: 'expertSession.db.recusalReasonMissing',
      severity: 'error',
      where: `sheets/s1/${recused.applicationId}`,
      params: { applicationId: recused.applicationId },
    });
    expect(await readSheet(db, 's1', recused.applicationId)).toEqual({ ok: true, value: undefined });
  });
});

describe('exports', () => {
  it('lists a session’s exports by sequence', async () => {
    const db = track(newDatabase());
    await saveExport(db, { sessionId: 's1', sequence: 2, exportHash: EXPORT_HASH, path: 'E:/评审/李明-2.rdscores' }, T2);
    await saveExport(db, { sessionId: 's1', sequence: 1, exportHash: EXPORT_HASH, path: 'E:/评审/李明-1.rdscores' }, T1);
    await saveExport(db, { sessionId: 's2', sequence: 1, exportHash: EXPORT_HASH, path: 'E:/other.rdscores' }, T1);
    const list = await listExports(db, 's1');
    expect(list.problems).toEqual([]);
    expect(list.records).toEqual([
      { sessionId: 's1', sequence: 1, exportHash: EXPORT_HASH, path: 'E:/评审/李明-1.rdscores', at: T1.toISOString() },
      { sessionId: 's1', sequence: 2, exportHash: EXPORT_HASH, path: 'E:/评审/李明-2.rdscores', at: T2.toISOString() },
    ]);
  });
});

describe('strict durability', () => {
  it('every write transaction asks for and gets strict durability', async () => {
    const db = newDatabase();
    const seen = watchTransactions(db);
    track(db);
    const { scored } = demoSheets();
    const sheet = scored[0];
    if (!sheet) throw new Error('a sheet');
    await saveProfile(db, { name: '李明' });
    await saveSession(db, { payload: demoPayload(), officeFingerprint: OFFICE_FINGERPRINT });
    await saveSheet(db, 's1', sheet);
    await saveExport(db, { sessionId: 's1', sequence: 1, exportHash: EXPORT_HASH, path: 'x.rdscores' });
    const writes = seen.filter((tx) => tx.mode === 'readwrite');
    expect(writes.map((tx) => tx.stores)).toEqual([['profile'], ['sessions'], ['sheets'], ['exports']]);
    for (const tx of writes) expect(tx).toMatchObject({ requested: 'strict', actual: 'strict' });
  });

  it('(the check above can fail: a Dexie without the option gets the browser default)', async () => {
    const plain = new Dexie('plain', freshIndexedDB());
    plain.version(1).stores({ rows: 'id' });
    const seen = watchTransactions(plain);
    await plain.table('rows').put({ id: 1 });
    plain.close();
    expect(seen.find((tx) => tx.mode === 'readwrite')?.actual).toBe('default');
  });
});

describe('reload', () => {
  it('a new Dexie on the same IndexedDB (a restart, or after a crash) finds every record', async () => {
    const idb = freshIndexedDB();
    const first = newDatabase(idb, 'laptop');
    const payload = demoPayload();
    const { scored, recused } = demoSheets();
    await saveProfile(first, { name: '李明', keyFingerprint: KEY_FINGERPRINT }, T1);
    await saveSession(first, { payload, officeFingerprint: OFFICE_FINGERPRINT }, T1);
    for (const sheet of [...scored, recused]) await saveSheet(first, payload.sessionId, sheet, T1);
    await saveExport(first, { sessionId: payload.sessionId, sequence: 1, exportHash: EXPORT_HASH, path: 'x.rdscores' }, T2);
    first.close();

    const second = track(newDatabase(idb, 'laptop'));
    expect(await readProfile(second)).toMatchObject({ ok: true, value: { name: '李明', keyFingerprint: KEY_FINGERPRINT } });
    expect(await readSession(second, payload.sessionId)).toMatchObject({ ok: true, value: { payload } });
    const sheets = await listSheets(second, payload.sessionId);
    expect(sheets.problems).toEqual([]);
    expect(new Map(sheets.records.map((row) => [row.applicationId, row.sheet]))).toEqual(new Map([...scored, recused].map((sheet) => [sheet.applicationId, sheet])));
    expect((await listExports(second, payload.sessionId)).records).toHaveLength(1);
  });
});
