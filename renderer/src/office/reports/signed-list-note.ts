// Which signed version of the suggestion list the reports will carry, read before writing so the clerk sees
// it (and a missing or outdated list) before asking: the host checks it again when writing. officeSuggestionLists
// is the suggestion list step's method; a host without it (an older binding, a test's fake) gives no note.
import type { HostParams, HostResult } from '../../../../shared/contract/host-api-spec';
import type { AppHost } from '../../app/app-host';

export type ListNote =
  | { kind: 'none' }
  | { kind: 'outdated'; version: number }
  | { kind: 'carries'; version: number; signer: string; signedAt: string }
  /** Not known here (no method, a refusal, an error): writing will say. */
  | { kind: 'unknown' };

type ListsReader = { officeSuggestionLists?: (params: HostParams<'officeSuggestionLists'>) => Promise<HostResult<'officeSuggestionLists'>> };

export async function readListNote(host: AppHost, sessionId: string): Promise<ListNote> {
  const read = (host as AppHost & ListsReader).officeSuggestionLists;
  if (typeof read !== 'function') return { kind: 'unknown' };
  try {
    const answer = await read.call(host, { sessionId });
    if (!answer.ok) return { kind: 'unknown' };
    const latest = answer.versions.at(-1);
    if (latest === undefined) return { kind: 'none' };
    const { version, signer, signedAt } = latest.payload;
    return latest.matchesCurrentData ? { kind: 'carries', version, signer: signer.name, signedAt } : { kind: 'outdated', version };
  } catch {
    return { kind: 'unknown' };
  }
}
