// The name of an exported scores file: `<session>_<expert>_<sequence>_<export hash, 12 hex>.rdscores`. It is
// a function of the export alone (no clock, no counter of attempts), so the same export always gets the
// same name, and two different exports never do (the hash differs). Nobody relies on the name: the office
// reads who, which session and which number from the signed payload, and tells files apart by content.
import { safeNamePart } from '../exchange/safe-file-name';

export const SCORES_EXTENSION = '.rdscores';

/** Long enough to recognise a session or an expert; short enough that the name fits 255 bytes in Chinese. */
const SESSION_CHARS = 40;
const EXPERT_CHARS = 20;
const HASH_DIGITS = 12;

export function exportFileName(sessionId: string, expertId: string, sequence: number, exportHash: string): string {
  const session = safeNamePart(sessionId, SESSION_CHARS);
  const expert = safeNamePart(expertId, EXPERT_CHARS);
  return `${session}_${expert}_${sequence}_${exportHash.slice(0, HASH_DIGITS)}${SCORES_EXTENSION}`;
}
