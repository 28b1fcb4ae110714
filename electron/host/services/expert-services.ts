// The expert's side through the host API: open the office's session file into this machine (documents into
// the blob store, the payload saved for exports), and export the signed, numbered scores the UI holds. The
// work itself is electron/expert/'s, shared with the CLI; this file turns it into the contract's answers,
// in the caller's language.
import { mkdir } from 'node:fs/promises';
import { checkCompleteness, gapProblem } from '../../../shared/expert/completeness';
import { officeRecipient } from '../../../shared/expert/office-recipient';
import { rosterEntryOfKey } from '../../../shared/expert/roster-key';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { openAndSaveSession } from '../../expert/open-session';
import { loadSavedSession } from '../../expert/saved-session';
import { exportScores } from '../../expert/scores-export';
import { FileError } from '../../files/file-error';
import type { ImportProgress } from '../../package/import-types';
import { loadIdentity } from '../../keys/key-store';
import { nodeSyncFolder } from '../../sync/node-sync-folder';
import type { CallContext, HostServices } from '../call-method';
import type { HostContext } from '../host-context';
import { removeIfUpload } from '../uploads';
import { fileRefusal, refusal } from './refusal';

/**
 * Reading and storing weigh the same, as for packages: done and total count each document byte twice. The
 * label is the document at hand (`清河县（A01） 申报书`), empty between documents.
 */
function reportOpening(call: CallContext): (progress: ImportProgress) => void {
  return ({ stage, bytesDone, bytesTotal, entry }) => call.progress(stage === 'reading' ? bytesDone : bytesTotal + bytesDone, 2 * bytesTotal, entry ?? '');
}

export function expertServices(context: HostContext): Pick<HostServices, 'openSession' | 'exportScores'> {
  const { dataDir } = context;
  return {
    openSession: async ({ path, expectedOffice }, call) => {
      try {
        call.signal.throwIfAborted();
        const opened = await openAndSaveSession(dataDir, await context.blobStore(), path, {
          ...(expectedOffice === undefined ? {} : { expectedOfficeFingerprint: expectedOffice }),
          onProgress: reportOpening(call),
          isolatedWorker: context.ports.isolatedWorker,
          signal: call.signal,
        });
        if (!opened.ok) return { ok: false as const, code: opened.code, messages: opened.problems.map((p) => describeProblem(call.locale, p)) };
        // Only to name the expert for the UI: a key that cannot be read here is exportScores' concern, not the open's.
        const identity = await loadIdentity(dataDir, context.ports.keyWrapper).catch(() => null);
        return {
          ok: true as const,
          session: opened.session,
          officeFingerprint: opened.officeFingerprint,
          officeChecked: expectedOffice !== undefined,
          documents: opened.documents,
          expertId: rosterEntryOfKey(opened.session, identity?.identity.fingerprint)?.expertId ?? null,
        };
      } finally {
        await removeIfUpload(dataDir, path);
      }
    },

    exportScores: async ({ sessionId, expertId, sheets, folder, encrypt, allowIncomplete }, call) => {
      const { locale } = call;
      let loaded;
      try {
        loaded = await loadIdentity(dataDir, context.ports.keyWrapper);
      } catch (cause) {
        if (cause instanceof FileError) return fileRefusal(locale, cause.problem);
        throw cause;
      }
      if (loaded === null) return refusal(locale, 'expertSession.host.export.noKey');
      const { identity, signer } = loaded;
      if (identity.role !== 'expert') return refusal(locale, 'expertSession.host.export.officeKey', { name: identity.name });
      const session = await loadSavedSession(dataDir, sessionId);
      if (session === null) return refusal(locale, 'expertSession.host.export.noSession', { session: sessionId });
      const member = session.roster.find((entry) => entry.expertId === expertId);
      if (member === undefined) return refusal(locale, 'expertSession.host.export.notOnPanel', { expert: expertId, session: sessionId });
      // The office would refuse a file signed by another key than the one it enrolled: say so before signing.
      if (member.keyFingerprint !== null && member.keyFingerprint !== identity.fingerprint) {
        const params = { expert: expertId, enrolled: groupedFingerprint(member.keyFingerprint), own: groupedFingerprint(identity.fingerprint) };
        return refusal(locale, 'expertSession.host.export.otherKey', params);
      }

      const completeness = checkCompleteness(session, expertId, sheets);
      if (completeness.invalid.length > 0) {
        return refusal(locale, 'expertSession.host.export.invalidSheets', { count: completeness.invalid.length }, completeness.invalid);
      }
      const gaps = completeness.gaps.map((gap) => gapProblem(session, gap));
      if (gaps.length > 0 && !allowIncomplete) {
        const params = { count: gaps.length, required: completeness.required.length, finished: completeness.finished };
        return refusal(locale, 'expertSession.host.export.incomplete', params, gaps);
      }
      const recipient = encrypt ? officeRecipient(session) : undefined;
      if (recipient === null) return refusal(locale, 'expertSession.host.export.badOfficeKey');

      call.signal.throwIfAborted();
      try {
        // A folder that cannot be made shows up as the write's error, which says why in the user's terms.
        await mkdir(folder, { recursive: true }).catch(() => undefined);
        const exported = await exportScores({
          dataDir,
          sessionId,
          standardFingerprint: session.standardFingerprint,
          expertId,
          sheets,
          signer,
          ...(recipient === undefined ? {} : { encryptTo: recipient }),
          folder: nodeSyncFolder(folder),
        });
        const { path, fileName, sequence, exportHash, previousHash, encrypted, recorded } = exported;
        return { ok: true as const, path, fileName, sequence, exportHash, previousHash, encrypted, recorded, incomplete: gaps.map((p) => describeProblem(locale, p)) };
      } catch (cause) {
        if (cause instanceof FileError) return fileRefusal(locale, cause.problem);
        throw cause;
      }
    },
  };
}
