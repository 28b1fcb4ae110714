// The sync folder the office last scanned for scores files, remembered on this computer: the USB stick or
// shared folder is the same one all through a meeting, so it is typed once, not at every scan.
import { recallValue, rememberValue } from '../../app/remembered-value';

const KEY = 'review-desk.office.scoresFolder';

/** Empty when none is remembered (or storage is disabled): the folder is then typed. */
export function recallScoresFolder(storage: Pick<Storage, 'getItem'> | undefined): string {
  return recallValue(storage, KEY) ?? '';
}

export function rememberScoresFolder(storage: Pick<Storage, 'setItem'> | undefined, folder: string): void {
  rememberValue(storage, KEY, folder);
}
