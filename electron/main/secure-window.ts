// The main window. Its page is ours but shows text counties and experts wrote, so the renderer gets no Node,
// runs in Chromium's sandbox, and sees the host only through the preload's bridge in an isolated world.
import { BrowserWindow, type WebPreferences } from 'electron';
import { translate } from '../../shared/i18n/translate';
import { APP_START_URL } from './app-origin';
import { DEFAULT_SIZE, type WindowPlacement } from './window-state';

/** The preferences every window of ours has; harden-contents refuses any web contents that lacks them. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    preload: preloadPath,
  };
}

/** `placement` (window-state.ts) puts it where the user left it; without one it has the default size, centred by the system. */
export function createMainWindow(preloadPath: string, placement?: WindowPlacement): BrowserWindow {
  const window = new BrowserWindow({
    title: translate('zh-CN', 'host.page.title'),
    ...(placement === undefined
      ? { width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height }
      : { ...placement.bounds, minWidth: placement.minSize.width, minHeight: placement.minSize.height }),
    // Shown once the first paint is ready, so the user never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => {
    // Maximised only now: maximising a hidden window shows it at once on Windows, white frame and all.
    if (placement?.maximized === true) window.maximize();
    window.show();
  });
  // A failed load shows Chromium's error page in the window itself; the promise adds nothing to that.
  window.loadURL(APP_START_URL).catch(() => undefined);
  return window;
}
