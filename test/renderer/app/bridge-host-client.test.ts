// The renderer's host client over the preload's `window.reviewDesk`, against a fake bridge: the envelope it
// sends, the progress it forwards and stops forwarding, cancel on abort, and that its answers are parsed and
// its refusals thrown exactly like the HTTP client's.
import { describe, expect, it, vi } from 'vitest';
import { HOST_METHODS, type HostProgress } from '../../../shared/contract/host-api-spec';
import type { IpcCall, ReviewDeskBridge } from '../../../shared/contract/ipc-channels';
import { bridgeTransport, chooseMakeHost, createPageHost } from '../../../renderer/src/app/app-host';
import { createBridgeClient, isReviewDeskBridge } from '../../../renderer/src/app/bridge-host-client';
import { createHostClient, HostCallError } from '../../../renderer/src/host-client';

type Invoke = (params: unknown, call: IpcCall) => Promise<unknown>;

/** A bridge whose every method answers with `answer`; progress listeners are kept so the test can emit. */
function fakeBridge(answer: Invoke = () => Promise.resolve({ ok: true, result: { path: '/tmp/x' } }), pathForFile: (file: object) => string = () => '') {
  const listeners = new Map<string, Set<(progress: HostProgress) => void>>();
  const invoke = vi.fn(answer);
  const calls: { method: string; params: unknown; call: IpcCall }[] = [];
  const methods = Object.fromEntries(
    HOST_METHODS.map((method) => [
      method,
      (params: unknown, call: IpcCall) => {
        calls.push({ method, params, call });
        return invoke(params, call);
      },
    ]),
  );
  const cancel = vi.fn();
  const bridge = {
    ...methods,
    onProgress(operationId: string, listener: (progress: HostProgress) => void) {
      const set = listeners.get(operationId) ?? new Set();
      set.add(listener);
      listeners.set(operationId, set);
      return () => set.delete(listener);
    },
    cancel,
    pathForFile,
  } as unknown as ReviewDeskBridge;
  const emit = (progress: HostProgress): void => {
    for (const listener of listeners.get(progress.operationId) ?? []) listener(progress);
  };
  return { bridge, calls, cancel, emit, invoke };
}

const refusalBody = {
  code: 'host.error.notFound',
  message: 'Not found: x.',
  params: { path: 'x' },
  problems: [{ code: 'p', where: 'w', message: 'm' }],
};

