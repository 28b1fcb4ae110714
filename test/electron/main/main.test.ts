// The main process from start to window, with `electron` mocked (no Electron binary here): what is registered
// before ready and what after, the single-instance handover (a second instance quits, the first comes to the
// front and queues the files it was handed), the host API bound with every contract method, and quitting when
// the window closes.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hostApiSpec } from '../../../shared/contract/host-api-spec';
import { CANCEL_CHANNEL, IPC_PREFIX } from '../../../shared/contract/ipc-channels';
import type { ElectronModules } from '../../../electron/main/start-app';

type Listener = (...args: unknown[]) => void;

/** One fake electron shared by the module mock and the objects handed to startApp, as in the real app. */
const fake = vi.hoisted(() => {
  const state = {
    log: [] as string[],
    appListeners: new Map<string, Listener[]>(),
    handled: [] as string[],
    windows: [] as { options: unknown; listeners: Map<string, Listener[]>; minimized: boolean; destroyed: boolean; calls: string[] }[],
    gotLock: true,
    resolveReady: (): void => undefined,
  };
  const emit = (listeners: Map<string, Listener[]>, event: string, ...args: unknown[]): void => {
    for (const listener of listeners.get(event) ?? []) listener(...args);
  };
  const app = {
    requestSingleInstanceLock: () => {
      state.log.push('lock');
      return state.gotLock;
    },
    quit: () => state.log.push('quit'),
    on: (event: string, listener: Listener) => {
      state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]);
      return app;
    },
    whenReady: () =>
      new Promise<void>((resolve) => {
        state.resolveReady = () => {
          state.log.push('ready');
          resolve();
        };
      }),
    getAppPath: () => '/opt/review-desk/resources/app.asar',
    setPath: (name: string, path: string) => state.log.push(`setPath ${name} ${path}`),
  };
  class FakeWindow {
    private readonly record;
    constructor(options: unknown) {
      this.record = { options, listeners: new Map<string, Listener[]>(), minimized: false, destroyed: false, calls: [] as string[] };
      state.windows.push(this.record);
      state.log.push('window');
    }
    static getAllWindows(): unknown[] {
      return state.windows.filter((w) => !w.destroyed);
    }
    on(event: string, listener: Listener): this {
      this.record.listeners.set(event, [...(this.record.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener): this {
      return this.on(event, listener);
    }
    loadURL(): Promise<void> {
      return Promise.resolve();
    }
    show(): void {}
    isDestroyed(): boolean {
      return this.record.destroyed;
    }
    isMinimized(): boolean {
      return this.record.minimized;
    }
    restore(): void {
      this.record.calls.push('restore');
      this.record.minimized = false;
    }
    focus(): void {
      this.record.calls.push('focus');
    }
  }
  const ipcMain = {
    handle: (channel: string) => {
      if (!state.log.includes('ipc')) state.log.push('ipc');
      state.handled.push(channel);
    },
    removeHandler: () => undefined,
    on: (channel: string) => {
      state.handled.push(channel);
      return ipcMain;
    },
    removeListener: () => ipcMain,
  };
  const protocol = {
    registerSchemesAsPrivileged: () => state.log.push('scheme'),
    handle: (scheme: string) => state.log.push(`protocol ${scheme}`),
  };
  const reset = (): void => {
    state.log = [];
    state.appListeners = new Map();
    state.handled = [];
    state.windows = [];
    state.gotLock = true;
  };
  return { state, emit, app, FakeWindow, ipcMain, protocol, reset };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.FakeWindow,
  ipcMain: fake.ipcMain,
  protocol: fake.protocol,
  dialog: {},
  shell: {},
}));

const { startApp, chromiumProfileDirOf } = await import('../../../electron/main/start-app');

// The fakes cover only what startApp calls; Electron's overloaded signatures are not worth restating for them.
const modules = {
  app: fake.app,
  ipcMain: fake.ipcMain,
  BrowserWindow: fake.FakeWindow,
  // The host's ports are built from these at ready but not used by these tests (see electron-ports.test.ts).
  dialog: {},
  safeStorage: {},
  utilityProcess: {},
} as unknown as ElectronModules;

/** The app's own listeners, as Electron would call them. */
const emitApp = (event: string, ...args: unknown[]): void => fake.emit(fake.state.appListeners, event, ...args);

async function startAndReady(extra: { argv?: string[]; cwd?: string; platform?: NodeJS.Platform } = {}) {
  const dataDir = join(await mkdtemp(join(tmpdir(), 'rd-main-')), 'data');
  const started = startApp(modules, { argv: extra.argv ?? ['/opt/review-desk/review-desk'], cwd: extra.cwd ?? '/', dataDir, platform: extra.platform ?? 'linux' });
  fake.state.resolveReady();
  await started.ready;
  return { started, dataDir };
}

beforeEach(() => fake.reset());

