// Reading a `.rdsession` for what it says without keeping anything: the container checked in full
// (signature, every document's hash as it streams past), the payload and its signer handed back. The CLI's
// merge and verify use it, and so do the office's host services, which read the session file the office
// sent (never a draft) — hence here, beside the container reader, rather than in the CLI.
import type { SessionPayload } from '../../shared/files/session-payload';
import type { ImportRefused } from '../package/import-types';
import { readSessionContainer } from './session-container-reader';

export type SessionRead = { ok: true; session: SessionPayload; officeFingerprint: string; exportHash: string; documents: number } | ImportRefused;

/** Verifies a `.rdsession` completely, keeping nothing (documents are hashed as they stream past). */
export async function readSessionFileOnly(path: string): Promise<SessionRead> {
  const read = await readSessionContainer(path);
  if (!read.ok) return read;
  const { payload, signerFingerprint, exportHash } = read.signed;
  return { ok: true, session: payload, officeFingerprint: signerFingerprint, exportHash, documents: read.documents.length };
}
