// Where the office last wrote a session file, remembered on this computer (a USB stick's folder is typed
// once per meeting, not per export), and the default under the data directory until one is chosen.
import { recallValue, rememberValue } from '../../app/remembered-value';

const KEY = 'review-desk.office.sessionFolder';

/** `<dataDir>/评审会文件` with the separator the data directory already uses (Windows or POSIX). */
export const sessionFilesFolder = (dataDir: string): string =>
  dataDir === '' ? '' : `${dataDir.replace(/[\\/]+$/, '')}${dataDir.includes('\\') ? '\\' : '/'}评审会文件`;

/** Empty when none is remembered (or storage is disabled): the default folder then applies. */
export function recallSessionFolder(storage: Pick<Storage, 'getItem'> | undefined): string {
  return recallValue(storage, KEY) ?? '';
}

export function rememberSessionFolder(storage: Pick<Storage, 'setItem'> | undefined, folder: string): void {
  rememberValue(storage, KEY, folder);
}
