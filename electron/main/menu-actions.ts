// What the menu's own items do (app-menu.ts): open files through the native dialog, show the data folder, say
// which version this is. A chosen file goes the same way as a double-clicked one: into the pending-opens
// queue, which answers the page's waiting takeOpenRequests call, and the window is brought forward.
import type { BrowserWindow, Dialog, OpenDialogOptions, Shell } from 'electron';
import { OPEN_REQUEST_EXTENSIONS } from '../../shared/contract/open-requests-spec';
import { translate, type Locale } from '../../shared/i18n/translate';
import type { MenuActions } from './app-menu';

export interface MenuActionsSetup {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showMessageBox' | 'showErrorBox'>;
  shell: Pick<Shell, 'openPath'>;
  locale: Locale;
  appName: string;
  version: string;
  dataDir: string;
  /** The main window, when there is one. */
  window(): BrowserWindow | null;
  /** Queues the chosen paths and brings the window forward, as for a double-clicked file. */
  open(paths: readonly string[]): void;
}

const withoutDot = (extension: string): string => extension.slice(1);

/** One filter for all three kinds first (the dialog's default), then each on its own. */
export function openDialogFilters(locale: Locale): NonNullable<OpenDialogOptions['filters']> {
  return [
    { name: translate(locale, 'menu.open.filter.all'), extensions: Object.values(OPEN_REQUEST_EXTENSIONS).map(withoutDot) },
    { name: translate(locale, 'menu.open.filter.session'), extensions: [withoutDot(OPEN_REQUEST_EXTENSIONS.session)] },
    { name: translate(locale, 'menu.open.filter.scores'), extensions: [withoutDot(OPEN_REQUEST_EXTENSIONS.scores)] },
    { name: translate(locale, 'menu.open.filter.archive'), extensions: [withoutDot(OPEN_REQUEST_EXTENSIONS.archive)] },
  ];
}

export function createMenuActions(setup: MenuActionsSetup): MenuActions {
  const { dialog, shell, locale, appName, version, dataDir } = setup;
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string> = {}): string => translate(locale, key, { appName, ...params });
  return {
    openFiles() {
      const options: OpenDialogOptions = { title: t('menu.open.title'), properties: ['openFile', 'multiSelections'], filters: openDialogFilters(locale) };
      // Attached to the window where there is one, as a dialog of that window (a sheet on macOS).
      const window = setup.window();
      (window === null ? dialog.showOpenDialog(options) : dialog.showOpenDialog(window, options)).then(
        ({ canceled, filePaths }) => {
          if (!canceled && filePaths.length > 0) setup.open(filePaths);
        },
        () => undefined,
      );
    },
    openDataFolder() {
      // openPath answers with an error text ('' when it worked) rather than failing.
      shell.openPath(dataDir).then(
        (error) => {
          if (error !== '') dialog.showErrorBox(t('menu.dataFolder.failed'), t('menu.dataFolder.failedDetail', { dataDir, message: error }));
        },
        (cause: unknown) => dialog.showErrorBox(t('menu.dataFolder.failed'), t('menu.dataFolder.failedDetail', { dataDir, message: String(cause) })),
      );
    },
    showAbout() {
      const options = { type: 'info' as const, title: t('menu.help.about'), message: appName, detail: t('menu.about.detail', { version, dataDir }), buttons: [t('menu.about.ok')] };
      const window = setup.window();
      (window === null ? dialog.showMessageBox(options) : dialog.showMessageBox(window, options)).catch(() => undefined);
    },
  };
}
