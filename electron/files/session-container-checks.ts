// The checks of a `.rdsession` container that need no document bytes, in the order a reader meets them:
// the signed session.json (signature, format, schema), who signed it, the standard's fingerprint, and
// whether the archive holds exactly the documents the payload lists at the sizes it lists. A forged or
// foreign file is named as such before anything is said about what it lacks.
import { readSessionFile } from '../../shared/files/session-file';
import type { SessionPayload } from '../../shared/files/session-payload';
import type { SignedFile } from '../../shared/files/signed-file';
import type { EnvelopeFailureCode } from '../../shared/crypto/envelope-types';
import type { MessageKey } from '../../shared/i18n/translate';
import { error, type Problem } from '../../shared/problems';
import { fingerprintOf, groupedFingerprint } from '../../shared/util/fingerprint';
import { PackageRefusal, refusal } from '../package/package-refusal';
import { formatBytes } from '../package/zip-limits';
import type { ListedEntry } from '../package/zip-reader';
import { containerDocuments, documentHashOf, SESSION_ENTRY, type ContainerDocument } from './session-container-layout';
import { WHOLE_CONTAINER } from './session-container-refusal';

/** A session file is never encrypted, so "needs a key" means it is not one of ours either. */
const FILE_CODES: Readonly<Record<EnvelopeFailureCode, MessageKey>> = {
  unreadable: 'session.file.unreadable',
  wrongFormat: 'session.file.wrongFormat',
  newerFormat: 'session.file.newerFormat',
  tampered: 'session.file.tampered',
  needsKey: 'session.file.unreadable',
  encryptedForSomeoneElse: 'session.file.unreadable',
};

export function sessionEntryOf(entries: readonly ListedEntry[]): ListedEntry {
  const entry = entries.find((listed) => !listed.isDirectory && listed.path === SESSION_ENTRY);
  if (entry === undefined) throw refusal('session.container.sessionMissing', WHOLE_CONTAINER);
  return entry;
}

export function checkSessionSize(entry: ListedEntry, limit: number): void {
  const size = entry.entry.uncompressedSize;
  if (size > limit) throw refusal('session.container.sessionTooLarge', SESSION_ENTRY, { size: formatBytes(size), limit: formatBytes(limit) });
}

/** The verified session file; refuses with the session's message first and the envelope's finding after it. */
export function verifySessionBytes(bytes: Uint8Array): SignedFile<SessionPayload> {
  const read = readSessionFile(bytes);
  if (read.ok) return read.file;
  throw new PackageRefusal([error(FILE_CODES[read.code], SESSION_ENTRY), read.problem, ...(read.details ?? [])]);
}

/** People may paste a fingerprint as they read it (`AB12 CD34 …`). */
const normalFingerprint = (text: string): string => text.replace(/\s+/g, '').toLowerCase();

/** Who signed, against whom the expert expects and whom the payload names; and the standard against its fingerprint. */
export function checkSigner(file: SignedFile<SessionPayload>, expectedOfficeFingerprint: string | undefined): void {
  const { payload, signerFingerprint } = file;
  if (expectedOfficeFingerprint !== undefined && normalFingerprint(expectedOfficeFingerprint) !== signerFingerprint) {
    throw refusal('session.office.unexpected', SESSION_ENTRY, {
      expected: groupedFingerprint(normalFingerprint(expectedOfficeFingerprint)),
      actual: groupedFingerprint(signerFingerprint),
    });
  }
  // The payload names the office's key so experts can compare it with the one read out to them; a file
  // signed by another key under that name is a forgery, whatever else it holds.
  if (payload.office.fingerprint !== signerFingerprint) {
    throw refusal('session.office.signerMismatch', SESSION_ENTRY, {
      claimed: groupedFingerprint(payload.office.fingerprint),
      signer: groupedFingerprint(signerFingerprint),
    });
  }
  const actual = fingerprintOf(payload.standard);
  if (payload.standardFingerprint !== actual) {
    throw refusal('session.standard.fingerprintMismatch', SESSION_ENTRY, {
      declared: groupedFingerprint(payload.standardFingerprint),
      actual: groupedFingerprint(actual),
    });
  }
}

/** A document to read: what the payload says of it, and the archive entry holding it. */
export interface MatchedDocument {
  document: ContainerDocument;
  listed: ListedEntry;
}

/**
 * The archive's entries against the payload: every entry is session.json or a listed document, every
 * listed document is there, at its listed size. All the differences are reported together.
 */
export function matchDocuments(entries: readonly ListedEntry[], payload: SessionPayload): MatchedDocument[] {
  const { documents, sizeConflicts } = containerDocuments(payload);
  const problems: Problem[] = sizeConflicts.map(({ sha256, title }) => error('session.container.sizeConflict', SESSION_ENTRY, { sha256, title }));
  const entryOf = new Map<string, ListedEntry>();
  const listedHashes = new Set(documents.map(({ sha256 }) => sha256));
  for (const listed of entries) {
    if (!listed.isDirectory && listed.path === SESSION_ENTRY) continue;
    const sha256 = listed.isDirectory ? null : documentHashOf(listed.path);
    if (sha256 === null || !listedHashes.has(sha256)) problems.push(error('session.container.extraEntry', listed.name, { name: listed.name }));
    else entryOf.set(sha256, listed);
  }
  const matched: MatchedDocument[] = [];
  for (const document of documents) {
    const { sha256, size, application, title } = document;
    const listed = entryOf.get(sha256);
    if (listed === undefined) {
      problems.push(error('session.container.documentMissing', sha256, { application, title, sha256 }));
    } else if (listed.entry.uncompressedSize !== size) {
      problems.push(error('session.container.documentSize', listed.name, { application, title, declared: size, actual: listed.entry.uncompressedSize }));
    } else {
      matched.push({ document, listed });
    }
  }
  if (problems.length > 0) throw new PackageRefusal(problems);
  return matched;
}
