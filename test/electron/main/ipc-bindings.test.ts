// The host API over IPC, with `electron` mocked (no Electron binary here): which channels are bound, who may
// call them, and that a call reaches the real host services only with a valid payload from our own frame.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainEvent, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hostApiSpec } from '../../../shared/contract/host-api-spec';
import { CANCEL_CHANNEL, IPC_PREFIX, methodChannel, PROGRESS_CHANNEL } from '../../../shared/contract/ipc-channels';
import { hostTarget, type HostServices } from '../../../electron/host/call-method';
import { createHostServices } from '../../../electron/host/host-services';
import { bindHostApi, isAppMainFrame, type IpcMainLike } from '../../../electron/main/ipc-bindings';

// The binding gets ipcMain and the frames from its caller; the mock has no exports, so any run-time use of the
// real module from ipc-bindings.ts would throw here.
vi.mock('electron', () => ({}));

const APP_ORIGIN = 'app://review-desk';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
type Listener = (event: IpcMainEvent, ...args: unknown[]) => void;

/** An ipcMain that records what is registered, like Electron's (handle twice on one channel throws). */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const listeners = new Map<string, Listener[]>();
  const ipcMain = {
    handle: (channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
    on: (channel: string, listener: Listener) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipcMain;
    },
    removeListener: (channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener));
      return ipcMain;
    },
  };
  return { ipcMain: ipcMain as unknown as IpcMainLike, handlers, listeners };
}

interface FrameShape {
  origin?: string;
  parent?: object | null;
  destroyed?: boolean;
  detached?: boolean;
}
const frame = ({ origin = APP_ORIGIN, parent = null, destroyed = false, detached = false }: FrameShape = {}): WebFrameMain =>
  ({ origin, parent, detached, isDestroyed: () => destroyed, url: `${origin}/index.html` }) as unknown as WebFrameMain;

/** A web contents that records what it was sent and can be "closed". */
function fakeSender(id = 1) {
  const sent: Array<{ channel: string; payload: unknown }> = [];
  const onDestroyed: Array<() => void> = [];
  const sender = {
    id,
    isDestroyed: () => false,
    send: (channel: string, payload: unknown) => sent.push({ channel, payload }),
    once: (name: string, listener: () => void) => {
      if (name === 'destroyed') onDestroyed.push(listener);
      return sender;
    },
  };
  return { sender: sender as unknown as WebContents, sent, destroy: () => onDestroyed.forEach((listener) => listener()) };
}

const invokeEvent = (senderFrame: WebFrameMain | null, sender = fakeSender().sender): IpcMainInvokeEvent =>
  ({ senderFrame, sender, frameId: 1, processId: 1, type: 'frame' }) as unknown as IpcMainInvokeEvent;

const ourAppFrame = (f: WebFrameMain): boolean => isAppMainFrame(f, APP_ORIGIN);

async function setup(override: Partial<HostServices> = {}, isOurFrame = ourAppFrame) {
  const dataDir = await mkdtemp(join(tmpdir(), 'rd-ipc-'));
  const real = createHostServices({ host: 'electron', dataDir });
  // Every service is wrapped in a spy, so a test can say "the service never ran".
  const spied = Object.fromEntries(Object.entries({ ...real, ...override }).map(([name, fn]) => [name, vi.fn(fn)])) as unknown as HostServices;
  const fake = fakeIpcMain();
  const unbind = bindHostApi({ ipcMain: fake.ipcMain, target: hostTarget(spied), isOurFrame });
  const invoke = (method: string, event: IpcMainInvokeEvent, payload: unknown): Promise<unknown> => {
    const handler = fake.handlers.get(methodChannel(method));
    if (!handler) throw new Error(`no handler for ${method}`);
    return Promise.resolve(handler(event, payload));
  };
  const cancel = (event: IpcMainEvent, operationId: unknown): void => {
    for (const listener of fake.listeners.get(CANCEL_CHANNEL) ?? []) listener(event, operationId);
  };
  return { dataDir, services: spied, fake, unbind, invoke, cancel };
}

describe('bindHostApi: which channels', () => {
  it('binds every contract method and no other, plus the cancel listener', async () => {
    const { fake } = await setup();
    const bound = [...fake.handlers.keys()].sort();
    expect(bound).toEqual(Object.keys(hostApiSpec).map((method) => `${IPC_PREFIX}${method}`).sort());
    expect(bound.length).toBeGreaterThan(20);
    expect([...fake.listeners.keys()]).toEqual([CANCEL_CHANNEL]);
  });

  it('takes every channel away again when unbound', async () => {
    const { fake, unbind } = await setup();
    unbind();
    expect(fake.handlers.size).toBe(0);
    expect(fake.listeners.get(CANCEL_CHANNEL)).toEqual([]);
  });
});

