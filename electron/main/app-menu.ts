// The application menu, in the user's language: what a desktop user looks for (open a file, copy and paste in a
// long opinion, zoom, quit) and nothing that could lose work. There is no 重新加载 (a reload would drop an
// opinion still being typed) and the developer tools exist only when running from source. The template is
// built by a pure function so tests read it as data; the clicks call the actions passed in (menu-actions.ts).
import type { App, Menu, MenuItemConstructorOptions } from 'electron';
import { translate, type Locale } from '../../shared/i18n/translate';

export interface MenuActions {
  /** 打开文件…: the native open dialog; what is chosen is opened like a double-clicked file. */
  openFiles(): void;
  /** 打开数据文件夹: the data directory in the system's file manager. */
  openDataFolder(): void;
  /** 帮助 › 关于评审台: the version and where the data lives. */
  showAbout(): void;
}

export interface MenuTemplateInput {
  locale: Locale;
  platform: NodeJS.Platform;
  /** As the menu names the app (关于评审台, 退出评审台). */
  appName: string;
  /** The app's version (package.json): macOS's own 关于 panel shows it (installAppMenu). */
  version: string;
  /** app.isPackaged: an installed app gets no developer tools. */
  packaged: boolean;
  actions: MenuActions;
}

/**
 * The menu's language. The workspace itself is Chinese unless the user switches it, and the main process
 * cannot read that choice (it lives in the page's storage), so the menu is Chinese too, except on a system
 * whose language is English: zh-CN unless `systemLocale` (app.getLocale()) starts with "en".
 */
export const menuLocaleOf = (systemLocale: string): Locale => (/^en\b/i.test(systemLocale) ? 'en-US' : 'zh-CN');

export function buildMenuTemplate({ locale, platform, appName, packaged, actions }: MenuTemplateInput): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof translate>[1]): string => translate(locale, key, { appName });
  const mac = platform === 'darwin';

  // macOS puts the app's own menu first, named after the app, with 关于, 隐藏 and 退出 where users look for them.
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about', label: t('menu.app.about') },
            { type: 'separator' },
            { role: 'hide', label: t('menu.app.hide') },
            { role: 'hideOthers', label: t('menu.app.hideOthers') },
            { role: 'unhide', label: t('menu.app.showAll') },
            { type: 'separator' },
            { role: 'quit', label: t('menu.app.quit') },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.file.open'), accelerator: 'CmdOrCtrl+O', click: () => actions.openFiles() },
      { label: t('menu.file.openDataFolder'), click: () => actions.openDataFolder() },
      // On macOS 退出 lives in the app menu.
      ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: t('menu.file.quit') }]),
    ],
  };

  // Roles, so the shortcuts are the system's own and they act on whatever field has the focus.
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.edit.undo') },
      { role: 'redo', label: t('menu.edit.redo') },
      { type: 'separator' },
      { role: 'cut', label: t('menu.edit.cut') },
      { role: 'copy', label: t('menu.edit.copy') },
      { role: 'paste', label: t('menu.edit.paste') },
      { role: 'selectAll', label: t('menu.edit.selectAll') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { role: 'resetZoom', label: t('menu.view.resetZoom') },
      { role: 'zoomIn', label: t('menu.view.zoomIn') },
      { role: 'zoomOut', label: t('menu.view.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.view.fullScreen') },
      ...(packaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const, label: t('menu.view.devTools') }]),
    ],
  };

  const window: MenuItemConstructorOptions = {
    label: t('menu.window'),
    submenu: [
      { role: 'minimize', label: t('menu.window.minimize') },
      { role: 'close', label: t('menu.window.close') },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: t('menu.help'),
    // Not role 'help': macOS would add its search box for help pages the app does not have.
    submenu: [{ label: t('menu.help.about'), click: () => actions.showAbout() }],
  };

  return [...appMenu, file, edit, view, window, help];
}

/** Builds the menu from the template and makes it the app's (every window's, on Windows and Linux). */
export function installAppMenu(
  menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>,
  app: Pick<App, 'setAboutPanelOptions'>,
  input: MenuTemplateInput,
): void {
  // What macOS's 关于 panel (role 'about') shows; elsewhere the help menu's message box says the same.
  app.setAboutPanelOptions({ applicationName: input.appName, applicationVersion: input.version });
  menu.setApplicationMenu(menu.buildFromTemplate(buildMenuTemplate(input)));
}
