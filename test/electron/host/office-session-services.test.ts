// writeSessionFile through the dispatcher every binding uses: the demo draft signed by the office's key,
// written to the chosen folder and to the workspace (the same signed session, readable by the expert's
// reader), refused while incomplete, without an office key, with a document missing from the store, and
// when a session already sent would change its standard; writing again after a roster change replaces it.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readSessionContainer } from '../../../electron/files/session-container-reader';
import { callMethod, hostTarget, type DispatchTarget } from '../../../electron/host/call-method';
import { blobStoreDirOf } from '../../../electron/host/data-layout';
import { createHostServices } from '../../../electron/host/host-services';
import { loadOrCreateIdentity, type LoadedIdentity } from '../../../electron/keys/key-store';
import { plainFileKeyWrapper } from '../../../electron/keys/key-wrapper';
import { openOfficeWorkspace, sessionFilePathOf } from '../../../electron/office/office-workspace';
import { BlobStore } from '../../../electron/store/blob-store';
import type { HostApiSpec, HostResult } from '../../../shared/contract/host-api-spec';
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { demoDocuments } from '../../../shared/demo/demo-documents';
import type { SessionDraft } from '../../../shared/office/session-draft';
import { readyDemoDraft } from '../../shared/office/demo-draft';

interface World {
  dataDir: string;
  out: string;
  office: LoadedIdentity;
  target: DispatchTarget<HostApiSpec>;
}

async function officeWorld(options: { role?: 'office' | 'expert'; documents?: boolean } = {}): Promise<World> {
  const root = await mkdtemp(join(tmpdir(), 'rd-office-session-'));
  const dataDir = join(root, '数据');
  const office = await loadOrCreateIdentity(dataDir, { name: '示例省文旅厅评审办', role: options.role ?? 'office' }, plainFileKeyWrapper);
  if (options.documents !== false) {
    const store = await BlobStore.open(blobStoreDirOf(dataDir));
    for (const document of buildDemoSession().applications.flatMap(demoDocuments)) await store.put([document.bytes], document.sha256);
  }
  return { dataDir, out: join(root, 'U盘', '评审会'), office, target: hostTarget(createHostServices({ host: 'web', dataDir })) };
}

async function write(world: World, draft: SessionDraft, locale: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<HostResult<'writeSessionFile'>> {
  const outcome = await callMethod(world.target, 'writeSessionFile', { draft, folder: world.out }, { operationId: 'op-write', locale });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.result as HostResult<'writeSessionFile'>;
}

const refusedMessages = (result: HostResult<'writeSessionFile'>): string[] => {
  if (result.ok) throw new Error('expected a refusal');
  return result.messages;
};

describe('writeSessionFile', () => {
  let world: World;
  beforeEach(async () => {
    world = await officeWorld();
  });

  it('signs the draft with the office key into the folder and the workspace: one signed session, readable in full', async () => {
    const draft = readyDemoDraft();
    const result = await write(world, draft);
    if (!result.ok) throw new Error(result.messages.join('\n'));
    expect(result).toMatchObject({ fileName: '示例省第二批创建资格评审.rdsession', sessionId: draft.sessionId, officeFingerprint: world.office.identity.fingerprint, replaced: false });
    expect(result.path).toBe(join(world.out, result.fileName));
    expect(result.documents).toBe(draft.applications.flatMap((application) => application.documents).length);

    const sent = await readSessionContainer(result.path);
    const kept = await readSessionContainer(sessionFilePathOf(openOfficeWorkspace(world.dataDir, draft.sessionId)));
    if (!sent.ok || !kept.ok) throw new Error('both copies read');
    expect(sent.signed.exportHash).toBe(result.exportHash);
    expect(kept.signed.exportHash).toBe(result.exportHash);
    expect(sent.signed.signerFingerprint).toBe(world.office.identity.fingerprint);
    expect(sent.signed.payload).toMatchObject({ sessionId: draft.sessionId, name: draft.basics.name, meeting: { startsOn: '2026-12-08', endsOn: '2026-12-09' } });
    expect(sent.signed.payload.office.encryptionKey).toBe(world.office.identity.x25519PublicKey);
  });

  it('refuses an incomplete draft with every reason, writing nothing', async () => {
    const draft = { ...readyDemoDraft(), standard: null, roster: [], recusals: [] };
    const messages = refusedMessages(await write(world, draft));
    // No standard, no panel, and so nobody to score each application: one line each after the headline.
    const count = 2 + draft.applications.length;
    expect(messages[0]).toBe(`评审会尚未准备完成，没有生成文件（${count} 处需要处理）：`);
    expect(messages).toHaveLength(1 + count);
    expect(messages.slice(1, 3)).toEqual(['尚未导入创建标准。请在「创建标准」一步导入。', '评审专家名单为空。请在「评审专家与分配」一步添加专家。']);
    await expect(readdir(world.out)).rejects.toThrow();
  });

  it('refuses without an office key, and with an expert’s key', async () => {
    const expert = await officeWorld({ role: 'expert' });
    expect(refusedMessages(await write(expert, readyDemoDraft()))[0]).toBe('本机的密钥属于专家「示例省文旅厅评审办」，不是评审办公室的密钥，不能签发评审会文件。');
    expect(refusedMessages(await write(expert, readyDemoDraft(), 'en-US'))[0]).toContain('not to an office');
  });

  it('refuses when a document is not in the store, naming it', async () => {
    const bare = await officeWorld({ documents: false });
    const messages = refusedMessages(await write(bare, readyDemoDraft()));
    expect(messages[0]).toBe('评审会文件没有写成，原有文件未被改动：');
    expect(messages.length).toBeGreaterThan(1);
    await expect(readdir(bare.out)).rejects.toThrow();
  });

  it('writes again after a roster change, replacing both copies; refuses a changed standard once sent', async () => {
    const draft = readyDemoDraft();
    const first = await write(world, draft);
    if (!first.ok) throw new Error(first.messages.join('\n'));
    const keptPath = sessionFilePathOf(openOfficeWorkspace(world.dataDir, draft.sessionId));
    const keptBefore = await readFile(keptPath);

    const fewer = { ...draft, roster: draft.roster.slice(0, 3) };
    const second = await write(world, fewer);
    if (!second.ok) throw new Error(second.messages.join('\n'));
    expect(second.replaced).toBe(true);
    expect(await readFile(keptPath)).not.toEqual(keptBefore);
    const kept = await readSessionContainer(keptPath);
    expect(kept.ok && kept.signed.payload.roster.length).toBe(3);

    const standard = draft.standard && { ...draft.standard, standard: { ...draft.standard.standard, aggregation: { policy: 'median' as const, trimThreshold: 5 } } };
    const changed = await write(world, { ...fewer, standard });
    expect(refusedMessages(changed)[0]).toContain('创建标准及其规则不能再改');
    // The refused write left the workspace's copy as the second write made it.
    const after = await readSessionContainer(keptPath);
    expect(after.ok && after.signed.exportHash).toBe(second.exportHash);
  });
});
