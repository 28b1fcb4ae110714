// The suggestion list through the host API on a real signed session with E1's and E2's exports taken in: sign
// version 1 on the data the clerk saw, then version 2 naming it; refuse a stale version, changed data and
// adjustments that do not apply (each named, nothing written); every version stays, checked, and a damaged,
// missing or foreign version file is refused rather than shown as a whole history.
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { listPathOf, listsDirOf } from '../../../electron/office/suggestion-lists';
import { loadWorkspace } from '../../../electron/office/office-workspace';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import { signerFromSeed } from '../../../shared/crypto/signer';
import { buildSignedFile } from '../../../shared/files/signed-file';
import { suggestionListFileFormat } from '../../../shared/files/suggestion-list-file';
import { demoSheetsOf } from './expert-fixtures';
import { call, currentDataFingerprint, E2_KEY, exportE1, handMade, importAllAccepted, officeWorld, SESSION_ID, type OfficeWorld } from './office-collect-fixtures';
import { listOf } from '../../shared/support/list-of';

type Lists = Extract<HostResult<'officeSuggestionLists'>, { ok: true }>;
const listed = (result: HostResult<'officeSuggestionLists'>): Lists => {
  if (!result.ok) throw new Error(result.messages.join('\n'));
  return result;
};
const reason = '经评审委员会集体复议，同意调整';

