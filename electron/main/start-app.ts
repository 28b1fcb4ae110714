// The Electron main process, start to finish, with the electron objects passed in so tests can hand it
// stand-ins (electron/main/main.ts passes the real ones). What must happen before `ready` does (the app://
// scheme, the hardening of every web contents, the single-instance lock, Chromium's profile folder); the rest
// waits for it.
import { dirname, join } from 'node:path';
import type { App, BrowserWindow, Dialog, Menu, Screen, Shell } from 'electron';
import { translate } from '../../shared/i18n/translate';
import { APP_VERSION } from '../host/app-version';
import { hostTarget } from '../host/call-method';
import { dataDirOfThisProcess, ensureDataDir } from '../host/data-dir';
import { createHostServices } from '../host/host-services';
import { WaitableOpenRequests } from '../host/services/open-request-services';
import { APP_ORIGIN } from './app-origin';
import { appPathsOf } from './app-paths';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { hardenAllContents } from './harden-contents';
import { bindHostApi, isAppMainFrame, type IpcMainLike } from './ipc-bindings';
import { openableFilesIn, PendingOpens } from './pending-opens';
import { installAppMenu, menuLocaleOf } from './app-menu';
import { createMenuActions } from './menu-actions';
import { createMainWindow } from './secure-window';
import { electronPorts } from './electron-ports';
import type { SafeStorageLike } from './safe-storage-key-wrapper';
import type { UtilityProcessForker } from './utility-process-worker';
import { placeWindow, readWindowState, trackWindowState, windowStateFileOf, writeWindowState, type WindowState } from './window-state';

/** The electron objects startApp uses (tests pass fakes of exactly these parts). */
export interface ElectronModules {
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on' | 'whenReady' | 'getAppPath' | 'setPath' | 'getLocale' | 'isPackaged' | 'setAboutPanelOptions'>;
  ipcMain: IpcMainLike;
  BrowserWindow: { getAllWindows: () => BrowserWindow[] };
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  dialog: Pick<Dialog, 'showErrorBox' | 'showOpenDialog' | 'showMessageBox' | 'showSaveDialog'>;
  safeStorage: SafeStorageLike;
  utilityProcess: UtilityProcessForker;
  shell: Pick<Shell, 'openPath'>;
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
}

export interface StartOptions {
  /** This process's command line (a double-clicked file arrives here when the app was not running yet). */
  argv: readonly string[];
  /** The directory relative paths in argv are resolved against. */
  cwd: string;
  /** Defaults to the same per-user directory as the web host and the CLI (dataDirOfThisProcess). */
  dataDir?: string;
  /** Defaults to process.platform; `activate` matters only on macOS. */
  platform?: NodeJS.Platform;
}

export interface StartedApp {
  /** False in a second instance, which has handed its files to the first and is quitting. */
  primary: boolean;
  /** Files asked to be opened, waiting for the UI that opens them. */
  pendingOpens: PendingOpens;
  /** Settles once the host is bound and the window created (at once in a second instance). */
  ready: Promise<void>;
}

/** Chromium's own profile (the renderer's IndexedDB among it) inside our data directory; see startApp. */
export const chromiumProfileDirOf = (dataDir: string): string => join(dataDir, 'chromium');

