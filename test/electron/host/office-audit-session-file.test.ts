// writeSessionFile enters each writing in the session's audit log (the path that went to the experts and the
// hash of the signed session), and a log that will not take the entry leaves the written file a success
// with a warning that says so, instead of a failure the clerk would redo for nothing.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callMethod, hostTarget, type DispatchTarget } from '../../../electron/host/call-method';
import { blobStoreDirOf } from '../../../electron/host/data-layout';
import { createHostServices } from '../../../electron/host/host-services';
import { loadOrCreateIdentity } from '../../../electron/keys/key-store';
import { plainFileKeyWrapper } from '../../../electron/keys/key-wrapper';
import { auditLogPathOf, openOfficeWorkspace } from '../../../electron/office/office-workspace';
import { BlobStore } from '../../../electron/store/blob-store';
import type { HostApiSpec, HostMethod, HostResult } from '../../../shared/contract/host-api-spec';
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { demoDocuments } from '../../../shared/demo/demo-documents';
import { readyDemoDraft } from '../../shared/office/demo-draft';

async function officeWorld(): Promise<{ dataDir: string; out: string; target: DispatchTarget<HostApiSpec> }> {
  const root = await mkdtemp(join(tmpdir(), 'rd-office-audit-'));
  const dataDir = join(root, '数据');
  await loadOrCreateIdentity(dataDir, { name: '示例省文旅厅评审办', role: 'office' }, plainFileKeyWrapper);
  const store = await BlobStore.open(blobStoreDirOf(dataDir));
  for (const document of buildDemoSession().applications.flatMap(demoDocuments)) await store.put([document.bytes], document.sha256);
  return { dataDir, out: join(root, 'U盘'), target: hostTarget(createHostServices({ host: 'web', dataDir })) };
}

async function call<M extends HostMethod>(target: DispatchTarget<HostApiSpec>, method: M, params: unknown): Promise<HostResult<M>> {
  const outcome = await callMethod(target, method, params, { operationId: 'op' });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.result as HostResult<M>;
}

describe('writeSessionFile and the audit log', () => {
  it('enters each writing with the path and the signed session’s hash', async () => {
    const world = await officeWorld();
    const draft = readyDemoDraft();
    const first = await call(world.target, 'writeSessionFile', { draft, folder: world.out });
    const again = await call(world.target, 'writeSessionFile', { draft, folder: world.out });
    if (!first.ok || !again.ok) throw new Error('written');
    expect(first.warning).toBeUndefined();

    const log = await call(world.target, 'officeAuditLog', { sessionId: draft.sessionId });
    if (!log.ok) throw new Error(log.messages.join('\n'));
    expect(log.entries.map((e) => e.action)).toEqual(['sessionFileWritten', 'sessionFileWritten']);
    expect(log.entries[1]?.description).toBe(`写出评审会文件到 ${again.path}`);
    const raw = JSON.parse(await readFile(auditLogPathOf(openOfficeWorkspace(world.dataDir, draft.sessionId)), 'utf8')) as { entries: Array<{ details: unknown }> };
    expect(raw.entries[0]?.details).toEqual({ sessionId: draft.sessionId, path: first.path, exportHash: first.exportHash, replaced: false });
    expect(raw.entries[1]?.details).toMatchObject({ exportHash: again.exportHash, replaced: true });
  });

  it('keeps a written file a success when the log will not take the entry, and says so', async () => {
    const world = await officeWorld();
    const draft = readyDemoDraft();
    const first = await call(world.target, 'writeSessionFile', { draft, folder: world.out });
    if (!first.ok) throw new Error('written');
    // The log altered on disk: the workspace refuses to append to it.
    const path = auditLogPathOf(openOfficeWorkspace(world.dataDir, draft.sessionId));
    await writeFile(path, (await readFile(path, 'utf8')).replace(first.exportHash, first.exportHash.replace(/^./, (c) => (c === '0' ? '1' : '0'))));

    const again = await call(world.target, 'writeSessionFile', { draft, folder: world.out });
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.warning).toMatch(/^评审会文件已写好并核对无误，可以交给专家；但这次写出没能记入审计日志：审计日志/);
  });
});
