// Which signed version of the suggestion list the reports will carry, read before writing so the clerk sees
// it (and a missing or outdated list) before asking; the host checks it again when writing, so a list that
// cannot be read here (a refusal, an error) only leaves the note unknown.
import type { AppHost } from '../../app/app-host';

export type ListNote =
  | { kind: 'none' }
  | { kind: 'outdated'; version: number }
  | { kind: 'carries'; version: number; signer: string; signedAt: string }
  /** Not known here: writing will say. */
  | { kind: 'unknown' };

export async function readListNote(host: Pick<AppHost, 'officeSuggestionLists'>, sessionId: string): Promise<ListNote> {
  try {
    const answer = await host.officeSuggestionLists({ sessionId });
    if (!answer.ok) return { kind: 'unknown' };
    const latest = answer.versions.at(-1);
    if (latest === undefined) return { kind: 'none' };
    const { version, signer, signedAt } = latest.payload;
    return latest.matchesCurrentData ? { kind: 'carries', version, signer: signer.name, signedAt } : { kind: 'outdated', version };
  } catch {
    return { kind: 'unknown' };
  }
}
