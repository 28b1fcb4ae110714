// The office's Collect and Decide through the host API, on a real signed session and real experts' exports:
// each import outcome reported per file in the caller's language, nothing stored changed by refused files,
// the progress matrix, results equal to what mergedResults computes, and the listing of sent sessions.
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newUploadPath } from '../../../electron/host/uploads';
import { mergedResults } from '../../../electron/office/merged-results';
import { writeSessionContainer } from '../../../electron/files/session-container';
import { blobStoreDirOf } from '../../../electron/host/data-layout';
import { auditLogPathOf, indexPathOf, openOfficeWorkspace, scoresDirOf, sessionFilePathOf } from '../../../electron/office/office-workspace';
import { BlobStore } from '../../../electron/store/blob-store';
import { readSentSession } from '../../../electron/office/sent-session';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import { signerFromSeed } from '../../../shared/crypto/signer';
import { panelPartsOfSession } from '../../../shared/office/session-derived';
import { demoSheetsOf } from './expert-fixtures';
import { call, E2_KEY, exportE1, handMade, officeWorld, SESSION_ID, tamperedCopy, type OfficeWorld } from './office-collect-fixtures';

type Imported = Extract<HostResult<'importScores'>, { ok: true }>;
const imported = (result: HostResult<'importScores'>): Imported => {
  if (!result.ok) throw new Error(result.messages.join('\n'));
  return result;
};
const outcomes = (result: Imported): string[] => result.files.map((f) => f.outcome);

/** What the workspace holds on disk, byte for byte. */
async function stored(world: OfficeWorld): Promise<string> {
  const read = (path: string) => readFile(path, 'utf8').catch(() => '(none)');
  const scores = await readdir(scoresDirOf(world.workspace)).catch(() => []);
  return JSON.stringify([await read(indexPathOf(world.workspace)), await read(auditLogPathOf(world.workspace)), scores.sort()]);
}

