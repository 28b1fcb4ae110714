// Recusals the office should consider (回避建议): an expert from the same city as the applying county.
// Only suggestions — the office confirms each, and experts may declare other conflicts themselves.
import type { Application } from '../model/application';
import type { RecusalSuggestion, RosterEntry } from './session-payload';

export function suggestRecusals(roster: readonly RosterEntry[], applications: readonly Application[]): RecusalSuggestion[] {
  const suggestions: RecusalSuggestion[] = [];
  for (const application of applications) {
    for (const expert of roster) {
      if (expert.city !== '' && expert.city === application.city) {
        suggestions.push({ expertId: expert.expertId, applicationId: application.id, reason: 'sameCity' });
      }
    }
  }
  return suggestions;
}
