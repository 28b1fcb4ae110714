// The main process from start to window, with `electron` mocked (no Electron binary here): what is registered
// before ready and what after, the single-instance handover (a second instance quits, the first comes to the
// front and queues the files it was handed), the host API bound with every contract method, and quitting when
// the window closes.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hostApiSpec } from '../../../shared/contract/host-api-spec';
import { CANCEL_CHANNEL, IPC_PREFIX } from '../../../shared/contract/ipc-channels';
import { APP_ORIGIN } from '../../../electron/main/app-origin';
import { WINDOW_STATE_FILE } from '../../../electron/main/window-state';
import type { ElectronModules } from '../../../electron/main/start-app';

type Listener = (...args: unknown[]) => void;

/** One fake electron shared by the module mock and the objects handed to startApp, as in the real app. */
const fake = vi.hoisted(() => {
  const state = {
    log: [] as string[],
    appListeners: new Map<string, Listener[]>(),
    handled: [] as string[],
    handlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
    windows: [] as { options: unknown; listeners: Map<string, Listener[]>; minimized: boolean; destroyed: boolean; calls: string[] }[],
    gotLock: true,
    resolveReady: (): void => undefined,
    systemLocale: 'zh-CN',
    packaged: true,
    /** The templates given to Menu.buildFromTemplate, and the error boxes shown. */
    menus: [] as unknown[],
    errorBoxes: [] as { title: string; content: string }[],
    openDialogAnswer: { canceled: false, filePaths: [] as string[] },
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
    getLocale: () => state.systemLocale,
    get isPackaged() {
      return state.packaged;
    },
    setAboutPanelOptions: () => undefined,
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
    getNormalBounds() {
      return { x: 10, y: 20, width: 1100, height: 750 };
    }
    isMaximized(): boolean {
      return false;
    }
    maximize(): void {
      this.record.calls.push('maximize');
    }
  }
  const ipcMain = {
    handle: (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) => {
      if (!state.log.includes('ipc')) state.log.push('ipc');
      state.handled.push(channel);
      state.handlers.set(channel, handler);
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
  const Menu = {
    buildFromTemplate: (template: unknown[]) => {
      state.menus.push(template);
      return { template };
    },
    setApplicationMenu: () => state.log.push('menu'),
  };
  const dialog = {
    showErrorBox: (title: string, content: string) => state.errorBoxes.push({ title, content }),
    showOpenDialog: () => Promise.resolve(state.openDialogAnswer),
    showMessageBox: () => Promise.resolve({ response: 0, checkboxChecked: false }),
  };
  const shell = { openPath: () => Promise.resolve('') };
  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
  const screen = { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) };
  const reset = (): void => {
    state.log = [];
    state.appListeners = new Map();
    state.handled = [];
    state.handlers = new Map();
    state.windows = [];
    state.gotLock = true;
    state.systemLocale = 'zh-CN';
    state.packaged = true;
    state.menus = [];
    state.errorBoxes = [];
    state.openDialogAnswer = { canceled: false, filePaths: [] };
  };
  return { state, emit, app, FakeWindow, ipcMain, protocol, Menu, dialog, shell, screen, reset };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.FakeWindow,
  ipcMain: fake.ipcMain,
  protocol: fake.protocol,
  dialog: fake.dialog,
  shell: fake.shell,
  Menu: fake.Menu,
  screen: fake.screen,
}));

const { startApp, chromiumProfileDirOf } = await import('../../../electron/main/start-app');