describe('createBridgeClient', () => {
  it('calls the method of the same name with the params, the caller\'s locale and a fresh operation id', async () => {
    const { bridge, calls } = fakeBridge();
    const client = createBridgeClient(bridge, { locale: 'en-US' });
    await expect(client.call('chooseFolder', { purpose: 'exportScores' })).resolves.toEqual({ path: '/tmp/x' });
    await client.call('chooseFolder', { purpose: 'exportScores' });
    expect(calls).toHaveLength(2);
    expect(calls[0]?.method).toBe('chooseFolder');
    expect(calls[0]?.params).toEqual({ purpose: 'exportScores' });
    expect(calls[0]?.call.locale).toBe('en-US');
    expect(calls[0]?.call.operationId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(calls[1]?.call.operationId).not.toBe(calls[0]?.call.operationId);
  });

  it('passes on the progress of its own operation while it runs, and nothing after', async () => {
    let finish: (value: unknown) => void = () => {};
    const { bridge, calls, emit } = fakeBridge(() => new Promise((resolve) => (finish = resolve)));
    const seen: HostProgress[] = [];
    const pending = createBridgeClient(bridge).call('chooseFolder', { purpose: 'exportScores' }, { onProgress: (p) => seen.push(p) });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    const operationId = calls[0]?.call.operationId ?? '';
    emit({ operationId, done: 1, total: 2, label: 'a' });
    emit({ operationId: 'someone-else', done: 1, total: 9, label: '' });
    finish({ ok: true, result: { path: null } });
    await pending;
    emit({ operationId, done: 2, total: 2, label: 'late' });
    expect(seen).toEqual([{ operationId, done: 1, total: 2, label: 'a' }]);
  });

  it('asks the bridge to cancel its operation when the signal aborts, and rejects with the reason', async () => {
    const { bridge, calls, cancel } = fakeBridge(() => new Promise(() => {}));
    const controller = new AbortController();
    const pending = createBridgeClient(bridge).call('chooseFolder', { purpose: 'exportScores' }, { signal: controller.signal });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(cancel).not.toHaveBeenCalled();
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
    expect(cancel).toHaveBeenCalledWith(calls[0]?.call.operationId);
  });

  it.each([
    ['not an outcome', 'yes'],
    ['a result the contract does not allow', { ok: true, result: { path: 42 } }],
    ['a refusal without its failure kind', { ok: false, error: refusalBody }],
    ['a refusal with a malformed error', { ok: false, failure: 'refused', error: { code: 'x' } }],
  ])('refuses %s as a bad answer', async (_what, answer) => {
    const { bridge } = fakeBridge(() => Promise.resolve(answer));
    const error = await createBridgeClient(bridge, { locale: 'en-US' })
      .call('chooseFolder', { purpose: 'exportScores' })
      .catch((cause: unknown) => cause);
    expect(error).toBeInstanceOf(HostCallError);
    expect(error).toMatchObject({ code: 'host.error.badResult', method: 'chooseFolder' });
  });

  it('throws a refusal as the same HostCallError the HTTP client gives for it', async () => {
    const { bridge } = fakeBridge(() => Promise.resolve({ ok: false, failure: 'refused', error: refusalBody }));
    const overIpc = await createBridgeClient(bridge).call('chooseFolder', { purpose: 'exportScores' }).catch((cause: unknown) => cause);
    const fetchFake = (): Promise<Response> => Promise.resolve(new Response(JSON.stringify({ ok: false, error: refusalBody }), { status: 422 }));
    const overHttp = await createHostClient({ fetch: fetchFake }).call('chooseFolder', { purpose: 'exportScores' }).catch((cause: unknown) => cause);
    expect(overIpc).toBeInstanceOf(HostCallError);
    expect(overHttp).toBeInstanceOf(HostCallError);
    const shape = (e: unknown) => {
      const { name, message, code, method, status, params, problems } = e as HostCallError;
      return { name, message, code, method, status, params, problems };
    };
    expect(shape(overIpc)).toEqual(shape(overHttp));
  });
});

describe('choosing the host', () => {
  it('takes the bridge only when window.reviewDesk has every method, onProgress, cancel and pathForFile', async () => {
    const { bridge, calls } = fakeBridge();
    expect(isReviewDeskBridge(bridge)).toBe(true);
    const { cancel: _dropped, ...noCancel } = bridge;
    const { pathForFile: _noPath, ...noPathForFile } = bridge;
    const { chooseFolder: _gone, ...missingMethod } = bridge;
    for (const wrong of [undefined, null, 'reviewDesk', {}, noCancel, noPathForFile, missingMethod, { ...bridge, onProgress: 'no' }]) {
      expect(isReviewDeskBridge(wrong)).toBe(false);
      expect(chooseMakeHost({ reviewDesk: wrong })).toBe(createPageHost);
    }
    expect(chooseMakeHost({})).toBe(createPageHost);

    const makeHost = chooseMakeHost({ reviewDesk: bridge });
    expect(makeHost).not.toBe(createPageHost);
    await expect(makeHost(() => 'en-US').chooseFolder({ purpose: 'exportScores' })).resolves.toEqual({ path: '/tmp/x' });
    expect(calls[0]?.call.locale).toBe('en-US');
  });

  it('hands the host a chosen or dropped file by its own path under the bridge, copying nothing', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const seen: object[] = [];
    const file = new File(['12345'], '东坪县.zip');
    const host = createPageHost(() => 'en-US', bridgeTransport(fakeBridge(undefined, (f) => (seen.push(f), 'D:\\申报\\东坪县.zip')).bridge));
    await expect(host.upload(file)).resolves.toEqual({ path: 'D:\\申报\\东坪县.zip', name: '东坪县.zip', size: 5 });
    expect(seen).toEqual([file]);
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it('refuses a file with no place on disk under the bridge, naming it, in the caller’s language', async () => {
    const zh = createPageHost(() => 'zh-CN', bridgeTransport(fakeBridge().bridge));
    await expect(zh.upload(new File(['x'], '拖入的.zip'))).rejects.toMatchObject({ code: 'host.error.fileWithoutPath', message: expect.stringContaining('「拖入的.zip」不在本机磁盘上') });
    const en = createPageHost(() => 'en-US', bridgeTransport(fakeBridge().bridge));
    await expect(en.upload(new File(['x'], 'a.zip'))).rejects.toMatchObject({ message: expect.stringContaining('not a file on this computer') });
  });

  it('reads documents from the page’s own origin under the bridge too (app:// serves the same route)', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(new Uint8Array([1, 2, 3])));
    const host = createPageHost(() => 'en-US', bridgeTransport(fakeBridge().bridge));
    const blob = await host.fetchDocument('a'.repeat(64), 'a.pdf');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(fetchSpy).toHaveBeenCalledWith(`/api/documents/${'a'.repeat(64)}?type=application%2Fpdf`, expect.anything());
    fetchSpy.mockRestore();
  });
});
