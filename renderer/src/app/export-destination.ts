// Where the expert exports to, remembered on this computer: the sync folder the office gave them (set once,
// used for every session) or another folder (a USB stick), and which of the two they used last. Kept in
// localStorage beside the language, not in the database: it is a setting of this computer, not a record of a
// session, and the profile row's schema would need a migration for it. Read back through a schema, since
// storage is anyone's to edit.
import { z } from 'zod';

export type DestinationChoice = 'sync' | 'other';

export interface Destination {
  choice: DestinationChoice;
  syncFolder: string;
  /** Empty: the default folder under the data directory, which the host only tells at run time. */
  otherFolder: string;
}

const KEY = 'review-desk.export-destination';

const destinationSchema = z.object({
  choice: z.enum(['sync', 'other']).catch('other'),
  syncFolder: z.string().max(4096).catch(''),
  otherFolder: z.string().max(4096).catch(''),
});

/** Nothing set yet: another folder, the default one, since there is no sync folder to offer. */
export const NO_DESTINATION: Destination = { choice: 'other', syncFolder: '', otherFolder: '' };

export function recallDestination(storage: Pick<Storage, 'getItem'> | undefined): Destination {
  try {
    const text = storage?.getItem(KEY);
    if (text === null || text === undefined) return NO_DESTINATION;
    const parsed = destinationSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : NO_DESTINATION;
  } catch {
    // Unreadable storage or text that is not JSON: start as if nothing was set.
    return NO_DESTINATION;
  }
}

export function rememberDestination(storage: Pick<Storage, 'setItem'> | undefined, destination: Destination): void {
  try {
    storage?.setItem(KEY, JSON.stringify(destination));
  } catch {
    // Storage full or refused: the export still goes where the expert said; only the memory of it is lost.
  }
}

/** The folder the export goes to, trimmed; empty when the chosen field is. */
export const folderOf = (destination: Destination): string => (destination.choice === 'sync' ? destination.syncFolder : destination.otherFolder).trim();

/** `<dataDir>/exports` with the separator the data directory already uses (Windows or POSIX). */
export const exportsFolder = (dataDir: string): string =>
  dataDir === '' ? '' : `${dataDir.replace(/[\\/]+$/, '')}${dataDir.includes('\\') ? '\\' : '/'}exports`;
