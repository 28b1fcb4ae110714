// The expert's side of the host API, through the dispatcher every binding uses: opening the office's
// session (progress to the end, documents in the store, the payload saved, the expert named), refusing a
// tampered or foreign one without changing anything, removing dropped files once opened, and exporting
// signed, numbered, verifiable scores, refused while incomplete unless asked.
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { callMethod, type CallOutcome } from '../../../electron/host/call-method';
import { uploadsDirOf } from '../../../electron/host/data-layout';
import { findDocument } from '../../../electron/host/documents';
import { loadSavedSession } from '../../../electron/expert/saved-session';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import { readScoresFile } from '../../../shared/files/scores-file';
import { buildSessionFile } from '../../../shared/files/session-file';
import type { ScoreSheet } from '../../../shared/scoring/score-sheet';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { containerEntries } from '../files/session-fixtures';
import { yazlZip } from '../package/package-fixtures';
import { snapshot } from '../package/store-snapshot';
import { demoSheetsOf, expertWorld, type ExpertWorld } from './expert-fixtures';

function resultOf<M extends 'openSession' | 'exportScores'>(outcome: CallOutcome): HostResult<M> {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.result as HostResult<M>;
}
type Opened = Extract<HostResult<'openSession'>, { ok: true }>;
type Exported = Extract<HostResult<'exportScores'>, { ok: true }>;
type Refused = Extract<HostResult<'exportScores'>, { ok: false }>;

async function open(world: ExpertWorld, path: string, expectedOffice?: string, onProgress?: (done: number, total: number) => void) {
  const outcome = await callMethod(world.target, 'openSession', { path, ...(expectedOffice === undefined ? {} : { expectedOffice }) }, {
    operationId: 'op-open',
    ...(onProgress ? { onProgress: (p) => onProgress(p.done, p.total) } : {}),
  });
  return resultOf<'openSession'>(outcome);
}
const opened = (result: HostResult<'openSession'>): Opened => {
  if (!result.ok) throw new Error(result.messages.join('\n'));
  return result;
};

/** One bit of session.json's id flipped (`demo-2026-2` → `demo-2026-3`). */
function flipId(bytes: Uint8Array): Buffer {
  const copy = Buffer.from(bytes);
  const at = copy.indexOf(Buffer.from('"sessionId":"demo-2026-2"'));
  expect(at).toBeGreaterThan(0);
  copy[at + 23] = (copy[at + 23] ?? 0) ^ 0x01;
  return copy;
}

/** The session file with the bit flipped in place, as a bad copy would have it: the zip's checksum no longer holds. */
async function tamperedCopy(world: ExpertWorld, path: string): Promise<void> {
  await writeFile(path, flipId(await readFile(world.sessionFile)));
}

/** A well-formed container whose session.json was edited after signing: only the signature tells. */
async function reSignedElsewhere(world: ExpertWorld, path: string): Promise<void> {
  const edited = flipId(buildSessionFile(world.payload, world.office.signer).bytes);
  await writeFile(path, await yazlZip(containerEntries(edited, world.documents.map((d) => Buffer.from(d.bytes)))));
}

