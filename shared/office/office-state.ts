// What the office holds for one session: the set of scores exports it has accepted, for every expert. Kept
// in one canonical order (expert, sequence, export hash) without repeats, so two states holding the same
// exports are equal as values — which is what lets `mergeStates` be a true set union (see merge.ts).
import { canonicalJson } from '../util/canonical-json';
import type { VerifiedScoresFile } from './verified-scores-file';

export interface OfficeState {
  /** Every accepted export, sorted by expertId, then sequence, then exportHash; each exportHash once. */
  readonly held: readonly VerifiedScoresFile[];
}

export const EMPTY_OFFICE_STATE: OfficeState = Object.freeze({ held: Object.freeze([]) });

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A total order on exports. The last step only matters if two different exports claim one export hash —
 * impossible for a real SHA-256, but it keeps the order (and so the union) independent of input order even
 * for hand-made data.
 */
export function compareHeld(a: VerifiedScoresFile, b: VerifiedScoresFile): number {
  if (a === b) return 0;
  return (
    compareText(a.payload.expertId, b.payload.expertId) ||
    a.payload.sequence - b.payload.sequence ||
    compareText(a.exportHash, b.exportHash) ||
    compareText(canonicalJson(a), canonicalJson(b))
  );
}

/** The state holding exactly these exports (in any order, repeats allowed). */
export function officeStateOf(exports: Iterable<VerifiedScoresFile>): OfficeState {
  const seen = new Set<string>();
  const held: VerifiedScoresFile[] = [];
  for (const file of [...exports].sort(compareHeld)) {
    if (seen.has(file.exportHash)) continue;
    seen.add(file.exportHash);
    held.push(file);
  }
  return { held };
}

/** One expert's held exports, lowest sequence first. */
export function heldFor(state: OfficeState, expertId: string): VerifiedScoresFile[] {
  return state.held.filter((f) => f.payload.expertId === expertId);
}

export function holdsExport(state: OfficeState, exportHash: string): boolean {
  return state.held.some((f) => f.exportHash === exportHash);
}
