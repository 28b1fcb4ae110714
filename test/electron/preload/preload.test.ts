// The preload with `electron` mocked: what the page gets on `window.reviewDesk` (exactly the contract's methods,
// onProgress and cancel), what each sends over IPC, and that the preload stays bundleable for a sandbox.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hostApiSpec, type HostProgress } from '../../../shared/contract/host-api-spec';
import { CANCEL_CHANNEL, methodChannel, PROGRESS_CHANNEL } from '../../../shared/contract/ipc-channels';

type IpcListener = (event: unknown, payload: unknown) => void;

// vi.mock is hoisted above the imports, so what it records must be hoisted too.
const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, IpcListener[]>();
  const ipcRenderer = {
    invoke: vi.fn((_channel: string, _payload: unknown): Promise<unknown> => Promise.resolve({ ok: true, result: 'answer' })),
    send: vi.fn((_channel: string, _payload: unknown): void => {}),
    on: vi.fn((channel: string, listener: IpcListener) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipcRenderer;
    }),
  };
  const contextBridge = { exposeInMainWorld: vi.fn((name: string, api: unknown) => exposed.set(name, api)) };
  const webUtils = { getPathForFile: vi.fn((_file: unknown): string => '/home/expert/评审会.rdsession') };
  /** What main would send on a channel, with an event object the page must never see. */
  const emit = (channel: string, payload: unknown): void => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer }, payload);
  };
  return { exposed, listeners, ipcRenderer, contextBridge, webUtils, emit };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer, webUtils: electron.webUtils }));

const { BRIDGE_NAME } = await import('../../../electron/preload/preload');
const bridge = electron.exposed.get(BRIDGE_NAME) as Record<string, unknown>;
const fn = (name: string): ((...args: unknown[]) => unknown) => bridge[name] as (...args: unknown[]) => unknown;

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
  electron.ipcRenderer.send.mockClear();
});

describe('window.reviewDesk', () => {
  it('is exposed once, as reviewDesk', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(BRIDGE_NAME).toBe('reviewDesk');
    expect([...electron.exposed.keys()]).toEqual(['reviewDesk']);
  });

  it('has exactly the contract’s methods plus onProgress, cancel and pathForFile, all functions', () => {
    const methods = Object.keys(hostApiSpec);
    for (const extra of ['onProgress', 'cancel', 'pathForFile']) expect(methods).not.toContain(extra);
    expect(Object.keys(bridge).sort()).toEqual([...methods, 'onProgress', 'cancel', 'pathForFile'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('gives a File’s own path through webUtils, and \'\' for anything else or when Electron cannot tell, without IPC', () => {
    const file = new File(['x'], '评审会.rdsession');
    expect(fn('pathForFile')(file)).toBe('/home/expert/评审会.rdsession');
    expect(electron.webUtils.getPathForFile).toHaveBeenCalledExactlyOnceWith(file);
    expect(fn('pathForFile')(new Blob(['x']))).toBe('');
    expect(fn('pathForFile')({ path: '/etc/passwd' })).toBe('');
    electron.webUtils.getPathForFile.mockImplementationOnce(() => {
      throw new Error('not a file');
    });
    expect(fn('pathForFile')(file)).toBe('');
    expect(electron.webUtils.getPathForFile).toHaveBeenCalledTimes(2);
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('gives the page no ipcRenderer and no generic invoke or send', () => {
    for (const name of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync', 'postMessage']) expect(bridge).not.toHaveProperty(name);
    expect(Object.values(bridge)).not.toContain(electron.ipcRenderer);
  });

  it('sends each method on its own channel with the envelope rebuilt from known fields', async () => {
    for (const method of Object.keys(hostApiSpec)) {
      electron.ipcRenderer.invoke.mockClear();
      const call = { locale: 'en-US', operationId: 'op-1', smuggled: 'x' };
      expect(await fn(method)({ a: 1 }, call)).toEqual({ ok: true, result: 'answer' });
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(methodChannel(method), { locale: 'en-US', operationId: 'op-1', params: { a: 1 } });
    }
    await fn('getHostInfo')({}, { locale: 'zh-CN' });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(methodChannel('getHostInfo'), { locale: 'zh-CN', params: {} });
  });

  it('routes progress to the listeners of its operation only, without the IPC event, until unsubscribed', () => {
    const seenA: unknown[][] = [];
    const seenB: HostProgress[] = [];
    const stopA = fn('onProgress')('op-a', (...args: unknown[]) => seenA.push(args)) as () => void;
    const stopB = fn('onProgress')('op-b', (progress: unknown) => seenB.push(progress as HostProgress)) as () => void;
    // One IPC listener serves every operation.
    expect(electron.listeners.get(PROGRESS_CHANNEL)).toHaveLength(1);

    electron.emit(PROGRESS_CHANNEL, { operationId: 'op-a', done: 1, total: 2, label: 'a.zip' });
    electron.emit(PROGRESS_CHANNEL, { operationId: 'op-b', done: 5, total: 9 });
    electron.emit(PROGRESS_CHANNEL, 'not progress');
    expect(seenA).toEqual([[{ operationId: 'op-a', done: 1, total: 2, label: 'a.zip' }]]);
    expect(seenB).toEqual([{ operationId: 'op-b', done: 5, total: 9, label: '' }]);

    stopA();
    electron.emit(PROGRESS_CHANNEL, { operationId: 'op-a', done: 2, total: 2, label: '' });
    expect(seenA).toHaveLength(1);
    stopB();
  });

  it('cancels by operation id on the cancel channel', () => {
    fn('cancel')('op-9');
    expect(electron.ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(CANCEL_CHANNEL, 'op-9');
  });

  it('imports only electron and shared/ modules, so it can be bundled for a sandboxed preload', async () => {
    const source = await readFile(join(import.meta.dirname, '../../../electron/preload/preload.ts'), 'utf8');
    // Every module it names: `from '…'`, a bare `import '…'`, `import('…')` and `require('…')`.
    const imports = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const specifier of imports) expect(specifier === 'electron' || specifier?.startsWith('../../shared/'), specifier).toBe(true);
  });
});
