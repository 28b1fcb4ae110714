// The host's answers the suggestion list screen reads: the computed list as the results carry it
// (panelResultsSchema's shape, what crossed the boundary) and the signed versions.
import type { HostResult } from '../../../../shared/contract/host-api-spec';
import type { Results } from '../decide/results-types';

export type { SignedListVersion } from '../../../../shared/contract/office-decision-spec';
export type SuggestionLists = Extract<HostResult<'officeSuggestionLists'>, { ok: true }>;
export type SignAnswer = HostResult<'signSuggestionList'>;
export type ComputedSuggestionList = Results['suggestionList'];
export type ComputedEntry = ComputedSuggestionList['entries'][number];
