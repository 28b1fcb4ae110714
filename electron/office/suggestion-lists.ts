// The signed versions of a session's suggestion list, beside its workspace: `lists/v<N>.rdlist`, each a signed
// file (shared/files/suggestion-list-file.ts). A version is written once and never again: the next signing
// writes v<N+1>, naming v<N> by hash. Loading checks every version (signature by this office's key, the
// session, the numbering, the chain of previous hashes): a history that lost or changed a version is refused,
// never shown as if it were whole.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readSignedFile } from '../../shared/files/signed-file';
import { suggestionListFileFormat, type SuggestionListPayload } from '../../shared/files/suggestion-list-file';
import { error } from '../../shared/problems';
import { detailOf, errnoCode, FileError } from '../files/file-error';
import type { OfficeWorkspace } from './office-workspace';

export interface StoredList {
  /** Export hash of the signed version: what the next version names as previousHash. */
  readonly hash: string;
  readonly payload: SuggestionListPayload;
}

export const listsDirOf = (workspace: OfficeWorkspace): string => join(workspace.dir, 'lists');
export const listPathOf = (workspace: OfficeWorkspace, version: number): string => join(listsDirOf(workspace), `v${version}.rdlist`);

const LIST_FILE = /^v([1-9][0-9]{0,5})\.rdlist$/;

async function versionNumbers(workspace: OfficeWorkspace): Promise<number[]> {
  const dir = listsDirOf(workspace);
  try {
    const names = await readdir(dir);
    // Other files (a temp file left by a crash mid-write, a note someone dropped in) are not versions.
    return names.flatMap((name) => {
      const match = LIST_FILE.exec(name);
      return match?.[1] === undefined ? [] : [Number(match[1])];
    }).sort((a, b) => a - b);
  } catch (cause) {
    if (errnoCode(cause) === 'ENOENT') return [];
    throw new FileError(error('exchange.workspace.cannotRead', dir, { path: dir, detail: detailOf(cause) }), cause);
  }
}

/** Every version, oldest first, checked. Throws a FileError naming the first version that is not right. */
export async function loadSignedLists(workspace: OfficeWorkspace, officeFingerprint: string): Promise<StoredList[]> {
  const versions = await versionNumbers(workspace);
  const lists: StoredList[] = [];
  for (const [index, version] of versions.entries()) {
    const path = listPathOf(workspace, version);
    const damaged = (): FileError => new FileError(error('office.list.damaged', path, { path, version }));
    if (version !== index + 1) {
      const missing = index + 1;
      throw new FileError(error('office.list.versionMissing', listPathOf(workspace, missing), { version: missing, path: listsDirOf(workspace) }));
    }
    let bytes: Uint8Array;
    try {
      bytes = await workspace.fs.readFile(path);
    } catch (cause) {
      throw new FileError(error('exchange.workspace.cannotRead', path, { path, detail: detailOf(cause) }), cause);
    }
    const read = readSignedFile(suggestionListFileFormat, bytes);
    if (!read.ok || read.file.signerFingerprint !== officeFingerprint) throw damaged();
    const { payload, exportHash } = read.file;
    const previousHash = lists.at(-1)?.hash ?? null;
    if (payload.version !== version || payload.sessionId !== workspace.sessionId || payload.previousHash !== previousHash) throw damaged();
    lists.push({ hash: exportHash, payload });
  }
  return lists;
}
