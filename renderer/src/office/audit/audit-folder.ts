// Where the office last exported an audit log, remembered on this computer (a USB stick's folder is typed
// once, not per export); until then, where it last wrote a session file, which is a folder that exists.
import { recallValue, rememberValue } from '../../app/remembered-value';
import { recallSessionFolder } from '../export/session-folder';

const KEY = 'review-desk.office.auditFolder';

/** Empty when neither folder is remembered (or storage is disabled): the clerk types the folder instead. */
export function recallAuditFolder(storage: Pick<Storage, 'getItem'> | undefined): string {
  return recallValue(storage, KEY) ?? recallSessionFolder(storage);
}

export function rememberAuditFolder(storage: Pick<Storage, 'setItem'> | undefined, folder: string): void {
  rememberValue(storage, KEY, folder);
}
