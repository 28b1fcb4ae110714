// takeOpenRequests: the Electron queue's paths handed over once each, with the kind their extension says; a
// waiting call answered as soon as a file arrives, never taking files for a caller that went away, and
// replaced by a newer waiting call; a host without a queue (the local web host, the CLI) answers at once with
// none and says there will never be more.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostApiSpec } from '../../../shared/contract/host-api-spec';
import { openRequestKindOf } from '../../../shared/contract/open-requests-spec';
import { callMethod, hostTarget, type CallContext } from '../../../electron/host/call-method';
import { createHostServices } from '../../../electron/host/host-services';
import { openRequestServices, WaitableOpenRequests } from '../../../electron/host/services/open-request-services';
import { PendingOpens } from '../../../electron/main/pending-opens';

const callWith = (signal = new AbortController().signal): CallContext => ({ operationId: null, locale: 'zh-CN', signal, progress: () => undefined });

/** Whether the promise has settled by the time everything already queued has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('takeOpenRequests', () => {
  it('hands each waiting path over once, with its kind, dropping any path that is none of ours', async () => {
    const queue = new WaitableOpenRequests(new PendingOpens());
    queue.add(['/a/第一批.rdsession', '/a/张三-2.RDSCORES', '/a/旧.rdarchive', '/a/说明.pdf']);
    const { takeOpenRequests } = openRequestServices(queue);
    const first = await takeOpenRequests({ wait: false }, callWith());
    expect(first).toStrictEqual({
      files: [
        { path: '/a/第一批.rdsession', kind: 'session' },
        { path: '/a/张三-2.RDSCORES', kind: 'scores' },
        { path: '/a/旧.rdarchive', kind: 'archive' },
      ],
      more: true,
    });
    expect(hostApiSpec.takeOpenRequests.result.safeParse(first).success).toBe(true);
    expect(await takeOpenRequests({ wait: false }, callWith())).toStrictEqual({ files: [], more: true });
  });

  it('answers a waiting call at once when files are already there, and otherwise as soon as one arrives', async () => {
    const queue = new WaitableOpenRequests(new PendingOpens());
    const { takeOpenRequests } = openRequestServices(queue);
    queue.add(['/a/early.rdscores']);
    expect(await takeOpenRequests({ wait: true }, callWith())).toStrictEqual({ files: [{ path: '/a/early.rdscores', kind: 'scores' }], more: true });

    const waiting = takeOpenRequests({ wait: true }, callWith());
    expect(await settled(waiting)).toBe(false);
    queue.add([]);
    expect(await settled(waiting)).toBe(false);
    queue.add(['/a/late.rdsession']);
    expect(await waiting).toStrictEqual({ files: [{ path: '/a/late.rdsession', kind: 'session' }], more: true });
  });

  it('takes nothing for a waiting call that was cancelled; the files wait for the next call', async () => {
    const queue = new WaitableOpenRequests(new PendingOpens());
    const { takeOpenRequests } = openRequestServices(queue);
    const cancel = new AbortController();
    const waiting = takeOpenRequests({ wait: true }, callWith(cancel.signal));
    // The page goes just as a file arrives: the file must not go down with the cancelled call.
    cancel.abort();
    queue.add(['/a/x.rdscores']);
    expect(await waiting).toStrictEqual({ files: [], more: true });
    expect(await takeOpenRequests({ wait: true }, callWith())).toStrictEqual({ files: [{ path: '/a/x.rdscores', kind: 'scores' }], more: true });
  });

  it('answers an older waiting call with nothing when a newer one starts, and gives the files to the newer', async () => {
    const queue = new WaitableOpenRequests(new PendingOpens());
    const { takeOpenRequests } = openRequestServices(queue);
    const stale = takeOpenRequests({ wait: true }, callWith());
    const current = takeOpenRequests({ wait: true }, callWith());
    expect(await stale).toStrictEqual({ files: [], more: true });
    queue.add(['/a/y.rdarchive']);
    expect(await current).toStrictEqual({ files: [{ path: '/a/y.rdarchive', kind: 'archive' }], more: true });
  });

  it('answers at once with none, and no more to come, on a host without a queue, through the dispatcher as every binding calls it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'rd-open-requests-'));
    const web = createHostServices({ host: 'web', dataDir });
    expect(await callMethod(hostTarget(web), 'takeOpenRequests', { wait: true }, { locale: 'zh-CN' })).toStrictEqual({ ok: true, result: { files: [], more: false } });
    expect(await callMethod(hostTarget(web), 'takeOpenRequests', {}, { locale: 'zh-CN' })).toStrictEqual({ ok: true, result: { files: [], more: false } });

    const queue = new PendingOpens();
    queue.add(['/b/x.rdscores']);
    const electron = createHostServices({ host: 'electron', dataDir, openRequests: new WaitableOpenRequests(queue) });
    expect(await callMethod(hostTarget(electron), 'takeOpenRequests', {}, { locale: 'zh-CN' })).toStrictEqual({ ok: true, result: { files: [{ path: '/b/x.rdscores', kind: 'scores' }], more: true } });
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
