// The host's answers the suggestion list screen reads: the computed list as the results carry it
// (panelResultsSchema's shape, what crossed the boundary) and the signed versions.
import type { HostResult } from '../../../../shared/contract/host-api-spec';
import type { Results } from '../decide/results-types';

export type { SignedListVersion } from '../../../../shared/contract/office-decision-spec';
export type SuggestionLists = Extract<HostResult<'officeSuggestionLists'>, { ok: true }>;
export type SignAnswer = HostResult<'signSuggestionList'>;
/** The computed list; the results carry none for a stage that grades each county (no quota). */
export type ComputedSuggestionList = NonNullable<Results['suggestionList']>;
export type ComputedEntry = ComputedSuggestionList['entries'][number];