describe('importScores', () => {
  let world: OfficeWorld;
  let first: { path: string; exportHash: string; sequence: number };
  let second: { path: string; exportHash: string; sequence: number };
  beforeAll(async () => {
    world = await officeWorld();
    first = await exportE1(world);
    second = await exportE1(world, demoSheetsOf('E1'), true);
  }, 60_000);

  it('accepts a new export, calls the same file a duplicate the second time, and an older one a replay', async () => {
    const progress: Array<[number, number]> = [];
    const result = imported(await call(world.officeHost, 'importScores', { sessionId: SESSION_ID, paths: [second.path, second.path, first.path] }, (d, t) => progress.push([d, t])));
    expect(outcomes(result)).toEqual(['accepted', 'duplicate', 'replay']);
    expect(result.files[0]).toMatchObject({ expertId: 'E1', sequence: 2, exportHash: second.exportHash });
    expect(result.files[0]?.fileName).toBe(second.path.split('/').at(-1));
    expect(result.files[0]?.message).toContain('已导入');
    expect(result.files[2]?.message).toContain('旧文件');
    expect(result.summary).toMatchObject({ total: 3, refused: 1 });
    expect(result.summary.counts).toMatchObject({ accepted: 1, duplicate: 1, replay: 1, tampered: 0 });
    expect(progress.at(-1)).toEqual([3, 3]);
    expect(progress.length).toBeGreaterThan(3);
  });

  it('refuses a fork, a tampered file, another session and an unknown key, each changing nothing stored', async () => {
    const before = await stored(world);
    const sheets = demoSheetsOf('E1').slice(1);
    const fork = await handMade(world, 'fork.rdscores', { expertId: 'E1', sequence: 2, previousHash: first.exportHash, sheets, signer: world.expert.signer });
    const tampered = await tamperedCopy(first.path, join(world.root, 'tampered.rdscores'));
    const otherSession = await handMade(world, 'other.rdscores', { expertId: 'E1', sequence: 3, sheets, signer: world.expert.signer, sessionId: 'another-review' });
    const unknownKey = await handMade(world, 'e2.rdscores', { expertId: 'E2', sequence: 1, sheets: demoSheetsOf('E2'), signer: E2_KEY });
    const result = imported(await call(world.officeHost, 'importScores', { sessionId: SESSION_ID, paths: [fork, tampered, otherSession, unknownKey, join(world.root, 'nothing-here.rdscores')] }));
    expect(outcomes(result)).toEqual(['fork', 'tampered', 'wrongSession', 'unknownKey', 'unreadable']);
    expect(result.summary.refused).toBe(5);
    for (const file of result.files) expect(file.message.length).toBeGreaterThan(10);
    expect(await stored(world)).toBe(before);
  });

  it('speaks the caller’s language', async () => {
    const outcome = await import('../../../electron/host/call-method').then(({ callMethod }) =>
      callMethod(world.officeHost, 'importScores', { sessionId: SESSION_ID, paths: [first.path] }, { locale: 'en-US' }),
    );
    if (!outcome.ok) throw new Error('refused');
    const result = imported(outcome.result as HostResult<'importScores'>);
    expect(result.files[0]?.outcome).toBe('replay');
    expect(result.files[0]?.message).toMatch(/^Old file/);
    expect(result.summary.message).toMatch(/files processed/);
  });

  it('takes a key enrolled by the clerk, and keeps it enrolled for that expert’s later files', async () => {
    const e2First = await handMade(world, 'e2-1.rdscores', { expertId: 'E2', sequence: 1, sheets: demoSheetsOf('E2').slice(2), signer: E2_KEY });
    const enrol = [{ expertId: 'E2', fingerprint: E2_KEY.fingerprint }];
    const accepted = imported(await call(world.officeHost, 'importScores', { sessionId: SESSION_ID, paths: [e2First], enrol }));
    expect(outcomes(accepted)).toEqual(['accepted']);
    const previousHash = accepted.files[0]?.exportHash ?? null;
    const e2Second = await handMade(world, 'e2-2.rdscores', { expertId: 'E2', sequence: 2, previousHash, sheets: demoSheetsOf('E2'), signer: E2_KEY });
    expect(outcomes(imported(await call(world.officeHost, 'importScores', { sessionId: SESSION_ID, paths: [e2Second] })))).toEqual(['accepted']);
    const refused = await call(world.officeHost, 'importScores', { sessionId: SESSION_ID, paths: [e2First], enrol: [{ expertId: 'E9', fingerprint: E2_KEY.fingerprint }] });
    expect(refused).toMatchObject({ ok: false, code: 'office.collect.enrolUnknownExpert' });
    const shared = await call(world.officeHost, 'importScores', { sessionId: SESSION_ID, paths: [e2First], enrol: [{ expertId: 'E1', fingerprint: E2_KEY.fingerprint }] });
    expect(shared).toMatchObject({ ok: false, code: 'office.collect.enrolKeyShared' });
  });

  it('scans a folder as the sync folder: what is held is recognised, not imported again', async () => {
    const result = imported(await call(world.officeHost, 'importScores', { sessionId: SESSION_ID, paths: [world.exportsDir] }));
    expect(outcomes(result).sort()).toEqual(['alreadyHeld', 'replay']);
    expect(result.summary.counts.alreadyHeld).toBe(1);
  });

  it('removes an uploaded file afterwards, whatever the outcome, and never the user’s own file', async () => {
    const upload = await newUploadPath(world.officeDir, 'x.rdscores');
    await copyFile(first.path, upload);
    const result = imported(await call(world.officeHost, 'importScores', { sessionId: SESSION_ID, paths: [upload, first.path] }));
    expect(outcomes(result)).toEqual(['replay', 'replay']);
    await expect(readFile(upload)).rejects.toThrow();
    expect((await readFile(first.path)).length).toBeGreaterThan(0);
  });

  it('refuses an unknown session, a session file another office signed, and a data directory without an office key', async () => {
    expect(await call(world.officeHost, 'importScores', { sessionId: 'no-such-session', paths: [first.path] })).toMatchObject({ ok: false, code: 'office.collect.noSession' });
    expect(await call(world.target, 'importScores', { sessionId: SESSION_ID, paths: [first.path] })).toMatchObject({ ok: false, code: 'report.needOfficeKey' });
    const otherOffice = signerFromSeed(new Uint8Array(32).fill(7));
    const office = { name: '另一办公室', fingerprint: otherOffice.fingerprint, encryptionKey: world.payload.office.encryptionKey };
    const path = join(world.root, 'foreign.rdsession');
    const store = await BlobStore.open(blobStoreDirOf(world.officeDir));
    const written = await writeSessionContainer(path, { ...world.payload, sessionId: 'foreign', office }, otherOffice, store);
    if (!written.ok) throw new Error(JSON.stringify(written.problems));
    const workspace = openOfficeWorkspace(world.officeDir, 'foreign');
    await mkdir(workspace.dir, { recursive: true });
    await copyFile(path, sessionFilePathOf(workspace));
    const before = await stored(world);
    expect(await call(world.officeHost, 'importScores', { sessionId: 'foreign', paths: [first.path] })).toMatchObject({ ok: false, code: 'report.notOurSession' });
    expect(await stored(world)).toBe(before);
  });
});

