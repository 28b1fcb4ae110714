// The session file the office sent, as the office's collecting and deciding read it: the signed `.rdsession`
// stored at sessionFilePathOf (written by the office UI's export), checked in full and signed by this
// office's own key. Anything else — no file yet, a file another key signed, a file whose session id is not
// the folder's — is refused: the workspace beside it belongs to that one session of this office only.
import { stat } from 'node:fs/promises';
import type { SessionPayload } from '../../shared/files/session-payload';
import { error, type Problem } from '../../shared/problems';
import { groupedFingerprint } from '../../shared/util/fingerprint';
import { readSessionFileOnly } from '../files/read-session-file';
import { openOfficeWorkspace, sessionFilePathOf, type OfficeWorkspace } from './office-workspace';

export type SentSessionOutcome =
  | { ok: true; session: SessionPayload; workspace: OfficeWorkspace; path: string }
  | { ok: false; code: string; problems: Problem[] };

const refused = (problem: Problem): SentSessionOutcome => ({ ok: false, code: problem.code, problems: [problem] });

/** Reads and checks the session file in `workspace`'s folder; `sessionId` is what the caller asked for. */
export async function readSentSessionIn(workspace: OfficeWorkspace, officeFingerprint: string): Promise<SentSessionOutcome> {
  const path = sessionFilePathOf(workspace);
  const present = await stat(path).then((s) => s.isFile(), () => false);
  if (!present) return refused(error('office.collect.noSession', path, { session: workspace.sessionId }));
  const read = await readSessionFileOnly(path);
  if (!read.ok) return { ok: false, code: read.code, problems: read.problems };
  if (read.officeFingerprint !== officeFingerprint) {
    return refused(error('report.notOurSession', path, { signer: groupedFingerprint(read.officeFingerprint), own: groupedFingerprint(officeFingerprint) }));
  }
  // The folder is named after the session id; a file holding another session would mix two sessions' data.
  if (read.session.sessionId !== workspace.sessionId) {
    return refused(error('office.collect.sessionMismatch', path, { path, sessionId: read.session.sessionId, expected: workspace.sessionId }));
  }
  return { ok: true, session: read.session, workspace, path };
}

export function readSentSession(dataDir: string, sessionId: string, officeFingerprint: string): Promise<SentSessionOutcome> {
  return readSentSessionIn(openOfficeWorkspace(dataDir, sessionId), officeFingerprint);
}
