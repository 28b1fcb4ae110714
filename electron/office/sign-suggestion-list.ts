// Signing the next version of a session's suggestion list, under the workspace's lock (an import or another
// signing cannot slip in between reading the data and writing the version). In order: the clerk must have seen
// the latest version (previousHash) and the data the workspace holds now (its fingerprint), and every
// adjustment must apply; then the version is signed, written as a new file and read back, and the signing is
// entered in the audit log. The list file comes first: it is the signed record; if the log then cannot be
// written the version stands and the caller is told the log misses it.
import { mkdir, stat } from 'node:fs/promises';
import type { Signer } from '../../shared/crypto/signer';
import type { SessionPayload } from '../../shared/files/session-payload';
import { buildSignedFile, readSignedFile } from '../../shared/files/signed-file';
import {
  suggestionListFileFormat,
  type DissentNote,
  type ListAdjustment,
  type SuggestionListPayload,
} from '../../shared/files/suggestion-list-file';
import { adjustSuggestionList, type AdjustmentProblem } from '../../shared/office/adjust-suggestion-list';
import type { Problem } from '../../shared/problems';
import { reportDataOf } from '../../shared/reports/report-source';
import { exclusive } from '../exchange/exclusive';
import { FileError } from '../files/file-error';
import { writeFileVerified } from '../files/write-verified';
import { workspaceTaskKey } from './commit-audit';
import { commitImport } from './commit-import';
import { loadWorkspace, type OfficeWorkspace } from './office-workspace';
import { listPathOf, listsDirOf, loadSignedLists, type StoredList } from './suggestion-lists';
import { reportSourceOfState } from './workspace-report-source';

export interface SignListRequest {
  session: SessionPayload;
  dataFingerprint: string;
  previousHash: string | null;
  adjustments: readonly ListAdjustment[];
  dissent: readonly DissentNote[];
  note: string;
  signer: Signer;
  signerName: string;
  signerFingerprint: string;
  /** The clock (tests). */
  now?: () => Date;
}

export type SignListOutcome =
  | { ok: true; stored: StoredList; path: string; /** Why the audit log misses the signing; null when it has it. */ auditProblem: Problem | null }
  | { ok: false; code: 'staleVersion'; latestVersion: number }
  | { ok: false; code: 'noResults' }
  /** The session has no quota (a stage that grades each county): there is no list to sign. */
  | { ok: false; code: 'noList' }
  | { ok: false; code: 'dataChanged' }
  | { ok: false; code: 'invalidAdjustment'; problems: AdjustmentProblem[] }
  | { ok: false; code: 'versionExists'; path: string };

const PRIVATE_FILE = 0o600;

export function signSuggestionList(workspace: OfficeWorkspace, request: SignListRequest): Promise<SignListOutcome> {
  return exclusive(workspaceTaskKey(workspace), () => signUnderLock(workspace, request));
}

async function signUnderLock(workspace: OfficeWorkspace, request: SignListRequest): Promise<SignListOutcome> {
  const lists = await loadSignedLists(workspace, request.signerFingerprint);
  const latest = lists.at(-1);
  if ((latest?.hash ?? null) !== request.previousHash) return { ok: false, code: 'staleVersion', latestVersion: latest?.payload.version ?? 0 };

  const snapshot = await loadWorkspace(workspace);
  const source = snapshot.state.held.length === 0 ? null : reportSourceOfState(request.session, snapshot.state);
  if (source === null) return { ok: false, code: 'noResults' };
  const { results, dataFingerprint } = reportDataOf(source);
  if (dataFingerprint !== request.dataFingerprint) return { ok: false, code: 'dataChanged' };

  const computed = results.suggestionList;
  if (computed === null) return { ok: false, code: 'noList' };
  const adjusted = adjustSuggestionList(computed, request.adjustments);
  if (!adjusted.ok) return { ok: false, code: 'invalidAdjustment', problems: adjusted.problems };

  const version = (latest?.payload.version ?? 0) + 1;
  const path = listPathOf(workspace, version);
  // The lock keeps this process from racing itself; a file already there (another program, a restored
  // backup) is never overwritten: a signed version is for good.
  if (await stat(path).then(() => true, () => false)) return { ok: false, code: 'versionExists', path };

  const payload: SuggestionListPayload = {
    sessionId: request.session.sessionId,
    sessionName: request.session.name,
    version,
    previousHash: latest?.hash ?? null,
    dataFingerprint,
    places: computed.places,
    computed: computed.entries.map((entry) => entry.applicationId),
    adjustments: [...request.adjustments],
    entries: adjusted.entries,
    dissent: [...request.dissent],
    note: request.note.trim(),
    signedAt: (request.now ?? (() => new Date()))().toISOString(),
    signer: { name: request.signerName, fingerprint: request.signerFingerprint },
  };
  const built = buildSignedFile(suggestionListFileFormat, payload, request.signer);
  await mkdir(listsDirOf(workspace), { recursive: true, mode: 0o700 }).catch(() => undefined);
  const readsBack = (bytes: Uint8Array): boolean => {
    const read = readSignedFile(suggestionListFileFormat, bytes);
    return read.ok && read.file.exportHash === built.exportHash;
  };
  await writeFileVerified(path, built.bytes, readsBack, { fs: workspace.fs, mode: PRIVATE_FILE });
  const stored: StoredList = { hash: built.exportHash, payload: suggestionListFileFormat.schema.parse(payload) };

  const auditProblem = await commitImport(
    workspace,
    snapshot,
    [],
    [
      {
        action: 'suggestionListSigned',
        details: {
          version,
          hash: built.exportHash,
          previousHash: payload.previousHash,
          dataFingerprint,
          listed: payload.entries.length,
          places: payload.places,
          adjustments: payload.adjustments.map((a) => ({ kind: a.kind, applicationId: a.applicationId })),
          dissent: payload.dissent.length,
        },
      },
    ],
    { actor: request.signerFingerprint, recordedAt: payload.signedAt },
  ).then(
    () => null,
    (cause: unknown) => {
      if (cause instanceof FileError) return cause.problem;
      throw cause;
    },
  );
  return { ok: true, stored, path, auditProblem };
}

