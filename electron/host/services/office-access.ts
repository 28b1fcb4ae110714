// What every office method starts with: this machine's office key, and the session it sent (the signed
// `.rdsession` in the session's workspace folder), or the refusal that says why not — and a wrapper that turns
// a workspace that cannot be read or written into the refusal that says so. Used by collect, decide, the
// suggestion list, reports and the audit log alike.
import { describeProblem } from '../../../shared/i18n/describe-problem';
import type { Locale } from '../../../shared/i18n/translate';
import type { Problem } from '../../../shared/problems';
import { FileError } from '../../files/file-error';
import { loadIdentity, type LoadedIdentity } from '../../keys/key-store';
import { readSentSession, type SentSessionOutcome } from '../../office/sent-session';
import type { HostContext } from '../host-context';
import { fileRefusal, refusal, type Refusal } from './refusal';

/** A refusal whose problems say it all (a session file's findings), under the first problem's code. */
export const problemsRefusal = (locale: Locale, code: string, problems: readonly Problem[]): Refusal => ({
  ok: false,
  code,
  messages: problems.map((p) => describeProblem(locale, p)),
});

export type SentSessionWithKey = Extract<SentSessionOutcome, { ok: true }> & { office: LoadedIdentity };

export interface OfficeAccess {
  /** This machine's office key, or the refusal saying there is none (a FileError's problem when it cannot be read). */
  officeKey(locale: Locale): Promise<LoadedIdentity | Refusal>;
  /** The office key and the session it sent, or the refusal. */
  sentSession(locale: Locale, sessionId: string): Promise<SentSessionWithKey | Refusal>;
  /** Runs `work`, turning a FileError (a workspace that cannot be read or written) into its refusal. */
  onWorkspace<T>(locale: Locale, work: () => Promise<T>): Promise<T | Refusal>;
}

export function officeAccess(context: HostContext): OfficeAccess {
  const { dataDir } = context;

  async function officeKey(locale: Locale): Promise<LoadedIdentity | Refusal> {
    try {
      const loaded = await loadIdentity(dataDir, context.ports.keyWrapper);
      return loaded?.identity.role === 'office' ? loaded : refusal(locale, 'report.needOfficeKey', { dataDir });
    } catch (cause) {
      if (cause instanceof FileError) return fileRefusal(locale, cause.problem);
      throw cause;
    }
  }

  return {
    officeKey,
    async sentSession(locale, sessionId) {
      const office = await officeKey(locale);
      if ('ok' in office) return office;
      const sent = await readSentSession(dataDir, sessionId, office.identity.fingerprint);
      return sent.ok ? { ...sent, office } : problemsRefusal(locale, sent.code, sent.problems);
    },
    async onWorkspace(locale, work) {
      try {
        return await work();
      } catch (cause) {
        if (cause instanceof FileError) return fileRefusal(locale, cause.problem);
        throw cause;
      }
    },
  };
}
