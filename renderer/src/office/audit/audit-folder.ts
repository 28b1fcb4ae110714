// Where the office last exported an audit log, remembered on this computer (a USB stick's folder is typed
// once, not per export); until then, where it last wrote a session file, which is a folder that exists.
import { recallSessionFolder } from '../export/session-folder';

const KEY = 'review-desk.office.auditFolder';

export function recallAuditFolder(storage: Pick<Storage, 'getItem'> | undefined): string {
  try {
    return storage?.getItem(KEY) ?? recallSessionFolder(storage);
  } catch {
    // Storage can be disabled by the browser's settings: the clerk types the folder instead.
    return '';
  }
}

export function rememberAuditFolder(storage: Pick<Storage, 'setItem'> | undefined, folder: string): void {
  try {
    storage?.setItem(KEY, folder);
  } catch {
    // Not remembered: this export still goes where it was asked to.
  }
}