describe('officeSessionOverview and officeResults', () => {
  let world: OfficeWorld;
  beforeAll(async () => {
    world = await officeWorld();
  }, 60_000);

  it('refuses results before any export, and for an unknown session', async () => {
    expect(await call(world.officeHost, 'officeResults', { sessionId: SESSION_ID })).toMatchObject({ ok: false, code: 'office.collect.noExports' });
    expect(await call(world.officeHost, 'officeResults', { sessionId: 'nope' })).toMatchObject({ ok: false, code: 'office.collect.noSession' });
    expect(await call(world.officeHost, 'officeSessionOverview', { sessionId: 'nope' })).toMatchObject({ ok: false, code: 'office.collect.noSession' });
  });

  it('shows who has handed in what, from each expert’s latest export (an incomplete one counts what it holds)', async () => {
    const e1 = await exportE1(world);
    const e2Sheets = demoSheetsOf('E2');
    const e2 = await handMade(world, 'e2.rdscores', { expertId: 'E2', sequence: 1, sheets: e2Sheets.slice(3), signer: E2_KEY });
    imported(await call(world.officeHost, 'importScores', { sessionId: SESSION_ID, paths: [e1.path, e2], enrol: [{ expertId: 'E2', fingerprint: E2_KEY.fingerprint }] }));
    const overview = await call(world.officeHost, 'officeSessionOverview', { sessionId: SESSION_ID });
    if (!overview.ok) throw new Error(overview.messages.join('\n'));
    expect(overview.session).toMatchObject({ sessionId: SESSION_ID, stage: 'qualification', officeFingerprint: world.office.identity.fingerprint, hasQuota: true });
    expect(overview.roster.map((r) => [r.expertId, r.keyFingerprint])).toEqual([['E1', world.expert.identity.fingerprint], ['E2', null]]);
    const ids = overview.applications.map((a) => a.id);
    expect(overview.matrix.applicationIds).toEqual(ids);
    const excluded = overview.applications.filter((a) => a.excludedByOffice).map((a) => a.id);
    expect(excluded).toHaveLength(1);

    const expected = (sheets: typeof e2Sheets) =>
      ids.map((id) => (excluded.includes(id) ? 'excludedByOffice' : (sheets.find((s) => s.applicationId === id)?.status ?? 'missing')));
    const [rowE1, rowE2] = overview.matrix.rows;
    expect(rowE1?.cells).toEqual(expected(demoSheetsOf('E1')));
    expect(rowE1?.owes).toEqual([]);
    expect(rowE2?.cells).toEqual(expected(e2Sheets.slice(3)));
    const owed = new Set(e2Sheets.slice(0, 3).map((s) => s.applicationId));
    expect(rowE2?.owes).toEqual(ids.filter((id) => owed.has(id)));
    expect(rowE1?.cells).toContain('scored');
    expect(overview.matrix.complete).toBe(false);
    expect(overview.matrix.latestExports.map((e) => [e.expertId, e.sequence, e.exportHash])).toEqual([['E1', 1, e1.exportHash], ['E2', 1, expect.any(String)]]);
    expect(overview.matrix.latestExports[0]?.importedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('gives the results mergedResults computes for the same exports, with the flagged experts’ own words', async () => {
    const result = await call(world.officeHost, 'officeResults', { sessionId: SESSION_ID });
    if (!result.ok) throw new Error(result.messages.join('\n'));
    const sent = await readSentSession(world.officeDir, SESSION_ID, world.office.identity.fingerprint);
    if (!sent.ok) throw new Error('session');
    const parts = panelPartsOfSession(sent.session);
    if (parts === null) throw new Error('no quota');
    expect(result.results).toEqual(await mergedResults(world.workspace, parts));
    expect(result.results.ranking.length).toBeGreaterThan(0);
    expect(result.exports.map((e) => e.expertId)).toEqual(['E1', 'E2']);
    const flagged = result.results.applications.flatMap((a) => a.experts.filter((e) => e.deviationFlagged).map((e) => `${a.applicationId}/${e.expertId}`));
    expect(result.deviations.map((d) => `${d.applicationId}/${d.expertId}`)).toEqual(flagged);
    for (const deviation of result.deviations) {
      const sheet = [...demoSheetsOf('E1'), ...demoSheetsOf('E2')].find((s) => s.expertId === deviation.expertId && s.applicationId === deviation.applicationId);
      expect(sheet?.status === 'scored' ? sheet.opinion : null).toEqual(deviation.opinion);
    }
  });

  it('refuses results for a qualification session file without quota settings', async () => {
    const { quota: _quota, ...payload } = world.payload;
    const path = join(world.root, 'no-quota.rdsession');
    const written = await writeSessionContainer(path, { ...payload, sessionId: 'no-quota' }, world.office.signer, await BlobStore.open(blobStoreDirOf(world.officeDir)));
    if (!written.ok) throw new Error('not written');
    const workspace = openOfficeWorkspace(world.officeDir, 'no-quota');
    await mkdir(workspace.dir, { recursive: true });
    await copyFile(path, sessionFilePathOf(workspace));
    expect(await call(world.officeHost, 'officeResults', { sessionId: 'no-quota' })).toMatchObject({ ok: false, code: 'report.noQuota' });
    expect(await call(world.officeHost, 'officeSessionOverview', { sessionId: 'no-quota' })).toMatchObject({ ok: true, session: { hasQuota: false } });
  });
});

describe('listOfficeSessions', () => {
  it('lists the sessions this office sent with their accepted exports, and a damaged one with its problem', async () => {
    const world = await officeWorld();
    const empty = await call(world.officeHost, 'listOfficeSessions', {});
    expect(empty).toMatchObject({ ok: true, sessions: [{ ok: true, sessionId: SESSION_ID, acceptedExports: 0, experts: 2, stage: 'qualification' }] });
    const e1 = await exportE1(world);
    imported(await call(world.officeHost, 'importScores', { sessionId: SESSION_ID, paths: [e1.path] }));
    const damagedDir = join(world.officeDir, 'sessions', 'broken-000000000000');
    await mkdir(damagedDir, { recursive: true });
    await writeFile(join(damagedDir, 'session.rdsession'), 'not a zip');
    await mkdir(join(world.officeDir, 'sessions', 'expert-record-only'), { recursive: true });
    const listed = await call(world.officeHost, 'listOfficeSessions', {});
    if (!listed.ok) throw new Error(listed.messages.join('\n'));
    expect(listed.sessions).toHaveLength(2);
    expect(listed.sessions[0]).toMatchObject({ ok: true, sessionId: SESSION_ID, acceptedExports: 1 });
    expect(listed.sessions[1]).toMatchObject({ ok: false, folder: 'broken-000000000000' });
    expect(listed.sessions[1]?.ok === false && listed.sessions[1].messages[0]).toBeTruthy();
  }, 60_000);
});
