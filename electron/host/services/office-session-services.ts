// writeSessionFile: the office's prepared draft, signed and written for the experts (contract in
// shared/contract/office-session-spec.ts). The workspace copy is written first: it is what collecting and
// reporting read, so a session the experts hold always has it. A session already sent keeps its standard:
// experts' scores are signed against the standard's fingerprint, and a changed one would refuse them all.
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate, type Locale } from '../../../shared/i18n/translate';
import { payloadFromDraft } from '../../../shared/office/payload-from-draft';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import { safeNamePart } from '../../exchange/safe-file-name';
import { FileError } from '../../files/file-error';
import { writeSessionContainer } from '../../files/session-container';
import { readSessionContainer } from '../../files/session-container-reader';
import { loadIdentity } from '../../keys/key-store';
import { appendAuditAfter } from '../../office/commit-audit';
import { openOfficeWorkspace, sessionFilePathOf, type OfficeWorkspace } from '../../office/office-workspace';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';
import { fileRefusal, refusal } from './refusal';

const FILE_NAME_CHARS = 60;

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

/**
 * Enters the writing in the session's audit log, once both copies are safe: the entry records a file that
 * went out to the experts (the folder's path) and the hash both copies share. A log that will not take it
 * (a damaged log, a data folder that cannot be written) does not undo or hide the written file — the file is
 * signed, checked and usable, and refusing would send the clerk to write it again for nothing — so the
 * answer stays a success and carries a warning saying the log misses this writing, and why. Logged after
 * the folder's copy rather than right after the workspace's: a writing that fails half way sent nothing to
 * the experts, and the retry that succeeds is logged with the hash both copies then share.
 */
async function logSessionFile(
  workspace: OfficeWorkspace,
  details: { sessionId: string; path: string; exportHash: string; replaced: boolean },
  actor: string,
  locale: Locale,
): Promise<string | null> {
  const problem = await appendAuditAfter(workspace, [{ action: 'sessionFileWritten', details }], { actor, recordedAt: new Date().toISOString() });
  return problem === null ? null : translate(locale, 'officeAudit.sessionFile.notLogged', { message: describeProblem(locale, problem) });
}

export function officeSessionServices(context: HostContext): Pick<HostServices, 'writeSessionFile'> {
  const { dataDir } = context;
  return {
    writeSessionFile: async ({ draft, folder }, call) => {
      const { locale } = call;
      try {
        const loaded = await loadIdentity(dataDir, context.ports.keyWrapper);
        if (loaded === null) return refusal(locale, 'officeSession.write.noKey');
        const { identity, signer } = loaded;
        if (identity.role !== 'office') return refusal(locale, 'officeSession.write.notOffice', { name: identity.name });

        const office = { name: identity.name, fingerprint: identity.fingerprint, encryptionKey: identity.x25519PublicKey };
        const made = payloadFromDraft(draft, office, new Date().toISOString());
        if (!made.ok) return refusal(locale, 'officeSession.write.incomplete', { count: made.problems.length }, made.problems);

        const workspace = openOfficeWorkspace(dataDir, draft.sessionId);
        const workspacePath = sessionFilePathOf(workspace);
        const replaced = await exists(workspacePath);
        if (replaced) {
          const sent = await readSessionContainer(workspacePath);
          // An unreadable earlier copy is replaced: nothing can have been scored against a file we cannot read.
          if (sent.ok && sent.signed.payload.standardFingerprint !== fingerprintOf(made.payload.standard)) {
            return refusal(locale, 'officeSession.write.standardChanged', { name: sent.signed.payload.name });
          }
        }

        call.signal.throwIfAborted();
        const store = await context.blobStore();
        await mkdir(join(workspacePath, '..'), { recursive: true });
        const kept = await writeSessionContainer(workspacePath, made.payload, signer, store);
        if (!kept.ok) return refusal(locale, 'officeSession.write.refused', {}, kept.problems);
        call.progress(1, 2, workspacePath);

        const fileName = `${safeNamePart(draft.basics.name, FILE_NAME_CHARS)}.rdsession`;
        const path = join(folder, fileName);
        // A folder that cannot be made shows up as the write's error, which says why in the user's terms.
        await mkdir(folder, { recursive: true }).catch(() => undefined);
        const written = await writeSessionContainer(path, made.payload, signer, store);
        if (!written.ok) return refusal(locale, 'officeSession.write.refused', {}, written.problems);
        call.progress(2, 2, path);
        const { officeFingerprint, exportHash, documents, bytes } = written;
        const warning = await logSessionFile(workspace, { sessionId: draft.sessionId, path, exportHash, replaced }, identity.fingerprint, locale);
        return {
          ok: true as const,
          path,
          fileName,
          sessionId: draft.sessionId,
          officeFingerprint,
          exportHash,
          documents,
          bytes,
          replaced,
          ...(warning === null ? {} : { warning }),
        };
      } catch (cause) {
        if (cause instanceof FileError) return fileRefusal(locale, cause.problem);
        throw cause;
      }
    },
  };
}