describe('openSession', () => {
  let world: ExpertWorld;
  beforeAll(async () => {
    world = await expertWorld();
  });

  it('opens the demo session with progress to the end, stores every document and saves the payload', async () => {
    const progress: Array<[number, number]> = [];
    // As read out: grouped and upper case.
    const expected = groupedFingerprint(world.office.identity.fingerprint);
    const result = opened(await open(world, world.sessionFile, expected, (done, total) => progress.push([done, total])));

    expect(result).toMatchObject({ officeFingerprint: world.office.identity.fingerprint, officeChecked: true, expertId: 'E1' });
    expect(result.session.sessionId).toBe('demo-2026-2');
    expect(result.session.roster.map((e) => e.expertId)).toEqual(['E1', 'E2']);
    expect(result.documents).toBe(world.documents.length);
    // What the UI stores is what the schema outputs (defaults filled).
    expect(result.session.recusalSuggestions).toEqual(expect.any(Array));

    for (const document of world.documents) {
      const found = await findDocument(world.expertDir, document.sha256);
      if (found === null) throw new Error(`${document.title} not stored`);
      expect(Buffer.from(await readFile(found.path)).equals(Buffer.from(document.bytes)), document.title).toBe(true);
    }
    expect(await loadSavedSession(world.expertDir, 'demo-2026-2')).toEqual(result.session);

    expect(progress.length).toBeGreaterThan(2);
    const total = 2 * world.documents.reduce((sum, d) => sum + d.bytes.length, 0);
    expect(progress.every(([, t]) => t === total)).toBe(true);
    expect(progress.every(([done], i) => i === 0 || done >= (progress[i - 1]?.[0] ?? 0))).toBe(true);
    expect(progress.at(-1)).toEqual([total, total]);
    // The user's own file is never removed.
    expect((await readFile(world.sessionFile)).length).toBeGreaterThan(0);
  });

  it('opens without an expected office, saying the signer was not checked', async () => {
    const result = opened(await open(world, world.sessionFile));
    expect(result.officeChecked).toBe(false);
    expect(result.officeFingerprint).toBe(world.office.identity.fingerprint);
  });

  it('refuses a tampered file with its code in Chinese, and the data directory is left exactly as it was', async () => {
    await open(world, world.sessionFile);
    const edited = join(world.root, 'edited.rdsession');
    const damaged = join(world.root, 'damaged.rdsession');
    await reSignedElsewhere(world, edited);
    await tamperedCopy(world, damaged);
    const before = await snapshot(world.expertDir);

    const result = await open(world, edited);
    expect(result, JSON.stringify(result)).toMatchObject({ ok: false, code: 'session.file.tampered' });
    if (!result.ok) expect(result.messages[0]).toContain('签名验证失败');
    expect(await open(world, damaged)).toMatchObject({ ok: false, code: 'session.container.damaged' });
    expect(await snapshot(world.expertDir)).toEqual(before);
  });

  it('refuses a file signed by another office than the one expected, changing nothing', async () => {
    const before = await snapshot(world.expertDir);
    const result = await open(world, world.sessionFile, 'ab12 '.repeat(16));
    expect(result).toMatchObject({ ok: false, code: 'session.office.unexpected' });
    expect(await snapshot(world.expertDir)).toEqual(before);
  });

  it('refuses a missing file, and an expected office that is not a fingerprint as bad params', async () => {
    expect(await open(world, join(world.root, 'none.rdsession'))).toMatchObject({ ok: false, code: 'session.container.cannotOpen' });
    const outcome = await callMethod(world.target, 'openSession', { path: world.sessionFile, expectedOffice: 'not a fingerprint' });
    expect(outcome).toMatchObject({ ok: false, failure: 'badParams' });
  });

  it('removes a dropped file from the uploads once it was opened or refused, and never the user’s own file', async () => {
    const uploads = uploadsDirOf(world.expertDir);
    await mkdir(uploads, { recursive: true });
    const good = join(uploads, 'good.rdsession');
    const bad = join(uploads, 'bad.rdsession');
    await copyFile(world.sessionFile, good);
    await tamperedCopy(world, bad);
    expect((await open(world, good)).ok).toBe(true);
    expect((await open(world, bad)).ok).toBe(false);
    expect(await readdir(uploads)).toEqual([]);
  });
});

