// Rows written behind the app's back (devtools, an extension, another build) are reported one by one with
// what is wrong, in the reader's language; the readers resolve, never throw, and good rows still come back.
import { afterEach, describe, expect, it } from 'vitest';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import type { ExpertDatabase } from '../../../renderer/src/db/expert-database';
import { listExports } from '../../../renderer/src/db/export-store';
import { readProfile } from '../../../renderer/src/db/profile-store';
import { listSessions, readSession } from '../../../renderer/src/db/session-store';
import { listSheets, readSheet, saveSheet } from '../../../renderer/src/db/sheet-store';
import { demoPayload, demoSheets, EXPORT_HASH, newDatabase, OFFICE_FINGERPRINT } from './expert-db-fixture';

const AT = '2026-11-27T10:00:00.000Z';

let db: ExpertDatabase;
afterEach(() => db.close());

/** Writes a row as-is, bypassing the save functions and their schemas. */
const writeRaw = (table: string, row: Record<string, unknown>): Promise<unknown> => db.table(table).put(row);

describe('damaged records', () => {
  it('a damaged sheet is reported with its application and fields; the good sheets still come back', async () => {
    db = newDatabase();
    const [good, bad] = demoSheets().scored;
    if (!good || !bad) throw new Error('two sheets');
    await saveSheet(db, 's1', good);
    await writeRaw('sheets', { sessionId: 's1', applicationId: bad.applicationId, sheet: { ...bad, values: { [Object.keys(bad.values)[0] ?? 'x']: { nested: true } } }, updatedAt: AT, revision: 'three' });

    const list = await listSheets(db, 's1');
    expect(list.records.map((row) => row.applicationId)).toEqual([good.applicationId]);
    expect(list.problems).toEqual([
      { code: 'expertSession.db.damaged.sheet', severity: 'error', where: `sheets/s1/${bad.applicationId}`, params: { sessionId: 's1', applicationId: bad.applicationId, fields: 'sheet.values, revision' } },
    ]);
    const read = await readSheet(db, 's1', bad.applicationId);
    expect(read).toEqual({ ok: false, problem: list.problems[0] });
    const [problem] = list.problems;
    if (!problem) throw new Error('a problem');
    expect(describeProblem('zh-CN', problem)).toBe(
      `本机保存的评分表（评审会 s1，申报 ${bad.applicationId}）已损坏，无法读取（有问题的字段：sheet.values, revision）。其他评分表不受影响；请重新评分并保存这一份。`,
    );
  });

  it('a sheet filed under another application than its own says so', async () => {
    db = newDatabase();
    const [sheet] = demoSheets().scored;
    if (!sheet) throw new Error('a sheet');
    await writeRaw('sheets', { sessionId: 's1', applicationId: 'other', sheet, updatedAt: AT, revision: 1 });
    expect(await readSheet(db, 's1', 'other')).toMatchObject({ ok: false, problem: { params: { fields: 'sheet.applicationId' } } });
  });

  it('a saved sheet replaces a damaged row of the same application, counting revisions from 1 again', async () => {
    db = newDatabase();
    const [sheet] = demoSheets().scored;
    if (!sheet) throw new Error('a sheet');
    await writeRaw('sheets', { sessionId: 's1', applicationId: sheet.applicationId, sheet: 'garbage', revision: -4 });
    expect(await saveSheet(db, 's1', sheet)).toMatchObject({ revision: 1 });
    expect(await readSheet(db, 's1', sheet.applicationId)).toMatchObject({ ok: true, value: { sheet } });
  });

  it('a damaged profile, session and export are reported the same way', async () => {
    db = newDatabase();
    const payload = demoPayload();
    await writeRaw('profile', { id: 'self', name: '', organisation: '', title: '', city: '', keyFingerprint: 'not-hex', createdAt: AT, updatedAt: AT });
    await writeRaw('sessions', { sessionId: payload.sessionId, payload: { ...payload, sessionId: 'elsewhere' }, officeFingerprint: OFFICE_FINGERPRINT, openedAt: AT });
    await writeRaw('sessions', { sessionId: 'broken', payload: null, officeFingerprint: OFFICE_FINGERPRINT, openedAt: 'yesterday' });
    await writeRaw('exports', { sessionId: 's1', sequence: 1, exportHash: EXPORT_HASH, path: '', at: AT });

    expect(await readProfile(db)).toEqual({ ok: false, problem: { code: 'expertSession.db.damaged.profile', severity: 'error', where: 'profile/self', params: { fields: 'name, keyFingerprint' } } });
    expect(await readSession(db, payload.sessionId)).toMatchObject({ ok: false, problem: { code: 'expertSession.db.damaged.session', params: { sessionId: payload.sessionId, fields: 'payload.sessionId' } } });
    const sessions = await listSessions(db);
    expect(sessions.records).toEqual([]);
    expect(sessions.problems.map((p) => p.params)).toEqual([
      { sessionId: 'broken', fields: 'payload, openedAt' },
      { sessionId: payload.sessionId, fields: 'payload.sessionId' },
    ]);
    const exports = await listExports(db, 's1');
    expect(exports.problems).toEqual([
      { code: 'expertSession.db.damaged.export', severity: 'error', where: 'exports/s1/1', params: { sessionId: 's1', sequence: '1', fields: 'path' } },
    ]);
    const [exportProblem] = exports.problems;
    if (!exportProblem) throw new Error('an export problem');
    expect(describeProblem('en-US', exportProblem)).toContain('export number 1 of session s1');
  });
});
