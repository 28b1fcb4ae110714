// The dialogs port over Electron's native dialogs: sheets of the main window when there is one (so they stay
// with it, modal on macOS), free-standing otherwise. A cancelled dialog answers as the port promises: no
// paths, or null.
import type { BaseWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { DialogsPort } from '../host/ports';

export type DialogLike = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;

export function electronDialogs(dialog: DialogLike, getWindow: () => BaseWindow | null): DialogsPort {
  const open = (options: OpenDialogOptions) => {
    const window = getWindow();
    return window === null || window.isDestroyed() ? dialog.showOpenDialog(options) : dialog.showOpenDialog(window, options);
  };
  const save = (options: SaveDialogOptions) => {
    const window = getWindow();
    return window === null || window.isDestroyed() ? dialog.showSaveDialog(options) : dialog.showSaveDialog(window, options);
  };
  return {
    async openFiles({ title, filters, multiple }) {
      const { canceled, filePaths } = await open({
        title,
        properties: multiple === true ? ['openFile', 'multiSelections'] : ['openFile'],
        ...(filters === undefined ? {} : { filters }),
      });
      return canceled ? [] : filePaths;
    },
    async saveFile({ title, defaultName, filters }) {
      const { canceled, filePath } = await save({
        title,
        defaultPath: defaultName,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
        ...(filters === undefined ? {} : { filters }),
      });
      return canceled || filePath === '' ? null : filePath;
    },
    async chooseFolder({ title, defaultPath }) {
      const { canceled, filePaths } = await open({
        title,
        properties: ['openDirectory', 'createDirectory'],
        ...(defaultPath === undefined ? {} : { defaultPath }),
      });
      return canceled ? null : (filePaths[0] ?? null);
    },
  };
}
