// The application menu as data: Chinese throughout in zh-CN, the roles that give the system's own shortcuts
// and behaviour, nothing that reloads the page or opens the developer tools in an installed app, macOS's app
// menu first; and the actions behind 打开文件…, 打开数据文件夹 and 关于.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, installAppMenu, menuLocaleOf, type MenuActions, type MenuTemplateInput } from '../../../electron/main/app-menu';
import { createMenuActions, type MenuActionsSetup } from '../../../electron/main/menu-actions';

const actions = (): MenuActions & { calls: string[] } => {
  const calls: string[] = [];
  return { calls, openFiles: () => calls.push('openFiles'), openDataFolder: () => calls.push('openDataFolder'), showAbout: () => calls.push('showAbout') };
};

const input = (overrides: Partial<MenuTemplateInput> = {}): MenuTemplateInput => ({
  locale: 'zh-CN',
  platform: 'win32',
  appName: '评审台',
  version: '1.2.3',
  packaged: true,
  actions: actions(),
  ...overrides,
});

/** Every item, depth first, with the top-level menu it is in. */
function itemsOf(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? itemsOf(item.submenu) : [])]);
}
const rolesOf = (template: MenuItemConstructorOptions[]): string[] => itemsOf(template).flatMap((item) => (item.role === undefined ? [] : [item.role]));
const labelled = (template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined => itemsOf(template).find((item) => item.label === label);

describe('buildMenuTemplate', () => {
  for (const platform of ['win32', 'linux', 'darwin'] as const) {
    it(`labels every item in Chinese on ${platform}, with no English word left`, () => {
      const items = itemsOf(buildMenuTemplate(input({ platform, packaged: false }))).filter((item) => item.type !== 'separator');
      expect(items.length).toBeGreaterThan(15);
      for (const item of items) {
        expect(item.label, JSON.stringify(item)).toMatch(/\p{Script=Han}/u);
        expect(item.label, JSON.stringify(item)).not.toMatch(/[A-Za-z]/);
      }
    });
  }

  it('has 文件, 编辑, 视图, 窗口, 帮助 on Windows and Linux, with 退出 in 文件', () => {
    const template = buildMenuTemplate(input());
    expect(template.map((item) => item.label)).toStrictEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    const file = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(file.filter((item) => item.type !== 'separator').map((item) => [item.label, item.role])).toStrictEqual([
      ['打开文件…', undefined],
      ['打开数据文件夹', undefined],
      ['退出', 'quit'],
    ]);
    expect(file[0]?.accelerator).toBe('CmdOrCtrl+O');
  });

  it('puts the app menu (关于, 隐藏, 退出 by role) first on macOS, and no 退出 in 文件', () => {
    const template = buildMenuTemplate(input({ platform: 'darwin' }));
    expect(template.map((item) => item.label)).toStrictEqual(['评审台', '文件', '编辑', '视图', '窗口', '帮助']);
    const appMenu = (template[0]?.submenu as MenuItemConstructorOptions[]).filter((item) => item.type !== 'separator');
    expect(appMenu.map((item) => [item.label, item.role])).toStrictEqual([
      ['关于评审台', 'about'],
      ['隐藏评审台', 'hide'],
      ['隐藏其他', 'hideOthers'],
      ['全部显示', 'unhide'],
      ['退出评审台', 'quit'],
    ]);
    expect((template[1]?.submenu as MenuItemConstructorOptions[]).some((item) => item.role === 'quit')).toBe(false);
  });

  it('edits by role (the system shortcuts, in whatever field has the focus), and zooms, goes full screen, minimises and closes by role', () => {
    const template = buildMenuTemplate(input());
    expect(rolesOf(template)).toStrictEqual(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'minimize', 'close']);
    expect(labelled(template, '撤销')?.role).toBe('undo');
    expect(labelled(template, '全选')?.role).toBe('selectAll');
    expect(labelled(template, '实际大小')?.role).toBe('resetZoom');
    expect(labelled(template, '全屏')?.role).toBe('togglefullscreen');
  });

  it('never reloads, and has the developer tools only when running from source', () => {
    const reloading = ['reload', 'forceReload', 'toggleDevTools'];
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(rolesOf(buildMenuTemplate(input({ platform }))).filter((role) => reloading.includes(role))).toStrictEqual([]);
      expect(rolesOf(buildMenuTemplate(input({ platform, packaged: false }))).filter((role) => reloading.includes(role))).toStrictEqual(['toggleDevTools']);
    }
  });

  it('calls the actions from 打开文件…, 打开数据文件夹 and 帮助 › 关于评审台', () => {
    const spy = actions();
    const template = buildMenuTemplate(input({ actions: spy }));
    for (const label of ['打开文件…', '打开数据文件夹', '关于评审台']) {
      const click = labelled(template, label)?.click as (() => void) | undefined;
      click?.();
    }
    expect(spy.calls).toStrictEqual(['openFiles', 'openDataFolder', 'showAbout']);
  });

  it('reads in English for en-US', () => {
    const template = buildMenuTemplate(input({ locale: 'en-US', appName: 'Review Desk', platform: 'darwin' }));
    expect(template.map((item) => item.label)).toStrictEqual(['Review Desk', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(labelled(template, 'About Review Desk')?.role).toBe('about');
  });
});

describe('menuLocaleOf', () => {
  it('is English on an English system only, Chinese otherwise (as the workspace is)', () => {
    expect(menuLocaleOf('en-US')).toBe('en-US');
    expect(menuLocaleOf('en')).toBe('en-US');
    expect(menuLocaleOf('zh-CN')).toBe('zh-CN');
    expect(menuLocaleOf('zh-TW')).toBe('zh-CN');
    expect(menuLocaleOf('fr')).toBe('zh-CN');
    expect(menuLocaleOf('')).toBe('zh-CN');
  });
});

describe('installAppMenu', () => {
  it('sets the menu built from the template, and the about panel’s name and version', () => {
    const built = { built: true };
    const menu = { buildFromTemplate: vi.fn(() => built), setApplicationMenu: vi.fn() };
    const app = { setAboutPanelOptions: vi.fn() };
    installAppMenu(menu as never, app, input());
    const given = (menu.buildFromTemplate.mock.calls[0] as unknown as [MenuItemConstructorOptions[]])[0];
    // The clicks are closures of their own; the items' labels and roles say it is the same template.
    const shape = (template: MenuItemConstructorOptions[]) => itemsOf(template).map(({ label, role }) => [label, role]);
    expect(shape(given)).toStrictEqual(shape(buildMenuTemplate(input())));
    expect(menu.setApplicationMenu).toHaveBeenCalledWith(built);
    expect(app.setAboutPanelOptions).toHaveBeenCalledWith({ applicationName: '评审台', applicationVersion: '1.2.3' });
  });
});

describe('createMenuActions', () => {
  const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  function setup(overrides: { openDialog?: { canceled: boolean; filePaths: string[] }; openPathError?: string } = {}) {
    const opened: string[][] = [];
    const errorBoxes: [string, string][] = [];
    const dialog = {
      showOpenDialog: vi.fn(() => Promise.resolve(overrides.openDialog ?? { canceled: true, filePaths: [] })),
      showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })),
      showErrorBox: vi.fn((title: string, content: string) => void errorBoxes.push([title, content])),
    };
    const shell = { openPath: vi.fn(() => Promise.resolve(overrides.openPathError ?? '')) };
    const made: MenuActionsSetup = {
      dialog: dialog as unknown as MenuActionsSetup['dialog'],
      shell,
      locale: 'zh-CN',
      appName: '评审台',
      version: '1.2.3',
      dataDir: '/home/expert/.local/share/review-desk',
      window: () => null,
      open: (paths) => void opened.push([...paths]),
    };
    return { actions: createMenuActions(made), dialog, shell, opened, errorBoxes };
  }

  it('opens the dialog filtered to the three kinds, and hands on what was chosen', async () => {
    const { actions: chosen, dialog, opened } = setup({ openDialog: { canceled: false, filePaths: ['/x/a.rdscores', '/x/b.rdscores'] } });
    chosen.openFiles();
    await settle();
    expect(opened).toStrictEqual([['/x/a.rdscores', '/x/b.rdscores']]);
    const options = dialog.showOpenDialog.mock.calls[0] as unknown as [{ title: string; properties: string[]; filters: { name: string; extensions: string[] }[] }];
    expect(options[0].title).toBe('打开评审台文件');
    expect(options[0].properties).toStrictEqual(['openFile', 'multiSelections']);
    expect(options[0].filters).toStrictEqual([
      { name: '评审台文件', extensions: ['rdsession', 'rdscores', 'rdarchive'] },
      { name: '评审会文件', extensions: ['rdsession'] },
      { name: '专家评分文件', extensions: ['rdscores'] },
      { name: '评审档案', extensions: ['rdarchive'] },
    ]);
  });

  it('hands on nothing when the dialog is cancelled', async () => {
    const { actions: cancelled, opened } = setup({ openDialog: { canceled: true, filePaths: [] } });
    cancelled.openFiles();
    await settle();
    expect(opened).toStrictEqual([]);
  });

  it('opens the data folder, and says so in a box when the system could not', async () => {
    const fine = setup();
    fine.actions.openDataFolder();
    await settle();
    expect(fine.shell.openPath).toHaveBeenCalledWith('/home/expert/.local/share/review-desk');
    expect(fine.errorBoxes).toStrictEqual([]);

    const failing = setup({ openPathError: 'No application knows how to open it' });
    failing.actions.openDataFolder();
    await settle();
    expect(failing.errorBoxes).toStrictEqual([['无法打开数据文件夹', '数据文件夹 /home/expert/.local/share/review-desk 没有打开：No application knows how to open it']]);
  });

  it('shows 关于 with the version and the data folder', () => {
    const { actions: about, dialog } = setup();
    about.showAbout();
    expect(dialog.showMessageBox).toHaveBeenCalledWith({
      type: 'info',
      title: '关于评审台',
      message: '评审台',
      detail: '版本 1.2.3\n数据文件夹：/home/expert/.local/share/review-desk',
      buttons: ['确定'],
    });
  });
});
