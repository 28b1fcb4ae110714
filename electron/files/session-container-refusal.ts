// Why a `.rdsession` container is refused, in the session's own words. The hardened zip reader speaks of
// application packages (its codes are `package.zip.*`, some of its messages say 申报材料包), so its
// refusals are translated here: a fault of the file as a whole becomes the session's message for it; a
// structural fault (traversal, links, collisions, lying sizes…) keeps the reader's precise problem after a
// session message that says what it means for this file.
import { open } from 'node:fs/promises';
import { SCORES_FORMAT } from '../../shared/files/scores-payload';
import { SESSION_FORMAT } from '../../shared/files/session-payload';
import type { MessageKey } from '../../shared/i18n/translate';
import { error, type Problem } from '../../shared/problems';
import { refused, type ImportRefused } from '../package/import-types';
import { PackageRefusal } from '../package/package-refusal';

/** Where a problem about the container as a whole is located. */
export const WHOLE_CONTAINER = '(rdsession)';

/** Faults of the whole file, replaced by the session's message (with the same parameters). */
const WHOLE_FILE: Partial<Record<MessageKey, MessageKey>> = {
  'package.file.cannotOpen': 'session.container.cannotOpen',
  'package.zip.empty': 'session.container.empty',
  'package.zip.notZip': 'session.container.notContainer',
  'package.zip.truncated': 'session.container.truncated',
  'package.io': 'session.container.io',
};

/** Faults an honest copy can pick up (a bad sector, a cut transfer); anything else is a crafted archive. */
const DAMAGE: ReadonlySet<MessageKey> = new Set<MessageKey>(['package.zip.corrupt', 'package.zip.crcMismatch', 'package.zip.sizeMismatch', 'package.zip.multiDisk']);

/** How much of a file that is not a zip is read to tell which of our JSON files it is. */
const SNIFF_BYTES = 4096;

/**
 * Our other files are canonical JSON, so their first bytes say what they are: `{"encrypted":` (only scores
 * files are encrypted) or `{"format":"review-desk/…"`. People do rename files, and "this is a scores
 * file" helps more than "not a session file".
 */
async function recogniseJsonFile(path: string): Promise<MessageKey | null> {
  let head: string;
  try {
    const handle = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
      head = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
  if (head.startsWith('{"encrypted":') || head.startsWith(`{"format":${JSON.stringify(SCORES_FORMAT)}`)) return 'session.container.scoresFile';
  if (head.startsWith(`{"format":${JSON.stringify(SESSION_FORMAT)}`)) return 'session.container.bareSessionJson';
  return null;
}

function problemsOfZipRefusal(problems: readonly Problem[]): Problem[] {
  const [first, ...rest] = problems;
  if (first === undefined) throw new Error('a refusal needs at least one problem');
  const replacement = WHOLE_FILE[first.code];
  if (replacement !== undefined) return [error(replacement, WHOLE_CONTAINER, first.params), ...rest];
  const meaning: MessageKey = DAMAGE.has(first.code) ? 'session.container.damaged' : 'session.container.unsafe';
  return [error(meaning, WHOLE_CONTAINER), ...problems];
}

/** The refusal for anything thrown while reading a container: our refusals as they are, zip ones translated, the rest as I/O. */
export async function containerRefusal(cause: unknown, path: string): Promise<ImportRefused> {
  if (!(cause instanceof PackageRefusal)) {
    return refused([error('session.container.io', WHOLE_CONTAINER, { detail: cause instanceof Error ? cause.message : String(cause) })]);
  }
  if (cause.code.startsWith('session.')) return refused(cause.problems);
  if (cause.code === 'package.zip.notZip') {
    const recognised = await recogniseJsonFile(path);
    if (recognised !== null) return refused([error(recognised, WHOLE_CONTAINER)]);
  }
  return refused(problemsOfZipRefusal(cause.problems));
}
