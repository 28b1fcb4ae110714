// What the office has ticked and chosen on 写入名册, and the decisions it makes of them. Each county starts
// ticked with the results' proposal when it may go in and the results propose something; a county held back
// cannot be ticked. A choice that departs from the proposal carries the reason the host will require.
import type { StageOutcomeRowView } from '../../../../shared/contract/stage-outcome-spec';
import { DEPARTURE_REASON_MIN } from '../../../../shared/lifecycle/stage-outcomes';

export interface OutcomeChoice {
  ticked: boolean;
  /** '' until an outcome is chosen. */
  outcome: string;
  reason: string;
}

export type OutcomeChoices = Readonly<Record<string, OutcomeChoice>>;

export const mayBeTicked = (row: StageOutcomeRowView): boolean => row.blockedLine === null;

export function initialChoices(rows: readonly StageOutcomeRowView[]): OutcomeChoices {
  return Object.fromEntries(rows.map((row) => [row.applicationId, { ticked: mayBeTicked(row) && row.proposed !== null, outcome: row.proposed ?? '', reason: '' }]));
}

/** The choice departs from the results: a reason is asked for. */
export const departs = (row: StageOutcomeRowView, choice: OutcomeChoice): boolean => choice.outcome !== '' && choice.outcome !== row.proposed;

export interface Decisions {
  decisions: { applicationId: string; outcome: string; reason?: string }[];
  /** Ticked counties still without an outcome, or departing without a reason long enough: confirming waits for them. */
  unfinished: string[];
}

export function decisionsOf(rows: readonly StageOutcomeRowView[], choices: OutcomeChoices): Decisions {
  const decisions: Decisions['decisions'] = [];
  const unfinished: string[] = [];
  for (const row of rows) {
    const choice = choices[row.applicationId];
    if (choice === undefined || !choice.ticked || !mayBeTicked(row)) continue;
    const reason = choice.reason.trim();
    if (choice.outcome === '' || (departs(row, choice) && reason.length < DEPARTURE_REASON_MIN)) {
      unfinished.push(row.countyName);
      continue;
    }
    decisions.push({ applicationId: row.applicationId, outcome: choice.outcome, ...(departs(row, choice) ? { reason } : {}) });
  }
  return { decisions, unfinished };
}
