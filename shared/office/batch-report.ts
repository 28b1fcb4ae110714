// One report per import batch: how many files came to each outcome, as counts and as one sentence.
import { IMPORT_OUTCOMES, type ImportOutcome, type OfficeMessage } from './import-outcome';

export interface BatchReport {
  readonly total: number;
  /** Every outcome is present, zero included, so a report always reads the same way. */
  readonly counts: Readonly<Record<ImportOutcome, number>>;
  readonly message: OfficeMessage;
}

export function batchReport(outcomes: readonly ImportOutcome[]): BatchReport {
  const counts = Object.fromEntries(IMPORT_OUTCOMES.map((o) => [o, 0])) as Record<ImportOutcome, number>;
  for (const outcome of outcomes) counts[outcome] += 1;
  return { total: outcomes.length, counts, message: { code: 'office.batchSummary', params: { total: outcomes.length, ...counts } } };
}
