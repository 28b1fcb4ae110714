// Opening an office's `.rdsession` on the expert's machine, as the CLI's session-open and the host's
// openSession both do it: the container is checked in full while its documents go into the blob store, all
// or nothing (files/session-container.ts), and only then is the payload saved for exports (saved-session.ts).
// A refused file therefore changes nothing. If saving fails after the documents were stored, the open is
// refused too; the stored documents stay, which is harmless (the store is content-addressed, nothing refers
// to them) and makes the retry quicker.
import { error } from '../../shared/problems';
import { detailOf } from '../files/file-error';
import { openSessionContainer, type OpenSessionOptions, type OpenSessionOutcome } from '../files/session-container';
import { refused, type ImportRefused } from '../package/import-types';
import type { BlobStore } from '../store/blob-store';
import { saveSession } from './saved-session';

export type OpenedSession = Extract<OpenSessionOutcome, { ok: true }> & {
  /** Where the payload was saved (`<dataDir>/sessions/<session folder>/session.json`). */
  savedPath: string;
};

export async function openAndSaveSession(dataDir: string, store: BlobStore, path: string, options: OpenSessionOptions = {}): Promise<OpenedSession | ImportRefused> {
  const opened = await openSessionContainer(path, store, options);
  if (!opened.ok) return opened;
  try {
    return { ...opened, savedPath: await saveSession(dataDir, opened.session) };
  } catch (cause) {
    return refused([error('expertSession.host.open.saveFailed', path, { detail: detailOf(cause) })]);
  }
}
