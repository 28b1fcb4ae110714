// The Electron main process, start to finish, with the electron objects passed in so tests can hand it
// stand-ins (electron/main/main.ts passes the real ones). What must happen before `ready` does (the app://
// scheme, the hardening of every web contents, the single-instance lock, Chromium's profile folder); the rest
// waits for it.
import { join } from 'node:path';
import type { App, BrowserWindow, Dialog } from 'electron';
import { hostTarget } from '../host/call-method';
import { dataDirOfThisProcess, ensureDataDir } from '../host/data-dir';
import { createHostServices } from '../host/host-services';
import { APP_ORIGIN } from './app-origin';
import { appPathsOf } from './app-paths';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { hardenAllContents } from './harden-contents';
import { bindHostApi, isAppMainFrame, type IpcMainLike } from './ipc-bindings';
import { openableFilesIn, PendingOpens } from './pending-opens';
import { createMainWindow } from './secure-window';
import { electronPorts } from './electron-ports';
import type { SafeStorageLike } from './safe-storage-key-wrapper';
import type { UtilityProcessForker } from './utility-process-worker';

/** The electron objects startApp uses (tests pass fakes of exactly these parts). */
export interface ElectronModules {
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on' | 'whenReady' | 'getAppPath' | 'setPath'>;
  ipcMain: IpcMainLike;
  BrowserWindow: { getAllWindows: () => BrowserWindow[] };
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  safeStorage: SafeStorageLike;
  utilityProcess: UtilityProcessForker;
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

export function startApp({ app, ipcMain, BrowserWindow, dialog, safeStorage, utilityProcess }: ElectronModules, options: StartOptions): StartedApp {
  const pendingOpens = new PendingOpens();

  // A second instance (the user double-clicked a file while the app was open) only hands over its argv, which
  // reaches the first as `second-instance`, and leaves before it registers or opens anything.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { primary: false, pendingOpens, ready: Promise.resolve() };
  }
  pendingOpens.add(openableFilesIn(options.argv, options.cwd));

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
  let mainWindow: BrowserWindow | null = null;
  let isReady = false;
  const openWindow = (): void => {
    const window = createMainWindow(paths.preload);
    mainWindow = window;
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    pendingOpens.add(openableFilesIn(argv, workingDirectory));
    if (!isReady) return;
    if (mainWindow === null || mainWindow.isDestroyed()) {
      openWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
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
    // 0700 on creation, as the web host does; a data directory others can read is reported by the web host and
    // the CLI on the console, which a desktop app does not have: the UI warning comes with the settings screen.
    await ensureDataDir(dataDir);
    const ports = electronPorts({ dialog, safeStorage, utilityProcess }, { workerEntry: paths.isolatedWorker, platform: options.platform ?? process.platform, getWindow: () => mainWindow });
    const services = createHostServices({ host: 'electron', dataDir, ports });
    bindHostApi({ ipcMain, target: hostTarget(services), isOurFrame: (frame) => isAppMainFrame(frame, APP_ORIGIN) });
    handleAppProtocol({ rendererRoot: paths.rendererRoot, dataDir });
    isReady = true;
    openWindow();
  })();

  return { primary: true, pendingOpens, ready };
}