describe('startApp', () => {
  it('registers the scheme and the hardening before ready, and the protocol, IPC and window only after', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'rd-main-')), 'data');
    const started = startApp(modules, { argv: [], cwd: '/', dataDir, platform: 'linux' });
    expect(started.primary).toBe(true);
    // Before ready: the lock, Chromium's profile pinned inside the data dir, the scheme, and the hardening listener.
    expect(fake.state.log).toStrictEqual(['lock', `setPath userData ${chromiumProfileDirOf(dataDir)}`, 'scheme']);
    expect(fake.state.appListeners.has('web-contents-created')).toBe(true);
    expect(fake.state.handled).toStrictEqual([]);
    expect(fake.state.windows).toStrictEqual([]);

    fake.state.resolveReady();
    await started.ready;
    expect(fake.state.log.slice(3)).toStrictEqual(['ready', 'ipc', 'protocol app', 'window']);
    const preferences = (fake.state.windows[0]?.options as { webPreferences: { preload: string } }).webPreferences;
    expect(preferences.preload).toBe(join('/opt/review-desk/resources/app.asar', 'out', 'preload', 'preload.js'));
  });

  it('binds one IPC handler per contract method, and the cancel channel', async () => {
    await startAndReady();
    const methods = fake.state.handled.filter((channel) => channel !== CANCEL_CHANNEL);
    expect(methods).toHaveLength(Object.keys(hostApiSpec).length);
    expect(methods).toStrictEqual(Object.keys(hostApiSpec).map((method) => `${IPC_PREFIX}${method}`));
    expect(fake.state.handled.filter((channel) => channel === CANCEL_CHANNEL)).toHaveLength(1);
  });

  it('a second instance quits at once, registering nothing and opening no window', async () => {
    fake.state.gotLock = false;
    const started = startApp(modules, { argv: [], cwd: '/', dataDir: '/nonexistent', platform: 'linux' });
    expect(started.primary).toBe(false);
    expect(fake.state.log).toStrictEqual(['lock', 'quit']);
    expect(fake.state.appListeners.size).toBe(0);
    await started.ready;
    expect(fake.state.windows).toStrictEqual([]);
  });

  it('the first instance restores and focuses its window and queues only existing files with our extensions', async () => {
    const { started } = await startAndReady();
    const folder = await mkdtemp(join(tmpdir(), 'rd-open-'));
    for (const name of ['a.rdsession', 'b.RDSCORES', 'c.rdarchive', 'd.txt', 'e.rdsession.bak']) await writeFile(join(folder, name), 'x');
    await mkdir(join(folder, 'folder.rdsession'));
    const window = fake.state.windows[0];
    if (window === undefined) throw new Error('no window');
    window.minimized = true;

    const argv = ['/usr/bin/review-desk', '--allow-file-access', 'a.rdsession', join(folder, 'b.RDSCORES'), 'c.rdarchive', 'd.txt', 'e.rdsession.bak', 'folder.rdsession', 'gone.rdscores'];
    emitApp('second-instance', {}, argv, folder);
    expect(window.calls).toStrictEqual(['restore', 'focus']);
    expect(started.pendingOpens.take()).toStrictEqual([join(folder, 'a.rdsession'), join(folder, 'b.RDSCORES'), join(folder, 'c.rdarchive')]);
    expect(fake.state.windows).toHaveLength(1);

    // A window that is not minimised is only focused.
    emitApp('second-instance', {}, ['/usr/bin/review-desk'], folder);
    expect(window.calls).toStrictEqual(['restore', 'focus', 'focus']);
    expect(started.pendingOpens.take()).toStrictEqual([]);
  });

  it('queues a file the app itself was started with', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rd-open-'));
    await writeFile(join(folder, 'x.rdarchive'), 'x');
    const { started } = await startAndReady({ argv: ['/usr/bin/review-desk', 'x.rdarchive', 'y.rdarchive'], cwd: folder });
    expect(started.pendingOpens.peek()).toStrictEqual([join(folder, 'x.rdarchive')]);
  });

  it('quits when the last window closes, on macOS too', async () => {
    await startAndReady({ platform: 'darwin' });
    expect(fake.state.log).not.toContain('quit');
    emitApp('window-all-closed');
    expect(fake.state.log.at(-1)).toBe('quit');
  });

  it('recreates the window on activate on macOS only, when none is open', async () => {
    await startAndReady({ platform: 'darwin' });
    emitApp('activate');
    expect(fake.state.windows).toHaveLength(1);
    const first = fake.state.windows[0];
    if (first === undefined) throw new Error('no window');
    first.destroyed = true;
    emitApp('activate');
    expect(fake.state.windows).toHaveLength(2);

    fake.reset();
    await startAndReady({ platform: 'win32' });
    const only = fake.state.windows[0];
    if (only === undefined) throw new Error('no window');
    only.destroyed = true;
    emitApp('activate');
    expect(fake.state.windows).toHaveLength(1);
  });
});