// The fakes cover only what startApp calls; Electron's overloaded signatures are not worth restating for them.
const modules = {
  app: fake.app,
  ipcMain: fake.ipcMain,
  BrowserWindow: fake.FakeWindow,
  Menu: fake.Menu,
  dialog: fake.dialog,
  shell: fake.shell,
  screen: fake.screen,
  // The host's ports are built from these at ready but not used by these tests (see electron-ports.test.ts).
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
    expect(fake.state.log.slice(3)).toStrictEqual(['ready', 'ipc', 'protocol app', 'menu', 'window']);
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

  it('hands queued files to the page over IPC as takeOpenRequests, each once and with its kind', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rd-open-'));
    for (const name of ['a.rdsession', 'b.rdscores', 'c.RDARCHIVE']) await writeFile(join(folder, name), 'x');
    await startAndReady({ argv: ['/usr/bin/review-desk', 'a.rdsession'], cwd: folder });
    emitApp('second-instance', {}, ['/usr/bin/review-desk', 'b.rdscores', 'c.RDARCHIVE'], folder);
    const take = await takeOpenRequests();
    expect(take).toStrictEqual({
      ok: true,
      result: {
        files: [
          { path: join(folder, 'a.rdsession'), kind: 'session' },
          { path: join(folder, 'b.rdscores'), kind: 'scores' },
          { path: join(folder, 'c.RDARCHIVE'), kind: 'archive' },
        ],
        more: true,
      },
    });
    expect(await takeOpenRequests()).toStrictEqual({ ok: true, result: { files: [], more: true } });
  });

  it('answers the page’s waiting takeOpenRequests call when a file is double-clicked while the app runs', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rd-open-'));
    await writeFile(join(folder, 'd.rdscores'), 'x');
    await startAndReady();
    const waiting = takeOpenRequests({ wait: true });
    emitApp('second-instance', {}, ['/usr/bin/review-desk', 'd.rdscores'], folder);
    expect(await waiting).toStrictEqual({ ok: true, result: { files: [{ path: join(folder, 'd.rdscores'), kind: 'scores' }], more: true } });
  });

  it('takes macOS open-file before ready (the launch file) and after it, checked like argv, bringing the window forward', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rd-open-'));
    for (const name of ['early.rdsession', 'late.rdscores', 'other.txt']) await writeFile(join(folder, name), 'x');
    const dataDir = join(await mkdtemp(join(tmpdir(), 'rd-main-')), 'data');
    const started = startApp(modules, { argv: [], cwd: '/', dataDir, platform: 'darwin' });
    const prevented: string[] = [];
    const openFile = (path: string): void => emitApp('open-file', { preventDefault: () => prevented.push(path) }, path);

    openFile(join(folder, 'early.rdsession'));
    expect(fake.state.windows).toHaveLength(0);
    fake.state.resolveReady();
    await started.ready;
    const window = fake.state.windows[0];
    if (window === undefined) throw new Error('no window');
    openFile(join(folder, 'late.rdscores'));
    openFile(join(folder, 'other.txt'));
    openFile(join(folder, 'gone.rdsession'));
    expect(prevented).toHaveLength(4);
    expect(started.pendingOpens.take()).toStrictEqual([join(folder, 'early.rdsession'), join(folder, 'late.rdscores')]);
    expect(window.calls).toContain('focus');
    expect(fake.state.windows).toHaveLength(1);
  });

  it('shows a Chinese error box saying what failed and where the data is, then quits, when start-up fails after ready', async () => {
    // A data directory under a plain file cannot be made.
    const blocker = join(await mkdtemp(join(tmpdir(), 'rd-main-')), 'not-a-folder');
    await writeFile(blocker, 'x');
    const dataDir = join(blocker, 'data');
    const started = startApp(modules, { argv: [], cwd: '/', dataDir, platform: 'win32' });
    fake.state.resolveReady();
    await started.ready;
    expect(fake.state.errorBoxes).toHaveLength(1);
    const [box] = fake.state.errorBoxes;
    expect(box?.title).toBe('评审台无法启动');
    expect(box?.content).toContain(dataDir);
    expect(box?.content).toContain('ENOTDIR');
    expect(box?.content).toContain('磁盘');
    expect(fake.state.log.at(-1)).toBe('quit');
    expect(fake.state.windows).toHaveLength(0);
    // A double-click after the failure opens nothing either.
    emitApp('second-instance', {}, ['/usr/bin/review-desk'], '/');
    expect(fake.state.windows).toHaveLength(0);
  });

  it('says the start-up failure in English on an English system', async () => {
    fake.state.systemLocale = 'en-GB';
    const blocker = join(await mkdtemp(join(tmpdir(), 'rd-main-')), 'not-a-folder');
    await writeFile(blocker, 'x');
    const started = startApp(modules, { argv: [], cwd: '/', dataDir: join(blocker, 'data'), platform: 'linux' });
    fake.state.resolveReady();
    await started.ready;
    expect(fake.state.errorBoxes[0]?.title).toBe('Review Desk could not start');
  });

  it('installs the menu in the system language, and its 打开文件… queues the chosen files like a double-click', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rd-open-'));
    await writeFile(join(folder, 'p.rdscores'), 'x');
    fake.state.openDialogAnswer = { canceled: false, filePaths: [join(folder, 'p.rdscores'), join(folder, 'missing.rdscores')] };
    const { started } = await startAndReady();
    const template = fake.state.menus[0] as { label: string; submenu: { label?: string; click?: () => void }[] }[];
    expect(template.map((item) => item.label)).toStrictEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    const open = template[0]?.submenu.find((item) => item.label === '打开文件…');
    open?.click?.();
    // The dialog's answer is a promise: let it settle.
    await new Promise((resolve) => setImmediate(resolve));
    expect(started.pendingOpens.peek()).toStrictEqual([join(folder, 'p.rdscores')]);
    expect(fake.state.windows[0]?.calls).toContain('focus');
  });

  it('opens the window where the saved state says, and saves the state when the window closes', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'rd-main-')), 'data');
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, WINDOW_STATE_FILE), JSON.stringify({ x: 200, y: 100, width: 1200, height: 760, maximized: true }));
    const started = startApp(modules, { argv: [], cwd: '/', dataDir, platform: 'linux' });
    fake.state.resolveReady();
    await started.ready;
    const window = fake.state.windows[0];
    if (window === undefined) throw new Error('no window');
    expect(window.options).toMatchObject({ x: 200, y: 100, width: 1200, height: 760 });
    for (const listener of window.listeners.get('ready-to-show') ?? []) listener();
    expect(window.calls).toContain('maximize');

    for (const listener of window.listeners.get('close') ?? []) listener();
    const saved: unknown = JSON.parse(await readFile(join(dataDir, WINDOW_STATE_FILE), 'utf8'));
    expect(saved).toStrictEqual({ x: 10, y: 20, width: 1100, height: 750, maximized: false });
  });
});

