// Which signed version of the suggestion list the reports will carry, read before writing so the clerk sees
// it (and a missing or outdated list) before asking; the host checks it again when writing, so a list that
// cannot be read here (a refusal, an error) only leaves the note unknown. A stage session that grades each
// county (its draft has no quota) has no list: its reports need none, and nothing is read.
import type { SessionDraft } from '../../../../shared/office/session-draft';
import { gradesWithoutList } from '../../../../shared/panel/stage-quota';
import type { Stage } from '../../../../shared/standard/schema';
import type { AppHost } from '../../app/app-host';

export type ListNote =
  | { kind: 'graded'; stage: Stage }
  | { kind: 'none' }
  | { kind: 'outdated'; version: number }
  | { kind: 'carries'; version: number; signer: string; signedAt: string }
  /** Not known here: writing will say. */
  | { kind: 'unknown' };

/** The stage of a draft that grades each county (no quota, and its stage needs none); null when it has a list. */
export function gradedStageOf(draft: Pick<SessionDraft, 'basics' | 'quota'>): Stage | null {
  return gradesWithoutList(draft.basics.stage, draft.quota) ? draft.basics.stage : null;
}

/** `gradedStage`: gradedStageOf the session's draft. */
export async function readListNote(host: Pick<AppHost, 'officeSuggestionLists'>, sessionId: string, gradedStage: Stage | null): Promise<ListNote> {
  if (gradedStage !== null) return { kind: 'graded', stage: gradedStage };
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