export function startApp({ app, ipcMain, BrowserWindow, Menu, dialog, shell, screen, safeStorage, utilityProcess }: ElectronModules, options: StartOptions): StartedApp {
  const pendingOpens = new PendingOpens();

  // A second instance (the user double-clicked a file while the app was open) only hands over its argv, which
  // reaches the first as `second-instance`, and leaves before it registers or opens anything.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { primary: false, pendingOpens, ready: Promise.resolve() };
  }
  pendingOpens.add(openableFilesIn(options.argv, options.cwd));
  // What arrives from now on also wakes the page's waiting takeOpenRequests call.
  const openRequests = new WaitableOpenRequests(pendingOpens);

  // The data directory is the one the web host and the CLI use (data-dir.ts), not app.getPath('userData'):
  // userData is named after productName ("评审台 Review Desk") and lives elsewhere on Linux (~/.config), so the
  // key and sessions a user made with `npm run web` or the CLI would not be found, and renaming the product
  // would lose them. data-dir.ts depends on nothing that changes between versions. For the same reason
  // Chromium's profile, which holds the expert's IndexedDB, is pinned inside it; userData has to be set before
  // ready to take effect.
  const dataDir = options.dataDir ?? dataDirOfThisProcess();
  app.setPath('userData', chromiumProfileDirOf(dataDir));

  // Both must precede ready: Electron refuses privileged schemes later, and the first window's contents must
  // already be covered by the hardening.
  registerAppScheme();
  hardenAllContents();

  const paths = appPathsOf(app.getAppPath());
  const windowStateFile = windowStateFileOf(dataDir);
  // Read after ready (the data directory exists then), and kept current by every save, so a window opened
  // again (macOS activate) comes back where the last one was.
  let windowState: WindowState | null = null;
  let mainWindow: BrowserWindow | null = null;
  let isReady = false;
  const openWindow = (): void => {
    const window = createMainWindow(paths.preload, placeWindow(windowState, screen));
    mainWindow = window;
    trackWindowState(window, (state) => {
      windowState = state;
      writeWindowState(windowStateFile, state);
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
  };

  /**
   * Files were queued: the window comes forward (made again if it is gone) for the page to show them (its
   * waiting takeOpenRequests call has been answered). Before ready, the window opened at the end of start-up
   * takes them as it starts.
   */
  const bringForward = (): void => {
    if (!isReady) return;
    if (mainWindow === null || mainWindow.isDestroyed()) {
      openWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };
  const queueAndBringForward = (files: readonly string[]): void => {
    openRequests.add(files);
    bringForward();
  };

  app.on('second-instance', (_event, argv, workingDirectory) => queueAndBringForward(openableFilesIn(argv, workingDirectory)));

  // macOS hands a double-clicked file (at launch too, before ready) to this event, not to argv. Registered
  // before ready so the launch's file is not missed; checked like argv (our extensions, an existing file).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    queueAndBringForward(openableFilesIn([path], dirname(path)));
  });

  // An office tool with one window: closing it ends the app on every system, macOS included, so no process
  // stays behind holding the data directory.
  app.on('window-all-closed', () => app.quit());

  // macOS: clicking the Dock icon of a running app with no window (possible while it is quitting, or if a
  // future menu closes the window without quitting) brings the window back.
  app.on('activate', () => {
    if ((options.platform ?? process.platform) === 'darwin' && isReady && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  const ready = (async () => {
    await app.whenReady();
    const locale = menuLocaleOf(app.getLocale());
    try {
      // 0700 on creation, as the web host does; a data directory others can read is reported by the web host and
      // the CLI on the console, which a desktop app does not have: the UI warning comes with the settings screen.
      await ensureDataDir(dataDir);
      const ports = electronPorts({ dialog, safeStorage, utilityProcess }, { workerEntry: paths.isolatedWorker, platform: options.platform ?? process.platform, getWindow: () => mainWindow });
      const services = createHostServices({ host: 'electron', dataDir, openRequests, ports });
      bindHostApi({ ipcMain, target: hostTarget(services), isOurFrame: (frame) => isAppMainFrame(frame, APP_ORIGIN) });
      handleAppProtocol({ rendererRoot: paths.rendererRoot, dataDir });
      const appName = translate(locale, 'menu.appName');
      const actions = createMenuActions({ dialog, shell, locale, appName, version: APP_VERSION, dataDir, window: () => mainWindow, open: (chosen) => queueAndBringForward(openableFilesIn(chosen, dataDir)) });
      installAppMenu(Menu, app, { locale, platform: options.platform ?? process.platform, appName, version: APP_VERSION, packaged: app.isPackaged, actions });
      windowState = readWindowState(windowStateFile);
      isReady = true;
      openWindow();
    } catch (cause) {
      // Without a window the user would see nothing at all: say what failed, where the data lives and what to
      // try, then leave rather than stay as a process with nothing on screen.
      isReady = false;
      dialog.showErrorBox(translate(locale, 'startup.failed.title'), translate(locale, 'startup.failed.body', { message: cause instanceof Error ? cause.message : String(cause), dataDir }));
      app.quit();
    }
  })();

  return { primary: true, pendingOpens, ready };
}