describe('bindHostApi: who may call', () => {
  const foreign: Array<[string, WebFrameMain | null]> = [
    ['a frame at another origin', frame({ origin: 'https://evil.example' })],
    ['a subframe at our own origin', frame({ parent: frame() })],
    ['a sandboxed iframe (opaque origin)', frame({ origin: 'null', parent: frame() })],
    ['a destroyed frame', frame({ destroyed: true })],
    ['a detached frame', frame({ detached: true })],
    ['no frame at all (navigated away)', null],
  ];
  for (const [what, senderFrame] of foreign) {
    it(`refuses ${what} without running the service`, async () => {
      const { invoke, services } = await setup();
      const outcome = await invoke('getHostInfo', invokeEvent(senderFrame), { locale: 'en-US', params: {} });
      expect(outcome).toMatchObject({ ok: false, failure: 'refused', error: { code: 'host.error.foreignFrame' } });
      expect((outcome as { error: { message: string } }).error.message).toContain("the app's own window");
      expect(services.getHostInfo).not.toHaveBeenCalled();
    });
  }

  it('refuses a destroyed frame itself, whatever the isOurFrame it was given says', async () => {
    const { invoke, services } = await setup({}, () => true);
    const outcome = await invoke('getHostInfo', invokeEvent(frame({ destroyed: true })), { locale: 'zh-CN', params: {} });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'host.error.foreignFrame' } });
    expect(services.getHostInfo).not.toHaveBeenCalled();
  });

  it('refuses in Chinese by default, so the page can show it as it is', async () => {
    const { invoke } = await setup();
    const outcome = await invoke('getIdentity', invokeEvent(frame({ origin: 'file://' })), { params: {} });
    expect((outcome as { error: { message: string } }).error.message).toMatch(/拒绝/);
  });
});

describe('bindHostApi: payloads', () => {
  it('refuses a payload the contract refuses, never reaching the service', async () => {
    const { invoke, services } = await setup();
    const outcome = await invoke('createIdentity', invokeEvent(frame()), { locale: 'zh-CN', params: { name: '', role: 'boss' } });
    expect(outcome).toMatchObject({ ok: false, failure: 'badParams', error: { code: 'host.error.badParams' } });
    expect((outcome as { error: { problems: unknown[] } }).error.problems).toHaveLength(2);
    expect(services.createIdentity).not.toHaveBeenCalled();
  });

  const badEnvelopes: Array<[string, unknown]> = [
    ['bare params without the envelope', { name: '张明华', role: 'expert' }],
    ['an unknown locale', { locale: 'fr-FR', params: {} }],
    ['an operation id that is not an id', { locale: 'zh-CN', operationId: '../../x', params: {} }],
    ['extra fields', { locale: 'zh-CN', params: {}, channel: 'review-desk:other' }],
    ['nothing', undefined],
  ];
  for (const [what, payload] of badEnvelopes) {
    it(`refuses ${what}`, async () => {
      const { invoke, services } = await setup();
      const outcome = await invoke('getHostInfo', invokeEvent(frame()), payload);
      expect(outcome).toMatchObject({ ok: false, failure: 'badParams', error: { code: 'host.error.badEnvelope' } });
      expect(services.getHostInfo).not.toHaveBeenCalled();
    });
  }

  it('answers a good call from our frame with the real services, in structured-clone-safe data', async () => {
    const { invoke, dataDir } = await setup();
    const info = await invoke('getHostInfo', invokeEvent(frame()), { locale: 'zh-CN', params: {} });
    expect(info).toEqual({ ok: true, result: expect.objectContaining({ host: 'electron', dataDir, dialogs: false }) });
    expect(structuredClone(info)).toEqual(info);
    expect(await invoke('getIdentity', invokeEvent(frame()), { locale: 'en-US', params: {} })).toEqual({ ok: true, result: null });
  });

  it('answers refusals of a service in the caller’s locale', async () => {
    const { invoke } = await setup();
    const params = { purpose: 'exportScores' };
    const en = await invoke('chooseFolder', invokeEvent(frame()), { locale: 'en-US', params });
    const zh = await invoke('chooseFolder', invokeEvent(frame()), { locale: 'zh-CN', params });
    expect(en).toMatchObject({ ok: false, error: { code: 'host.error.unsupported' } });
    expect((en as { error: { message: string } }).error.message).not.toMatch(/\p{Script=Han}{2}/u);
    expect((zh as { error: { message: string } }).error.message).toMatch(/不支持/);
  });
});

