// The rows the list table shows, for the editor's live preview and for a signed version. The preview applies
// the office's adjustments with the same function the host signs with; when some do not apply (or the list
// runs over the quota) it still shows the list as far as the adjustments go, so the clerk sees what to take
// off, and returns every problem: signing stays disabled until there are none.
import {
  adjustSuggestionList,
  type AdjustmentProblem,
  type ComputedList,
} from '../../../../shared/office/adjust-suggestion-list';
import type { ListAdjustment, SignedListEntry, SuggestionListPayload } from '../../../../shared/files/suggestion-list-file';
import type { ComputedEntry, ComputedSuggestionList } from './list-types';

/** How the office changed a row by hand, by its last adjustment that applied. */
export type ManualMark = ListAdjustment['kind'];

export interface ListRow {
  applicationId: string;
  countyName: string;
  countyCode: string;
  scoreH: number;
  /** Null when the screen does not know (a signed version read without results). */
  poverty: boolean | null;
  /** Rank before the preference rule; null when not known. */
  originalRank: number | null;
  /** Position on the list; null for a row below the line. */
  position: number | null;
  movedBy?: ComputedEntry['movedBy'];
  manual: ManualMark | null;
}

export interface ListView {
  places: number;
  /** On the list, in order (may run past `places` in a preview over the quota). */
  listed: ListRow[];
  /** Eligible but not on the list, in the computed order. */
  below: ListRow[];
}

export interface Preview {
  view: ListView;
  problems: AdjustmentProblem[];
}

const NO_CAP = Number.MAX_SAFE_INTEGER;

export function previewList(computed: ComputedSuggestionList, adjustments: readonly ListAdjustment[]): Preview {
  const base: ComputedList = { places: computed.places, entries: computed.entries, notListed: computed.notListed };
  const exact = adjustSuggestionList(base, adjustments);
  if (exact.ok) return { view: viewOf(computed, exact.entries, adjustments), problems: [] };

  // A change that does not apply changes nothing where it stands (adjustSuggestionList goes on past it), so
  // leaving those out and lifting the cap gives the list as the clerk's other changes make it.
  const failing = new Set(exact.problems.flatMap((problem) => ('index' in problem ? [problem.index] : [])));
  const kept = adjustments.filter((_, index) => !failing.has(index));
  const loose = adjustSuggestionList({ ...base, places: NO_CAP }, kept);
  if (loose.ok) return { view: viewOf(computed, loose.entries, kept), problems: exact.problems };
  // Not expected (each change left applies as it did, and nothing caps the list): the list as computed.
  const plain = adjustSuggestionList({ ...base, places: NO_CAP }, []);
  return { view: viewOf(computed, plain.ok ? plain.entries : [], []), problems: exact.problems };
}

function lastMarks(adjustments: readonly ListAdjustment[]): Map<string, ManualMark> {
  const marks = new Map<string, ManualMark>();
  for (const adjustment of adjustments) marks.set(adjustment.applicationId, adjustment.kind);
  return marks;
}

function viewOf(computed: ComputedSuggestionList, entries: readonly SignedListEntry[], applied: readonly ListAdjustment[]): ListView {
  const eligible = [...computed.entries, ...computed.notListed];
  const byId = new Map(eligible.map((entry) => [entry.applicationId, entry]));
  const marks = lastMarks(applied);
  const onList = new Set(entries.map((entry) => entry.applicationId));
  const listed = entries.map((entry): ListRow => {
    const known = byId.get(entry.applicationId);
    return {
      applicationId: entry.applicationId,
      countyName: entry.countyName,
      countyCode: entry.countyCode,
      scoreH: entry.scoreH,
      poverty: known?.poverty ?? null,
      originalRank: known?.originalRank ?? null,
      position: entry.position,
      ...(entry.movedBy === undefined ? {} : { movedBy: entry.movedBy }),
      manual: marks.get(entry.applicationId) ?? null,
    };
  });
  const below = eligible
    .filter((entry) => !onList.has(entry.applicationId))
    .map((entry): ListRow => ({
      applicationId: entry.applicationId,
      countyName: entry.countyName,
      countyCode: entry.countyCode,
      scoreH: entry.scoreH,
      poverty: entry.poverty,
      originalRank: entry.originalRank,
      position: null,
      // Only an exclusion marks a row below the line: an include or move of it did not apply.
      manual: marks.get(entry.applicationId) === 'exclude' ? 'exclude' : null,
    }));
  return { places: computed.places, listed, below };
}

/**
 * A signed version's list: its entries with the hand-made changes marked; the applications it took off are
 * not in the signed file beyond their ids, so they show in its adjustments, not as rows. Poverty and the
 * original rank come from the current results when they name the application.
 */
export function signedView(payload: SuggestionListPayload, known: ReadonlyMap<string, ComputedEntry>): ListView {
  const marks = lastMarks(payload.adjustments);
  const listed = payload.entries.map((entry): ListRow => ({
    applicationId: entry.applicationId,
    countyName: entry.countyName,
    countyCode: entry.countyCode,
    scoreH: entry.scoreH,
    poverty: known.get(entry.applicationId)?.poverty ?? null,
    originalRank: known.get(entry.applicationId)?.originalRank ?? null,
    position: entry.position,
    ...(entry.movedBy === undefined ? {} : { movedBy: entry.movedBy }),
    manual: marks.get(entry.applicationId) ?? null,
  }));
  return { places: payload.places, listed, below: [] };
}
