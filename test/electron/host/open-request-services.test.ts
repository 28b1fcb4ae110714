// takeOpenRequests: the Electron queue's paths handed over once each, with the kind their extension says;
// a host without a queue (the local web host, the CLI) answers with none.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostApiSpec } from '../../../shared/contract/host-api-spec';
import { openRequestKindOf } from '../../../shared/contract/open-requests-spec';
import { callMethod, hostTarget } from '../../../electron/host/call-method';
import { createHostServices } from '../../../electron/host/host-services';
import { openRequestServices } from '../../../electron/host/services/open-request-services';
import { PendingOpens } from '../../../electron/main/pending-opens';

const call = { operationId: null, locale: 'zh-CN' as const, signal: new AbortController().signal, progress: () => undefined };

describe('takeOpenRequests', () => {
  it('hands each waiting path over once, with its kind, dropping any path that is none of ours', async () => {
    const queue = new PendingOpens();
    queue.add(['/a/第一批.rdsession', '/a/张三-2.RDSCORES', '/a/旧.rdarchive', '/a/说明.pdf']);
    const { takeOpenRequests } = openRequestServices(queue);
    const first = await takeOpenRequests({}, call);
    expect(first).toStrictEqual({
      files: [
        { path: '/a/第一批.rdsession', kind: 'session' },
        { path: '/a/张三-2.RDSCORES', kind: 'scores' },
        { path: '/a/旧.rdarchive', kind: 'archive' },
      ],
    });
    expect(hostApiSpec.takeOpenRequests.result.safeParse(first).success).toBe(true);
    expect(await takeOpenRequests({}, call)).toStrictEqual({ files: [] });
  });

  it('answers with none on a host without a queue, through the dispatcher as every binding calls it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'rd-open-requests-'));
    const web = createHostServices({ host: 'web', dataDir });
    expect(await callMethod(hostTarget(web), 'takeOpenRequests', {}, { locale: 'zh-CN' })).toStrictEqual({ ok: true, result: { files: [] } });

    const queue = new PendingOpens();
    queue.add(['/b/x.rdscores']);
    const electron = createHostServices({ host: 'electron', dataDir, openRequests: queue });
    expect(await callMethod(hostTarget(electron), 'takeOpenRequests', {}, { locale: 'zh-CN' })).toStrictEqual({ ok: true, result: { files: [{ path: '/b/x.rdscores', kind: 'scores' }] } });
  });
});

describe('openRequestKindOf', () => {
  it('says the kind from the extension in any case, and null for anything else', () => {
    expect(openRequestKindOf('C:\\评审\\a.RdSession')).toBe('session');
    expect(openRequestKindOf('/x/a.rdscores')).toBe('scores');
    expect(openRequestKindOf('/x/a.rdarchive')).toBe('archive');
    expect(openRequestKindOf('/x/a.rdsession.bak')).toBeNull();
    expect(openRequestKindOf('/x/rdscores')).toBeNull();
  });
});
