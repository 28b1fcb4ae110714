// The dialogs port over Electron's dialog module (a fake here): each call asks for the right kind of dialog
// (files, several files, a folder, a file to save) with the title and filters given, as a sheet of the main
// window when there is one; a cancelled dialog answers with no paths or null.
import type { BaseWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { electronDialogs, type DialogLike } from '../../../electron/main/electron-dialogs';

interface Shown {
  kind: 'open' | 'save';
  window: unknown;
  options: OpenDialogOptions | SaveDialogOptions;
}

function fakeDialog(answer: { canceled: boolean; filePaths?: string[]; filePath?: string }) {
  const shown: Shown[] = [];
  const record = (kind: Shown['kind'], args: unknown[]): void => {
    const [first, second] = args;
    shown.push(second === undefined ? { kind, window: null, options: first as OpenDialogOptions } : { kind, window: first, options: second as OpenDialogOptions });
  };
  const dialog = {
    showOpenDialog: (...args: unknown[]) => (record('open', args), Promise.resolve({ canceled: answer.canceled, filePaths: answer.filePaths ?? [] })),
    showSaveDialog: (...args: unknown[]) => (record('save', args), Promise.resolve({ canceled: answer.canceled, filePath: answer.filePath ?? '' })),
  } as unknown as DialogLike;
  return { dialog, shown };
}

const window = { isDestroyed: () => false } as unknown as BaseWindow;
const filters = [{ name: '申报材料包', extensions: ['zip'] }];

describe('electronDialogs', () => {
  it('opens one or several files on the main window, with the title and filters', async () => {
    const { dialog, shown } = fakeDialog({ canceled: false, filePaths: ['/a.zip', '/b.zip'] });
    const dialogs = electronDialogs(dialog, () => window);
    expect(await dialogs.openFiles({ title: '选择申报材料包', filters, multiple: true })).toEqual(['/a.zip', '/b.zip']);
    await dialogs.openFiles({ title: '选择创建标准' });
    expect(shown).toEqual([
      { kind: 'open', window, options: { title: '选择申报材料包', properties: ['openFile', 'multiSelections'], filters } },
      { kind: 'open', window, options: { title: '选择创建标准', properties: ['openFile'] } },
    ]);
  });

  it('chooses a folder (which the user may create) and asks where to save, proposing the name', async () => {
    const { dialog, shown } = fakeDialog({ canceled: false, filePaths: ['/导出'], filePath: '/导出/评分.rdscores' });
    const dialogs = electronDialogs(dialog, () => window);
    expect(await dialogs.chooseFolder({ title: '选择文件夹', defaultPath: '/home' })).toBe('/导出');
    expect(await dialogs.saveFile({ title: '导出评分', defaultName: '评分.rdscores', filters })).toBe('/导出/评分.rdscores');
    expect(shown[0]?.options).toEqual({ title: '选择文件夹', properties: ['openDirectory', 'createDirectory'], defaultPath: '/home' });
    expect(shown[1]).toMatchObject({ kind: 'save', window, options: { title: '导出评分', defaultPath: '评分.rdscores', filters } });
  });

  it('answers a cancelled dialog with no paths or null', async () => {
    const { dialog } = fakeDialog({ canceled: true, filePaths: ['/ignored'], filePath: '/ignored' });
    const dialogs = electronDialogs(dialog, () => window);
    expect(await dialogs.openFiles({ title: 't' })).toEqual([]);
    expect(await dialogs.chooseFolder({ title: 't' })).toBeNull();
    expect(await dialogs.saveFile({ title: 't', defaultName: 'x' })).toBeNull();
  });

  it('shows free-standing dialogs when there is no window, or it is gone', async () => {
    const { dialog, shown } = fakeDialog({ canceled: false, filePaths: ['/x'] });
    await electronDialogs(dialog, () => null).openFiles({ title: 't' });
    await electronDialogs(dialog, () => ({ isDestroyed: () => true }) as unknown as BaseWindow).chooseFolder({ title: 't' });
    expect(shown.map((entry) => entry.window)).toEqual([null, null]);
  });
});
