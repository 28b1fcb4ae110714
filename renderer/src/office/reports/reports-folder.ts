// Where the office last wrote reports, remembered on this computer (the folder handed to the leading group
// is typed once, not at every writing), and the default under the data directory until one is chosen.
const KEY = 'review-desk.office.reportsFolder';

/** `<dataDir>/评审报告/<session id>` with the separator the data directory already uses (Windows or POSIX). */
export function defaultReportsFolder(dataDir: string, sessionId: string): string {
  if (dataDir === '') return '';
  const separator = dataDir.includes('\\') ? '\\' : '/';
  // One folder per session: reports of the same name from two sessions must not replace each other.
  return [dataDir.replace(/[\\/]+$/, ''), '评审报告', sessionId].join(separator);
}

export function recallReportsFolder(storage: Pick<Storage, 'getItem'> | undefined): string {
  try {
    return storage?.getItem(KEY) ?? '';
  } catch {
    // Storage can be disabled by the browser's settings: the default folder still works.
    return '';
  }
}

export function rememberReportsFolder(storage: Pick<Storage, 'setItem'> | undefined, folder: string): void {
  try {
    storage?.setItem(KEY, folder);
  } catch {
    // Not remembered: these reports still go where they were asked to.
  }
}