/** Calls takeOpenRequests as the page would: from our window's main frame, through the bound IPC handler. */
async function takeOpenRequests(params: { wait?: boolean } = {}): Promise<unknown> {
  const handler = fake.state.handlers.get(`${IPC_PREFIX}takeOpenRequests`);
  if (handler === undefined) throw new Error('takeOpenRequests is not bound');
  const senderFrame = { isDestroyed: () => false, detached: false, parent: null, origin: APP_ORIGIN };
  const sender = { id: 1, once: () => undefined, isDestroyed: () => false, send: () => undefined };
  return handler({ senderFrame, sender }, { locale: 'zh-CN', params });
}

describe('startApp and the host ports', () => {
  /** Calls a contract method as the page would: from our window's main frame, through the bound IPC handler. */
  async function callBound(method: string, params: unknown): Promise<unknown> {
    const handler = fake.state.handlers.get(`${IPC_PREFIX}${method}`);
    if (handler === undefined) throw new Error(`${method} is not bound`);
    const senderFrame = { isDestroyed: () => false, detached: false, parent: null, origin: APP_ORIGIN };
    const sender = { id: 1, once: () => undefined, isDestroyed: () => false, send: () => undefined };
    return handler({ senderFrame, sender }, { locale: 'zh-CN', params });
  }

  it('plugs in the Electron ports: the host has dialogs, and chooseFolder asks the native dialog', async () => {
    await startAndReady();
    expect(await callBound('getHostInfo', {})).toMatchObject({ ok: true, result: { host: 'electron', dialogs: true } });
    fake.state.openDialogAnswer = { canceled: false, filePaths: ['/导出'] };
    expect(await callBound('chooseFolder', { purpose: 'exportScores' })).toMatchObject({ ok: true, result: { path: '/导出' } });
  });
});
