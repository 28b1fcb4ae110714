// Where the office last wrote a session file, remembered on this computer (a USB stick's folder is typed
// once per meeting, not per export), and the default under the data directory until one is chosen.
const KEY = 'review-desk.office.sessionFolder';

/** `<dataDir>/评审会文件` with the separator the data directory already uses (Windows or POSIX). */
export const sessionFilesFolder = (dataDir: string): string =>
  dataDir === '' ? '' : `${dataDir.replace(/[\\/]+$/, '')}${dataDir.includes('\\') ? '\\' : '/'}评审会文件`;

export function recallSessionFolder(storage: Pick<Storage, 'getItem'> | undefined): string {
  try {
    return storage?.getItem(KEY) ?? '';
  } catch {
    // Storage can be disabled by the browser's settings: the default folder still works.
    return '';
  }
}

export function rememberSessionFolder(storage: Pick<Storage, 'setItem'> | undefined, folder: string): void {
  try {
    storage?.setItem(KEY, folder);
  } catch {
    // Not remembered: this export still goes where it was asked to.
  }
}
