// Where the office last wrote the programme's reports, remembered on this computer (typed once, not at every
// export), and the default under the data directory until one is chosen. One folder for the overview and every
// county's timeline: their names differ by county and by date, so none replaces another's.
import { recallValue, rememberValue } from '../../app/remembered-value';

const KEY = 'review-desk.office.programmeReportsFolder';

/** `<dataDir>/<folderName>` with the separator the data directory already uses (Windows or POSIX). */
export function defaultProgrammeReportsFolder(dataDir: string, folderName: string): string {
  if (dataDir === '') return '';
  const separator = dataDir.includes('\\') ? '\\' : '/';
  return [dataDir.replace(/[\\/]+$/, ''), folderName].join(separator);
}

/** Empty when none is remembered (or storage is disabled): the default folder then applies. */
export const recallProgrammeReportsFolder = (storage: Pick<Storage, 'getItem'> | undefined): string => recallValue(storage, KEY) ?? '';

export const rememberProgrammeReportsFolder = (storage: Pick<Storage, 'setItem'> | undefined, folder: string): void => rememberValue(storage, KEY, folder);
