// The sync folder the office last scanned for scores files, remembered on this computer: the USB stick or
// shared folder is the same one all through a meeting, so it is typed once, not at every scan.
const KEY = 'review-desk.office.scoresFolder';

export function recallScoresFolder(storage: Pick<Storage, 'getItem'> | undefined): string {
  try {
    return storage?.getItem(KEY) ?? '';
  } catch {
    // Storage can be disabled by the browser's settings: the folder is then typed each time.
    return '';
  }
}

export function rememberScoresFolder(storage: Pick<Storage, 'setItem'> | undefined, folder: string): void {
  try {
    storage?.setItem(KEY, folder);
  } catch {
    // Not remembered: this scan still reads the folder it was given.
  }
}
