// Merging office states and reading the merged view. States form a join-semilattice: `mergeStates` is the
// union of held exports, so it is commutative, associative and idempotent, and two offices (or one office and
// a sync folder) converge whatever the order they exchange states in. The view picks, per expert, the export
// with the highest sequence; a tie (two different exports at one sequence, which only a merge of states that
// accepted different sides of a fork can produce) goes to the smaller export hash, like Excalidraw's
// reconcile: higher version wins, ties broken by a stable key, never by arrival order.
import type { ScoreSheet } from '../scoring/score-sheet';
import { compareText, officeStateOf, type OfficeState } from './office-state';
import type { VerifiedScoresFile } from './verified-scores-file';

export function mergeStates(a: OfficeState, b: OfficeState): OfficeState {
  return officeStateOf([...a.held, ...b.held]);
}

/** True when `candidate` should be an expert's view rather than `current`. */
function winsView(candidate: VerifiedScoresFile, current: VerifiedScoresFile): boolean {
  const bySequence = candidate.payload.sequence - current.payload.sequence;
  return bySequence > 0 || (bySequence === 0 && compareText(candidate.exportHash, current.exportHash) < 0);
}

/** Each expert's view export, sorted by expertId. Depends only on the set of held exports. */
export function viewOf(state: OfficeState): VerifiedScoresFile[] {
  const byExpert = new Map<string, VerifiedScoresFile>();
  for (const file of state.held) {
    const current = byExpert.get(file.payload.expertId);
    if (!current || winsView(file, current)) byExpert.set(file.payload.expertId, file);
  }
  return [...byExpert.values()].sort((a, b) => compareText(a.payload.expertId, b.payload.expertId));
}

/**
 * The score sheets of every expert's view export, sorted by (expertId, applicationId): the `sheets` input of
 * `runPanel`. Each export is a full snapshot, so older exports contribute nothing. A pair listed twice inside
 * one export keeps its file order (stable sort); runPanel then reports the pair as a duplicate.
 */
export function mergedSheets(state: OfficeState): ScoreSheet[] {
  return viewOf(state)
    .flatMap((file) => file.payload.sheets)
    .sort((a, b) => compareText(a.expertId, b.expertId) || compareText(a.applicationId, b.applicationId));
}
