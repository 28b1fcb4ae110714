// The desktop app as one piece, short of the Electron binary (none can be downloaded here): the real main process
// (startApp, with stand-ins for the electron objects it is handed), the bundles of `npm run build` (the renderer
// it serves through its app:// handler, the preload script evaluated in the page, the isolated worker run as a
// child process in place of a utilityProcess), and Debian's Chromium as the window. The page reaches the host
// only through `window.reviewDesk` as the preload builds it, and every IPC message goes through the handlers
// startApp bound, with a frame that says it is ours. The expert's flow: first start (the key wrapped by the
// stand-in keychain), a double-clicked .rdsession handed over by a second instance and offered on the open
// screen, opened and checked, a document read through app://, a score, a signed export; a file with no place on
// disk refused. Screenshots go to out/screenshots/desktop-*.png.
import { execFile, fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readScoresFile } from '../../shared/files/scores-file';
import { CANCEL_CHANNEL } from '../../shared/contract/ipc-channels';
import type { ElectronModules } from '../../electron/main/start-app';
import type { ForkedChild } from '../../electron/main/utility-process-worker';
import { cli } from './browser-session';
import { darkPixelsOf } from './canvas-ink';
import { cspViolations, serious, watch, watchCsp } from './page-watch';
import { CHROMIUM, launchChromium, REPO_ROOT, SKIP_WITHOUT_CHROMIUM } from './web-host-process';

type Listener = (...args: unknown[]) => void;
type Handler = (event: unknown, payload: unknown) => Promise<unknown>;

/** What the stand-in electron module records for the test to drive: the app:// handler, IPC, app events. */
const electron = vi.hoisted(() => {
  const state = {
    appListeners: new Map<string, Listener[]>(),
    handlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
    listeners: new Map<string, (event: unknown, payload: unknown) => void>(),
    protocolHandler: null as ((request: Request) => Promise<Response>) | null,
    loaded: [] as string[],
    appPath: '',
    resolveReady: (): void => undefined,
    errorBoxes: [] as string[],
  };
  const app = {
    requestSingleInstanceLock: () => true,
    quit: () => undefined,
    on: (event: string, listener: Listener) => {
      state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]);
      return app;
    },
    whenReady: () => new Promise<void>((resolve) => (state.resolveReady = resolve)),
    getAppPath: () => state.appPath,
    setPath: () => undefined,
    getLocale: () => 'zh-CN',
    isPackaged: true,
    setAboutPanelOptions: () => undefined,
  };
  class BrowserWindow {
    private readonly listeners = new Map<string, Listener[]>();
    static getAllWindows(): unknown[] {
      return [];
    }
    on(event: string, listener: Listener): this {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener): this {
      return this.on(event, listener);
    }
    loadURL(url: string): Promise<void> {
      state.loaded.push(url);
      return Promise.resolve();
    }
    show(): void {}
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {}
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 900 };
    }
    isMaximized(): boolean {
      return false;
    }
    maximize(): void {}
  }
  const ipcMain = {
    handle: (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) => state.handlers.set(channel, handler),
    removeHandler: () => undefined,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      state.listeners.set(channel, listener);
      return ipcMain;
    },
    removeListener: () => ipcMain,
  };
  const protocol = {
    registerSchemesAsPrivileged: () => undefined,
    handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => (state.protocolHandler = handler),
  };
  // The keychain: reversible, marked, and only asynchronous, as the wrapper uses it.
  const safeStorage = {
    isAsyncEncryptionAvailable: () => Promise.resolve(true),
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptStringAsync: (text: string) => Promise.resolve(Buffer.from(`keychain:${text}`, 'utf8')),
    decryptStringAsync: (bytes: Buffer) => {
      const text = bytes.toString('utf8');
      if (!text.startsWith('keychain:')) return Promise.reject(new Error('not ours'));
      return Promise.resolve({ shouldReEncrypt: false, result: text.slice('keychain:'.length) });
    },
  };
  const dialog = {
    showErrorBox: (title: string, content: string) => state.errorBoxes.push(`${title}: ${content}`),
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    showSaveDialog: () => Promise.resolve({ canceled: true }),
    showMessageBox: () => Promise.resolve({ response: 1, checkboxChecked: false }),
  };
  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
  const Menu = { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu: () => undefined };
  const shell = { openPath: () => Promise.resolve(''), openExternal: () => Promise.resolve() };
  const screen = { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) };
  return { state, app, BrowserWindow, ipcMain, protocol, safeStorage, dialog, Menu, shell, screen };
});

vi.mock('electron', () => ({
  app: electron.app,
  BrowserWindow: electron.BrowserWindow,
  ipcMain: electron.ipcMain,
  protocol: electron.protocol,
  dialog: electron.dialog,
  shell: electron.shell,
  Menu: electron.Menu,
  screen: electron.screen,
  safeStorage: electron.safeStorage,
}));