describe('bindHostApi: progress and cancellation', () => {
  it('sends progress events with the caller’s operation id to the caller', async () => {
    const { invoke } = await setup({
      importPackages: async (params, call) => {
        params.paths.forEach((_path, i) => call.progress(i + 1, params.paths.length, `第 ${i + 1} 个`));
        return { results: [] };
      },
    });
    const { sender, sent } = fakeSender();
    const outcome = await invoke('importPackages', invokeEvent(frame(), sender), { locale: 'zh-CN', operationId: 'op-7', params: { paths: ['a.zip', 'b.zip'] } });
    expect(outcome).toEqual({ ok: true, result: { results: [] } });
    expect(sent).toEqual([
      { channel: PROGRESS_CHANNEL, payload: { operationId: 'op-7', done: 1, total: 2, label: '第 1 个' } },
      { channel: PROGRESS_CHANNEL, payload: { operationId: 'op-7', done: 2, total: 2, label: '第 2 个' } },
    ]);
  });

  it('aborts a running call on cancel with its operation id, and only that call', async () => {
    const signals = new Map<string, AbortSignal>();
    const { invoke, cancel } = await setup({
      importPackages: (params, call) =>
        new Promise((resolve) => {
          signals.set(params.paths[0] ?? '', call.signal);
          call.signal.addEventListener('abort', () => resolve({ results: [] }));
        }),
    });
    const { sender } = fakeSender();
    const first = invoke('importPackages', invokeEvent(frame(), sender), { locale: 'zh-CN', operationId: 'op-a', params: { paths: ['a.zip'] } });
    void invoke('importPackages', invokeEvent(frame(), sender), { locale: 'zh-CN', operationId: 'op-b', params: { paths: ['b.zip'] } });
    await vi.waitFor(() => expect(signals.size).toBe(2));

    // A foreign frame cannot cancel, nor can a bad id.
    cancel({ senderFrame: frame({ origin: 'https://evil.example' }), sender } as unknown as IpcMainEvent, 'op-a');
    cancel({ senderFrame: frame(), sender } as unknown as IpcMainEvent, { operationId: 'op-a' });
    expect(signals.get('a.zip')?.aborted).toBe(false);

    cancel({ senderFrame: frame(), sender } as unknown as IpcMainEvent, 'op-a');
    expect(signals.get('a.zip')?.aborted).toBe(true);
    expect(signals.get('b.zip')?.aborted).toBe(false);
    expect(await first).toEqual({ ok: true, result: { results: [] } });
  });

  it('does not let another window cancel the call', async () => {
    let signal: AbortSignal | undefined;
    const { invoke, cancel } = await setup({
      getHostInfo: (_params, call) => {
        signal = call.signal;
        return new Promise(() => {});
      },
    });
    void invoke('getHostInfo', invokeEvent(frame(), fakeSender(1).sender), { locale: 'zh-CN', operationId: 'op-1', params: {} });
    await vi.waitFor(() => expect(signal).toBeDefined());
    cancel({ senderFrame: frame(), sender: fakeSender(2).sender } as unknown as IpcMainEvent, 'op-1');
    expect(signal?.aborted).toBe(false);
  });

  it('aborts a window’s calls when it is destroyed', async () => {
    let signal: AbortSignal | undefined;
    const { invoke } = await setup({
      getHostInfo: (_params, call) => {
        signal = call.signal;
        return new Promise(() => {});
      },
    });
    const window = fakeSender(3);
    void invoke('getHostInfo', invokeEvent(frame(), window.sender), { locale: 'zh-CN', params: {} });
    await vi.waitFor(() => expect(signal).toBeDefined());
    window.destroy();
    expect(signal?.aborted).toBe(true);
  });

  it('refuses a second call with an operation id still running', async () => {
    const { invoke } = await setup({ getHostInfo: () => new Promise(() => {}) });
    const { sender } = fakeSender();
    void invoke('getHostInfo', invokeEvent(frame(), sender), { locale: 'zh-CN', operationId: 'op-1', params: {} });
    const second = await invoke('getIdentity', invokeEvent(frame(), sender), { locale: 'zh-CN', operationId: 'op-1', params: {} });
    expect(second).toMatchObject({ ok: false, error: { code: 'host.error.operationBusy', params: { operationId: 'op-1' } } });
  });
});