describe('officeSuggestionLists and signSuggestionList', () => {
  let world: OfficeWorld;
  let dataFingerprint = '';
  let firstHash = '';
  const lists = async (): Promise<Lists> => listed(await call(world.officeHost, 'officeSuggestionLists', { sessionId: SESSION_ID }));
  const sign = (params: Record<string, unknown>) =>
    call(world.officeHost, 'signSuggestionList', { sessionId: SESSION_ID, dataFingerprint, previousHash: null, adjustments: [], dissent: [], note: '', ...params });

  beforeAll(async () => {
    world = await officeWorld();
    const e1 = await exportE1(world);
    const e2 = await handMade(world, 'e2.rdscores', { expertId: 'E2', sequence: 1, sheets: demoSheetsOf('E2'), signer: E2_KEY });
    await importAllAccepted(world, [e1.path, e2], [{ expertId: 'E2', fingerprint: E2_KEY.fingerprint }]);
    dataFingerprint = await currentDataFingerprint(world);
  }, 90_000);

  it('has no versions before the first signing, and names the current data', async () => {
    const answer = await lists();
    expect(answer.versions).toEqual([]);
    expect(answer.currentDataFingerprint).toBe(dataFingerprint);
  });

  it('refuses adjustments that do not apply, naming each with its county, and writes nothing', async () => {
    const results = await call(world.officeHost, 'officeResults', { sessionId: SESSION_ID });
    if (!results.ok) throw new Error('no results');
    const first = listOf(results.results).entries[0];
    const excluded = results.results.excluded[0];
    if (!first || !excluded) throw new Error('the demo has a list and an excluded application');
    const refused = await sign({
      adjustments: [
        { kind: 'include', applicationId: first.applicationId, reason },
        { kind: 'include', applicationId: excluded.applicationId, reason },
      ],
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.code).toBe('office.list.invalidAdjustment');
    expect(refused.messages[0]).toContain('2 处人工调整无法执行');
    expect(refused.messages[1]).toContain(`第 1 项调整：${first.countyName} 已在名单上`);
    expect(refused.messages[2]).toContain(`第 2 项调整：${excluded.countyName} 不在可列入的申报之列`);
    expect(await readdir(listsDirOf(world.workspace)).catch(() => [])).toEqual([]);
  });

  it('refuses a reason too short to explain anything, by the contract', async () => {
    const outcome = await import('../../../electron/host/call-method').then(({ callMethod }) =>
      callMethod(world.officeHost, 'signSuggestionList', { sessionId: SESSION_ID, dataFingerprint, previousHash: null, adjustments: [{ kind: 'exclude', applicationId: 'A01', reason: ' 不行 ' }], dissent: [], note: '' }),
    );
    expect(outcome.ok).toBe(false);
  });

  it('refuses to sign on data other than what the workspace holds', async () => {
    const refused = await sign({ dataFingerprint: 'f'.repeat(64) });
    expect(refused).toMatchObject({ ok: false, code: 'office.list.dataChanged' });
  });

  it('signs version 1 with the office key: the adjusted list, the reasons, the dissent, entered in the audit log', async () => {
    const before = await lists();
    const computed = (await call(world.officeHost, 'officeResults', { sessionId: SESSION_ID }));
    if (!computed.ok) throw new Error('no results');
    const last = listOf(computed.results).entries.at(-1);
    if (!last) throw new Error('empty list');
    const signed = await sign({
      adjustments: [{ kind: 'move', applicationId: last.applicationId, toPosition: 1, reason }],
      dissent: [{ by: '王委员', text: '认为应按原排名，不宜调整。' }],
      note: ' 第一次会议决定 ',
    });
    if (!signed.ok) throw new Error(signed.messages.join('\n'));
    expect(before.versions).toEqual([]);
    expect(signed.warning).toBeUndefined();
    expect(signed.path).toBe(listPathOf(world.workspace, 1));
    const { payload } = signed.version;
    expect(payload).toMatchObject({ version: 1, previousHash: null, dataFingerprint, note: '第一次会议决定', sessionId: SESSION_ID });
    expect(payload.entries[0]).toMatchObject({ applicationId: last.applicationId, position: 1, computedPosition: last.position });
    expect(payload.computed).toEqual(listOf(computed.results).entries.map((e) => e.applicationId));
    expect(payload.dissent).toEqual([{ by: '王委员', text: '认为应按原排名，不宜调整。' }]);
    expect(payload.signer.fingerprint).toBe(world.office.identity.fingerprint);
    firstHash = signed.version.hash;

    const { auditLog } = await loadWorkspace(world.workspace);
    expect(auditLog.at(-1)).toMatchObject({ action: 'suggestionListSigned', actor: world.office.identity.fingerprint, details: { version: 1, hash: firstHash, dataFingerprint } });
    const answer = await lists();
    expect(answer.versions).toEqual([{ hash: firstHash, matchesCurrentData: true, payload }]);
  });

  it('never rewrites a signed version: signing again without naming version 1 is stale', async () => {
    const bytes = await readFile(listPathOf(world.workspace, 1));
    expect(await sign({})).toMatchObject({ ok: false, code: 'office.list.staleVersion' });
    expect(await readFile(listPathOf(world.workspace, 1))).toEqual(bytes);
  });

  it('signs version 2 naming version 1, and keeps both', async () => {
    const signed = await sign({ previousHash: firstHash, adjustments: [], note: '复议后恢复原排名' });
    if (!signed.ok) throw new Error(signed.messages.join('\n'));
    expect(signed.version.payload).toMatchObject({ version: 2, previousHash: firstHash, adjustments: [] });
    const answer = await lists();
    expect(answer.versions.map((v) => v.payload.version)).toEqual([1, 2]);
    expect(answer.versions[0]?.hash).toBe(firstHash);
  });

  it('says a version no longer matches once more scores came in', async () => {
    const e1 = await exportE1(world, demoSheetsOf('E1').slice(1));
    await importAllAccepted(world, [e1.path]);
    const answer = await lists();
    expect(answer.currentDataFingerprint).not.toBe(dataFingerprint);
    expect(answer.versions.map((v) => v.matchesCurrentData)).toEqual([false, false]);
    expect(await sign({ previousHash: answer.versions[1]?.hash })).toMatchObject({ ok: false, code: 'office.list.dataChanged' });
  });

  it('refuses a history with a version altered, missing, or signed by another key', async () => {
    const v1 = listPathOf(world.workspace, 1);
    const original = await readFile(v1);
    const refusedWith = async (code: string) => {
      const answer = await call(world.officeHost, 'officeSuggestionLists', { sessionId: SESSION_ID });
      expect(answer).toMatchObject({ ok: false, code });
    };

    await writeFile(v1, original.toString('utf8').replace('复议', '覆议'));
    await refusedWith('office.list.damaged');

    await rename(v1, `${v1}.moved`);
    await refusedWith('office.list.versionMissing');
    await rename(`${v1}.moved`, v1);
    await writeFile(v1, original);

    // The latest version, so that no later version's previousHash gives the stranger away.
    const v2 = listPathOf(world.workspace, 2);
    const latest = await readFile(v2);
    const stranger = signerFromSeed(new Uint8Array(32).fill(7));
    const second = (await lists()).versions[1];
    if (!second) throw new Error('no version 2');
    await writeFile(v2, buildSignedFile(suggestionListFileFormat, second.payload, stranger).bytes);
    await refusedWith('office.list.damaged');

    await writeFile(v2, latest);
    expect((await lists()).versions).toHaveLength(2);
  });
});
