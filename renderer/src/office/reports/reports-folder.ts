// Where the office last wrote a session's reports, remembered on this computer for that session (typed once,
// not at every writing; per session, because every session's reports have the same file names and one
// session's must never replace another's), and the default under the data directory until one is chosen.
import { recallValue, rememberValue } from '../../app/remembered-value';

const keyOf = (sessionId: string): string => `review-desk.office.reportsFolder.${sessionId}`;

/** `<dataDir>/评审报告/<session id>` with the separator the data directory already uses (Windows or POSIX). */
export function defaultReportsFolder(dataDir: string, sessionId: string): string {
  if (dataDir === '') return '';
  const separator = dataDir.includes('\\') ? '\\' : '/';
  // One folder per session: reports of the same name from two sessions must not replace each other.
  return [dataDir.replace(/[\\/]+$/, ''), '评审报告', sessionId].join(separator);
}

/** Empty when none is remembered for this session (or storage is disabled): the default folder then applies. */
export function recallReportsFolder(storage: Pick<Storage, 'getItem'> | undefined, sessionId: string): string {
  return recallValue(storage, keyOf(sessionId)) ?? '';
}

export function rememberReportsFolder(storage: Pick<Storage, 'setItem'> | undefined, sessionId: string, folder: string): void {
  rememberValue(storage, keyOf(sessionId), folder);
}
