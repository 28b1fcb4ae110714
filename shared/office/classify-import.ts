// Classifying verified scores files at the office (shared/files/README.md, "At the office"): checks that
// need only the file and the roster first, then checks against what is held. Accepting adds the export to
// the held set; every other outcome returns the state it was given, untouched.
import type { Problem } from '../problems';
import type { AuditDraft } from './audit-log';
import { batchReport, type BatchReport } from './batch-report';
import { historyRefusal } from './check-history';
import { identityRefusal } from './check-identity';
import { importAuditDraft } from './import-audit';
import type { ImportOutcome, OfficeMessage } from './import-outcome';
import { mergeStates } from './merge';
import { officeStateOf, type OfficeState } from './office-state';
import { expertLabel, type Roster } from './roster';
import type { VerifiedScoresFile } from './verified-scores-file';

export interface ImportResult {
  readonly outcome: ImportOutcome;
  /** Why the file was not taken in (a warning for a duplicate, an error otherwise); absent when accepted. */
  readonly problem?: Problem;
  /** The clerk's sentence for this file, whatever the outcome. */
  readonly message: OfficeMessage;
  /** The state after this file: the very object passed in unless the file was accepted. */
  readonly nextState: OfficeState;
}

export function classifyImport(state: OfficeState, file: VerifiedScoresFile, roster: Roster): ImportResult {
  const refusal = identityRefusal(file, roster) ?? historyRefusal(state, file, roster);
  if (refusal) {
    const { problem } = refusal;
    return { outcome: refusal.outcome, problem, message: { code: problem.code, params: problem.params }, nextState: state };
  }
  const { payload } = file;
  return {
    outcome: 'accepted',
    message: {
      code: 'office.accepted',
      params: { expert: expertLabel(roster, payload.expertId), sequence: payload.sequence, sheets: payload.sheets.length },
    },
    nextState: mergeStates(state, officeStateOf([file])),
  };
}

export interface BatchItem extends Omit<ImportResult, 'nextState'> {
  readonly file: VerifiedScoresFile;
}

export interface BatchResult {
  /** One per file, in input order. */
  readonly results: readonly BatchItem[];
  readonly state: OfficeState;
  readonly report: BatchReport;
  /** One per file, in input order, for `appendDrafts` (the caller adds who and when). */
  readonly auditDrafts: readonly AuditDraft[];
}

/** Files are classified one after another, each against the state the ones before it left. */
export function classifyBatch(state: OfficeState, files: readonly VerifiedScoresFile[], roster: Roster): BatchResult {
  let current = state;
  const results: BatchItem[] = [];
  for (const file of files) {
    const { nextState, ...result } = classifyImport(current, file, roster);
    current = nextState;
    results.push({ ...result, file });
  }
  return {
    results,
    state: current,
    report: batchReport(results.map((r) => r.outcome)),
    auditDrafts: results.map((r) => importAuditDraft(r.file, r.outcome)),
  };
}
