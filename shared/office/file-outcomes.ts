// Every outcome one arriving scores file can come to at the office: the classification's (import-outcome.ts)
// and what becomes of a file that never verified (the envelope's failures; `needsKey` cannot happen, the
// office always reads with its key). Here in shared/ so the host API's contract can name them; the import
// (electron/office/import-report.ts) counts by this list.
import { IMPORT_OUTCOMES } from './import-outcome';

export const FILE_OUTCOME_CODES = [...IMPORT_OUTCOMES, 'tampered', 'unreadable', 'wrongFormat', 'newerFormat', 'encryptedForSomeoneElse'] as const;
export type FileOutcomeCode = (typeof FILE_OUTCOME_CODES)[number];