const { startApp } = await import('../../electron/main/start-app');
const { APP_ORIGIN } = await import('../../electron/main/app-origin');

/**
 * The built isolated worker (out/main/isolated-worker.js) in a Node child process, shaped like
 * utilityProcess.fork: Node's IPC channel stands in for `process.parentPort` (a shim sets it, then imports the
 * bundle), with structured clone as a MessagePort has.
 */
function childProcessForker(shim: string, started: string[]): ElectronModules['utilityProcess'] {
  return {
    fork(modulePath: string, args?: string[], options?: { execArgv?: string[] }) {
      started.push(modulePath);
      const child = fork(shim, [modulePath, ...(args ?? [])], { execArgv: options?.execArgv ?? [], serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      const on = (event: 'message' | 'exit', listener: (value: unknown) => void): unknown =>
        event === 'message' ? child.on('message', listener) : child.on('exit', (code: number | null) => listener(code ?? -1));
      const forked: ForkedChild = { on: on as ForkedChild['on'], postMessage: (message) => void child.send(message as never), kill: () => child.kill(), stderr: null };
      return forked;
    },
  } as unknown as ElectronModules['utilityProcess'];
}

const PARENT_PORT_SHIM = `
import { pathToFileURL } from 'node:url';
process.parentPort = {
  on: (_event, listener) => process.on('message', (data) => listener({ data })),
  postMessage: (message) => process.send(message),
};
await import(pathToFileURL(process.argv[2]).href);
`;

/** Runs in the page before any of its scripts: require('electron') for the preload bundle, over the test's bindings. */
function preloadInPage(preloadSource: string, pathsByName: Record<string, string>): string {
  return `(() => {
    const listeners = new Map();
    const ipcRenderer = {
      invoke: (channel, payload) => window.__rdIpcInvoke(channel, payload),
      send: (channel, payload) => { void window.__rdIpcSend(channel, payload); },
      on: (channel, listener) => { listeners.set(channel, [...(listeners.get(channel) ?? []), listener]); return ipcRenderer; },
    };
    const paths = ${JSON.stringify(pathsByName)};
    const electron = {
      contextBridge: { exposeInMainWorld: (name, api) => { Object.defineProperty(window, name, { value: Object.freeze(api) }); } },
      ipcRenderer,
      webUtils: { getPathForFile: (file) => paths[file.name] ?? '' },
    };
    Object.defineProperty(window, '__rdIpcDeliver', { value: (channel, payload) => { for (const listener of listeners.get(channel) ?? []) listener({}, payload); } });
    const module = { exports: {} };
    const require = (name) => { if (name === 'electron') return electron; throw new Error('the preload required ' + name); };
    (function (module, exports, require) {\n${preloadSource}\n})(module, module.exports, require);
  })();`;
}

const skip = SKIP_WITHOUT_CHROMIUM;
const title = skip ? `desktop shell in Chromium — SKIPPED: ${CHROMIUM} is missing (apt-get install chromium)` : 'desktop shell in Chromium (startApp, app://, IPC, preload, isolated worker)';
/** Where the page is loaded from: app://review-desk/ is answered here, on an address nothing listens on. */
const PAGE_ORIGIN = 'http://127.0.0.1:9';

describe.skipIf(skip)(title, () => {
  const base = mkdtempSync(join(tmpdir(), 'rd-desktop-e2e-'));
  const project = join(base, 'app');
  const office = join(base, '办公室');
  const dataDir = join(base, '专家数据');
  const sessionFile = join(base, '示例评审会.rdsession');
  const exports = join(base, '导出');
  const shots = join(REPO_ROOT, 'out', 'screenshots');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[] = [];
  let officeFingerprint = '';
  let expertFingerprint = '';
  const ipcCalls: string[] = [];
  /** The scripts startApp's isolated-worker port started, one process per job. */
  const forked: string[] = [];

  const shoot = (step: string): Promise<Buffer> => page.screenshot({ path: join(shots, `desktop-${step}.png`), fullPage: true });
  const emitApp = (event: string, ...args: unknown[]): void => {
    for (const listener of electron.state.appListeners.get(event) ?? []) listener(...args);
  };

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    mkdirSync(exports, { recursive: true });
    // The bundles the packaged app carries, in a folder of this test's own (never the repository's out/).
    await promisify(execFile)('npm', ['run', 'build', '--silent', '--', '--out', join(project, 'out')], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
    electron.state.appPath = project;
    const shim = join(base, 'parent-port-shim.mjs');
    writeFileSync(shim, PARENT_PORT_SHIM);

    expect((await cli('identity', '--create', '--name', '示例省文旅厅评审办', '--role', 'office', '--data-dir', office)).code).toBe(0);

    const modules = {
      app: electron.app,
      ipcMain: electron.ipcMain,
      BrowserWindow: electron.BrowserWindow,
      Menu: electron.Menu,
      dialog: electron.dialog,
      shell: electron.shell,
      screen: electron.screen,
      safeStorage: electron.safeStorage,
      utilityProcess: childProcessForker(shim, forked),
    } as unknown as ElectronModules;
    const started = startApp(modules, { argv: ['/opt/review-desk/review-desk'], cwd: base, dataDir, platform: 'linux' });
    electron.state.resolveReady();
    await started.ready;
    expect(electron.state.errorBoxes).toEqual([]);
    expect(electron.state.loaded).toEqual([`${APP_ORIGIN}/index.html`]);

    browser = await launchChromium();
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    await watchCsp(context);
    // Every request of the page goes to the app:// handler startApp registered, as Chromium would send it.
    await context.route(`${PAGE_ORIGIN}/**`, async (route) => {
      const request = route.request();
      const url = `${APP_ORIGIN}${request.url().slice(PAGE_ORIGIN.length)}`;
      const handler = electron.state.protocolHandler;
      if (handler === null) throw new Error('startApp registered no app:// handler');
      const body = request.postDataBuffer();
      const response = await handler(new Request(url, { method: request.method(), headers: await request.allHeaders(), ...(body ? { body: new Uint8Array(body) } : {}) }));
      await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
    });
    // The main frame as Electron's IPC describes it: ours, top-level, at the app origin.
    const frame = { origin: APP_ORIGIN, parent: null, detached: false, url: `${APP_ORIGIN}/`, isDestroyed: () => false };
    const sender = {
      id: 1,
      isDestroyed: () => false,
      once: () => sender,
      send: (channel: string, payload: unknown) => void page.evaluate(([c, p]) => (window as unknown as { __rdIpcDeliver: (c: string, p: unknown) => void }).__rdIpcDeliver(c, p), [channel, payload] as const).catch(() => undefined),
    };
    await context.exposeBinding('__rdIpcInvoke', async (_source, channel: string, payload: unknown) => {
      const handler: Handler | undefined = electron.state.handlers.get(channel);
      if (handler === undefined) throw new Error(`no IPC handler for ${channel}`);
      ipcCalls.push(channel);
      return handler({ senderFrame: frame, sender }, payload);
    });
    await context.exposeBinding('__rdIpcSend', (_source, channel: string, payload: unknown) => electron.state.listeners.get(channel)?.({ senderFrame: frame, sender }, payload));
    const preload = readFileSync(join(project, 'out', 'preload', 'preload.js'), 'utf8');
    await context.addInitScript(preloadInPage(preload, { '示例评审会.rdsession': sessionFile }));
    page = await context.newPage();
    problems = watch(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    // The page's open takeOpenRequests({ wait: true }) call is left unanswered; nothing else is running.
    const { rmSync } = await import('node:fs');
    rmSync(base, { recursive: true, force: true });
  });

  it('serves the page through app:// and the page takes window.reviewDesk: first start makes a key the keychain wraps', async () => {
    // The address the window was told to load, on the page's stand-in origin.
    await page.goto(`${PAGE_ORIGIN}${(electron.state.loaded[0] ?? '').slice(APP_ORIGIN.length)}`);
    await expect.poll(() => page.locator('#rd-first-title').textContent(), { timeout: 20_000 }).toBe('首次使用：填写专家信息');
    expect(await page.evaluate(() => typeof (window as unknown as { reviewDesk?: unknown }).reviewDesk)).toBe('object');
    expect(ipcCalls).toContain('review-desk:getIdentity');
    await page.getByLabel('姓名').fill('张明华');
    await page.getByLabel('工作单位').fill('示例大学旅游学院');
    await page.getByLabel('职称').fill('教授');
    await page.getByLabel('所在城市').fill('示例市');
    await page.getByRole('button', { name: '保存并生成密钥' }).click();
    const shown = page.getByTestId('key-fingerprint');
    await shown.waitFor({ timeout: 15_000 });
    expertFingerprint = ((await shown.getAttribute('aria-label')) ?? '').replace(/ /g, '').toLowerCase();
    expect(expertFingerprint).toMatch(/^[0-9a-f]{64}$/);
    await shoot('1-key');
    await page.getByRole('button', { name: '继续' }).click();
    await page.locator('#rd-open-title').waitFor();

    // On disk the key is the keychain's, not the plain seed.
    const keyFile = JSON.parse(readFileSync(join(dataDir, 'keys', 'identity.json'), 'utf8')) as { protection?: string };
    expect(keyFile.protection).toBe('os-keychain');
  }, 60_000);

  it('a .rdsession double-clicked while the app runs is offered on the open screen, then opened and checked', async () => {
    // The expert read the fingerprint to the office, which enrols it as E1 and signs the session.
    const created = await cli('session-create', '--demo', '--experts', 'E1,E2', '--enrol', `E1=${expertFingerprint}`, '--out', sessionFile, '--data-dir', office);
    expect(created.code, created.out.join('\n')).toBe(0);
    officeFingerprint = (created.out.find((line) => line.startsWith('评审办公室密钥指纹：')) ?? '').slice('评审办公室密钥指纹：'.length);
    // A second instance started on the file hands its command line over and quits.
    emitApp('second-instance', {}, ['/opt/review-desk/review-desk', sessionFile], base);
    const chosen = page.getByTestId('chosen-session');
    await chosen.waitFor({ timeout: 15_000 });
    expect(await chosen.textContent()).toContain('示例评审会.rdsession');
    await shoot('2-double-clicked');
    await page.getByLabel('评审办公室告知的指纹（可选）').fill(officeFingerprint);
    await chosen.getByRole('button').first().click();
    const done = page.getByTestId('open-done');
    await done.waitFor({ timeout: 60_000 });
    expect(await done.textContent()).toContain('与您填写的指纹一致。');
    expect(await done.textContent()).not.toContain('尚未登记本机的密钥');
    // The hostile-until-checked file was read in the isolated worker's process, from the build.
    expect(forked).toEqual([join(project, 'out', 'main', 'isolated-worker.js')]);
    await shoot('3-opened');
    await page.getByRole('button', { name: '进入评审会' }).click();
    await page.getByRole('heading', { name: '分配给您的申报（12 份）' }).waitFor({ timeout: 15_000 });
  }, 90_000);

  it('reads a PDF document through app://, and scores one indicator', async () => {
    await page.getByTestId('application-A01').click();
    const pdf = page.locator('.rd-document', { hasText: '佐证材料' }).getByRole('button', { name: '查看' });
    await pdf.click();
    const canvas = page.getByTestId('document-viewer').locator('canvas').first();
    await canvas.waitFor({ timeout: 20_000 });
    // Dark pixels: the page's text has been drawn (a blank page is all white).
    await expect.poll(() => darkPixelsOf(canvas), { timeout: 20_000 }).toBeGreaterThan(100);
    await shoot('4-document');

    const field = page.locator('.rd-score-row').filter({ has: page.getByRole('spinbutton') }).first().getByRole('spinbutton');
    await field.focus();
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toMatch(/^已保存/);
  }, 60_000);

  it('exports a signed scores file with the key the keychain unwraps', async () => {
    await page.getByRole('button', { name: '返回评审会首页' }).click();
    await page.getByRole('button', { name: '检查并导出评分' }).click();
    await page.getByTestId('export-gaps').waitFor({ timeout: 15_000 });
    await page.getByLabel('导出到文件夹').fill(exports);
    await page.getByRole('checkbox', { name: '加密给评审办公室（推荐）' }).uncheck();
    await page.getByRole('checkbox', { name: /尚未完成也导出/ }).check();
    await page.getByRole('button', { name: '导出评分文件' }).click();
    await page.getByTestId('export-done').waitFor({ timeout: 30_000 });
    await shoot('5-exported');
    const [name] = readdirSync(exports);
    if (name === undefined) throw new Error('nothing exported');
    const read = readScoresFile(new Uint8Array(readFileSync(join(exports, name))));
    if (!read.ok) throw new Error(`scores file refused: ${JSON.stringify(read)}`);
    expect(read.file.signerFingerprint.toLowerCase()).toBe(expertFingerprint);
    expect(read.file.payload).toMatchObject({ sessionId: 'demo-2026-2', sequence: 1 });
  }, 60_000);

  it('refuses a chosen file with no place on disk without calling the host, in Chinese', async () => {
    await page.getByRole('button', { name: '打开评审会文件' }).click();
    const before = ipcCalls.filter((channel) => channel === 'review-desk:openSession').length;
    await page.locator('#rd-session-file').setInputFiles({ name: '别处拖来的.rdsession', mimeType: 'application/octet-stream', buffer: Buffer.from('not on disk') });
    await expect.poll(() => page.getByTestId('open-refused').textContent(), { timeout: 10_000 }).toContain('「别处拖来的.rdsession」不在本机磁盘上');
    expect(ipcCalls.filter((channel) => channel === 'review-desk:openSession').length).toBe(before);
    await shoot('6-no-path');
  }, 30_000);

  it('bound the cancel channel, and nothing in the page erred or broke the CSP', () => {
    expect(electron.state.listeners.has(CANCEL_CHANNEL)).toBe(true);
    expect(serious(problems)).toEqual([]);
    expect(serious(cspViolations(page))).toEqual([]);
  });
});
