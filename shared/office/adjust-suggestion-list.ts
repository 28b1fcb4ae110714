// The office's manual adjustments to the computed suggestion list, applied in order. Each one must make sense
// where it stands (include only an eligible application not yet on the list, exclude or move only one on it,
// to a position that exists), and the list as adjusted must still fit the quota: the quota is a cap the
// office cannot sign past, so including one more over a full list needs an exclusion first.
import type { ListAdjustment, SignedListEntry } from '../files/suggestion-list-file';
import type { SuggestionListEntry } from '../panel/suggestion-list';

export type AdjustmentProblemCode = 'notEligible' | 'alreadyOnList' | 'notOnList' | 'positionOutOfRange';

export type AdjustmentProblem =
  | { code: AdjustmentProblemCode; index: number; applicationId: string }
  | { code: 'overQuota'; places: number; listed: number };

export interface ComputedList {
  places: number;
  entries: readonly SuggestionListEntry[];
  notListed: readonly SuggestionListEntry[];
}

export type AdjustedList = { ok: true; entries: SignedListEntry[] } | { ok: false; problems: AdjustmentProblem[] };

export function adjustSuggestionList(computed: ComputedList, adjustments: readonly ListAdjustment[]): AdjustedList {
  const eligible = new Map([...computed.entries, ...computed.notListed].map((entry) => [entry.applicationId, entry]));
  const computedPosition = new Map(computed.entries.map((entry) => [entry.applicationId, entry.position]));
  const order: string[] = computed.entries.map((entry) => entry.applicationId);
  const problems: AdjustmentProblem[] = [];

  adjustments.forEach((adjustment, index) => {
    const { applicationId } = adjustment;
    const at = order.indexOf(applicationId);
    const problem = (code: AdjustmentProblemCode): void => void problems.push({ code, index, applicationId });
    if (adjustment.kind === 'include') {
      if (!eligible.has(applicationId)) return problem('notEligible');
      if (at >= 0) return problem('alreadyOnList');
      order.push(applicationId);
      return;
    }
    if (at < 0) return problem('notOnList');
    if (adjustment.kind === 'exclude') {
      order.splice(at, 1);
      return;
    }
    if (adjustment.toPosition > order.length) return problem('positionOutOfRange');
    order.splice(at, 1);
    order.splice(adjustment.toPosition - 1, 0, applicationId);
  });

  if (order.length > computed.places) problems.push({ code: 'overQuota', places: computed.places, listed: order.length });
  if (problems.length > 0) return { ok: false, problems };

  const entries = order.map((applicationId, index): SignedListEntry => {
    const entry = eligible.get(applicationId);
    // Every id in `order` came from `eligible`: the computed list or an include checked against it.
    if (entry === undefined) throw new Error(`unreachable: ${applicationId} not eligible`);
    return {
      position: index + 1,
      applicationId,
      countyName: entry.countyName,
      countyCode: entry.countyCode,
      scoreH: entry.scoreH,
      computedPosition: computedPosition.get(applicationId) ?? null,
      ...(entry.movedBy === undefined || !computedPosition.has(applicationId) ? {} : { movedBy: entry.movedBy }),
    };
  });
  return { ok: true, entries };
}