describe('exportScores', () => {
  let world: ExpertWorld;
  let folder: string;
  beforeAll(async () => {
    world = await expertWorld();
    opened(await open(world, world.sessionFile));
    folder = join(world.root, 'U盘');
  });
  const exportCall = async (params: Record<string, unknown>) =>
    resultOf<'exportScores'>(await callMethod(world.target, 'exportScores', { sessionId: 'demo-2026-2', expertId: 'E1', sheets: demoSheetsOf('E1'), folder, encrypt: false, ...params }));
  const exported = (result: HostResult<'exportScores'>): Exported => {
    if (!result.ok) throw new Error(result.messages.join('\n'));
    return result;
  };
  const refused = (result: HostResult<'exportScores'>): Refused => {
    if (result.ok) throw new Error(`exported ${result.path}`);
    return result;
  };

  it('writes a signed file the office’s reader verifies, and a re-export is number 2 naming the first', async () => {
    const first = exported(await exportCall({}));
    expect(first).toMatchObject({ sequence: 1, previousHash: null, encrypted: false, recorded: true, incomplete: [] });
    expect(first.path).toBe(join(folder, first.fileName));
    const read = readScoresFile(new Uint8Array(await readFile(first.path)));
    if (!read.ok) throw new Error(read.code);
    expect(read.file.exportHash).toBe(first.exportHash);
    expect(read.file.signerFingerprint).toBe(world.expert.identity.fingerprint);
    expect(read.file.payload).toMatchObject({ sessionId: 'demo-2026-2', expertId: 'E1', sequence: 1 });
    expect(read.file.payload.sheets).toHaveLength(demoSheetsOf('E1').length);

    const second = exported(await exportCall({}));
    expect(second).toMatchObject({ sequence: 2, previousHash: first.exportHash });
    const again = readScoresFile(new Uint8Array(await readFile(second.path)));
    expect(again.ok && again.file.payload.previousHash).toBe(first.exportHash);
  });

  it('encrypts to the office key named in the session: only the office opens it', async () => {
    const result = exported(await exportCall({ encrypt: true }));
    expect(result.encrypted).toBe(true);
    const bytes = new Uint8Array(await readFile(result.path));
    expect(readScoresFile(bytes)).toMatchObject({ ok: false, code: 'needsKey' });
    const read = readScoresFile(bytes, { decryptWith: world.office.signer });
    expect(read.ok && read.file.exportHash).toBe(result.exportHash);
  });

  it('refuses an incomplete export with the list of what is missing, and writes it when asked to', async () => {
    const sheets: ScoreSheet[] = demoSheetsOf('E1').filter((sheet) => sheet.applicationId !== 'A02');
    const before = await readdir(folder);
    const result = refused(await exportCall({ sheets }));
    expect(result.code).toBe('expertSession.host.export.incomplete');
    expect(result.messages[0]).toBe('评分尚未完成（应评 11 个申报，已完成 10 个），还有 1 处缺项，未导出：');
    expect(result.messages[1]).toMatch(/（A02）：尚未评分，也未回避。$/);
    expect(await readdir(folder)).toEqual(before);

    const anyway = exported(await exportCall({ sheets, allowIncomplete: true }));
    expect(anyway.incomplete).toEqual([result.messages[1]]);
    const read = readScoresFile(new Uint8Array(await readFile(anyway.path)));
    expect(read.ok && read.file.payload.sheets).toHaveLength(sheets.length);
  });

  it('refuses sheets the office could not count, even when incomplete exports are allowed', async () => {
    const result = refused(await exportCall({ sheets: [...demoSheetsOf('E1'), ...demoSheetsOf('E2').slice(0, 1)], allowIncomplete: true }));
    expect(result.code).toBe('expertSession.host.export.invalidSheets');
    expect(result.messages[1]).toContain('属于专家 E2');
  });

  it('refuses a sheet that does not match the contract as bad params', async () => {
    const outcome = await callMethod(world.target, 'exportScores', { sessionId: 'demo-2026-2', expertId: 'E1', sheets: [{ status: 'scored' }], folder, encrypt: false });
    expect(outcome).toMatchObject({ ok: false, failure: 'badParams' });
  });

  it('refuses a session not opened here, an expert not on the panel, and a machine without a key', async () => {
    expect(refused(await exportCall({ sessionId: 'other' })).code).toBe('expertSession.host.export.noSession');
    expect(refused(await exportCall({ expertId: 'E7', sheets: demoSheetsOf('E7') })).code).toBe('expertSession.host.export.notOnPanel');
    const stranger = await expertWorld({ expertKey: false });
    opened(await open(stranger, stranger.sessionFile));
    const noKey = resultOf<'exportScores'>(
      await callMethod(stranger.target, 'exportScores', { sessionId: 'demo-2026-2', expertId: 'E1', sheets: demoSheetsOf('E1'), folder, encrypt: false }),
    );
    expect(noKey).toMatchObject({ ok: false, code: 'expertSession.host.export.noKey' });
  });

  it('signs for a panel member not enrolled yet (the office enrols at merge), never for one enrolled with another key', async () => {
    // E2 has no key in the session: this machine may sign as E2.
    expect(exported(await exportCall({ expertId: 'E2', sheets: demoSheetsOf('E2') })).sequence).toBe(1);
    const other = await expertWorld();
    // This machine opens the session in which E1 is enrolled with `world`'s key, then signs as E1 with its own.
    opened(await open(other, world.sessionFile));
    const result = resultOf<'exportScores'>(
      await callMethod(other.target, 'exportScores', { sessionId: 'demo-2026-2', expertId: 'E1', sheets: demoSheetsOf('E1'), folder, encrypt: false }),
    );
    expect(result).toMatchObject({ ok: false, code: 'expertSession.host.export.otherKey' });
    if (!result.ok) expect(result.messages[0]).toContain(groupedFingerprint(world.expert.identity.fingerprint));
  });
});
