// A review session's outcome, county by county, against the register (issue #8): what the results propose,
// where each county stands, and what stops its outcome from being recorded; then the office's confirmation,
// applied to the register all or none. Nothing reaches the register without that confirmation, and an
// outcome the office chooses against the results' proposal needs a written reason, kept in the event's note.
import { error, type Problem } from '../problems';
import type { Stage } from '../standard/schema';
import type { CountyEntry } from './county-entry';
import type { CountyRegister } from './county-register';
import { withCountyEntry } from './county-register';
import type { CountyState } from './county-states';
import {
  STAGE_EVENT,
  STAGE_OUTCOMES,
  proposeGradedOutcome,
  proposeQualificationOutcome,
  type Proposal,
  type StageEventKind,
  type StageResult,
} from './stage-outcome-proposal';
import { STATE_BEFORE } from './transition-graph';
import { applyTransition } from './transitions';
import type { GRADES, QUALIFICATION_RESULTS, REINSPECTION_RESULTS, RecordedBy, TransitionEvent } from './transition-events';

type Grade = (typeof GRADES)[number];
type QualificationResult = (typeof QUALIFICATION_RESULTS)[number];
type ReinspectionResult = (typeof REINSPECTION_RESULTS)[number];
import type { MessageKey } from '../i18n/translate';

/** A qualification review's outcome follows the latest signed suggestion list, decided on the data held now. */
export type QualificationList = { kind: 'signed'; version: number; listedCodes: ReadonlySet<string> } | { kind: 'notSigned' } | { kind: 'outdated'; version: number };

export interface StageSessionFacts {
  sessionId: string;
  name: string;
  stage: Stage;
}

/** What keeps a county's outcome out of the register for now. */
export type OutcomeBlocker =
  | 'notInRegister' // the county is not in the register: add it in 示范县管理 first
  | 'alreadyRecorded' // this session's outcome is already in the county's history
  | 'wrongState' // the county is not where this stage applies (e.g. acceptance before its mid-term)
  | 'incomplete' // not every assigned expert has answered for the county
  | 'listNotSigned' // qualification: no suggestion list signed yet
  | 'listOutdated'; // qualification: scores came in after the latest list was signed

export interface StageOutcomeRow {
  applicationId: string;
  countyCode: string;
  countyName: string;
  aggregate: number | null;
  grade: string | null;
  proposal: Proposal;
  /** The county's state in the register, or null when it is not there. */
  state: CountyState | null;
  /** The state this stage's event needs. */
  expectedState: CountyState;
  blocker: OutcomeBlocker | null;
}

export interface StageOutcomes {
  session: StageSessionFacts;
  eventKind: StageEventKind;
  outcomes: readonly string[];
  rows: StageOutcomeRow[];
}

function recordedBySession(entry: CountyEntry, kind: StageEventKind, sessionId: string): boolean {
  return entry.history.some(({ event }) => event.kind === kind && event.sessionId === sessionId);
}

function proposalFor(session: StageSessionFacts, result: StageResult, list: QualificationList): Proposal {
  if (session.stage !== 'qualification') return proposeGradedOutcome(session.stage, result);
  if (list.kind === 'signed') return proposeQualificationOutcome(result, list.listedCodes);
  return { outcome: null, basis: 'signedList' };
}

function blockerOf(entry: CountyEntry | undefined, kind: StageEventKind, session: StageSessionFacts, result: StageResult, list: QualificationList): OutcomeBlocker | null {
  if (entry === undefined) return 'notInRegister';
  if (recordedBySession(entry, kind, session.sessionId)) return 'alreadyRecorded';
  if (entry.state !== STATE_BEFORE[kind]) return 'wrongState';
  if (session.stage === 'qualification' && list.kind === 'notSigned') return 'listNotSigned';
  if (session.stage === 'qualification' && list.kind === 'outdated') return 'listOutdated';
  if (!result.complete) return 'incomplete';
  return null;
}

/** Every application of the session beside its county's register entry, in the session's order. */
export function stageOutcomes(register: CountyRegister, session: StageSessionFacts, results: readonly StageResult[], list: QualificationList): StageOutcomes {
  const eventKind = STAGE_EVENT[session.stage];
  const byCode = new Map(register.counties.map((entry) => [entry.code, entry]));
  const rows = results.map((result): StageOutcomeRow => {
    const entry = byCode.get(result.countyCode);
    return {
      applicationId: result.applicationId,
      countyCode: result.countyCode,
      countyName: result.countyName,
      aggregate: result.aggregate,
      grade: result.grade,
      proposal: proposalFor(session, result, list),
      state: entry?.state ?? null,
      expectedState: STATE_BEFORE[eventKind],
      blocker: blockerOf(entry, eventKind, session, result, list),
    };
  });
  return { session, eventKind, outcomes: STAGE_OUTCOMES[session.stage], rows };
}

/** The office's word on one county. */
export interface OutcomeDecision {
  applicationId: string;
  outcome: string;
  /** Why the office departs from the results' proposal; required exactly then. */
  reason?: string;
}

/** What every recorded event shares: the decision document and who confirmed it. */
export interface ConfirmationFacts {
  date: string;
  documentNumber?: string;
  recordedBy: RecordedBy;
  today: string;
}

/** A reason must say something: a few characters at least, as for a list adjustment. */
export const DEPARTURE_REASON_MIN = 4;

export type Confirmation =
  | { ok: true; register: CountyRegister; recorded: { code: string; name: string; outcome: string; state: CountyState; warnings: MessageKey[] }[] }
  | { ok: false; problems: Problem[] };

function eventOf(kind: StageEventKind, outcome: string, row: StageOutcomeRow, session: StageSessionFacts, facts: ConfirmationFacts, note: string | undefined): TransitionEvent {
  const common = {
    date: facts.date,
    ...(facts.documentNumber === undefined ? {} : { documentNumber: facts.documentNumber }),
    sessionId: session.sessionId,
    recordedBy: facts.recordedBy,
    ...(note === undefined ? {} : { note }),
    ...(row.aggregate === null ? {} : { score: row.aggregate }),
  };
  // The outcome was checked against STAGE_OUTCOMES; applyTransition parses the event again.
  switch (kind) {
    case 'qualificationDecided':
      return { kind, result: outcome as QualificationResult, ...common };
    case 'midtermRecorded':
      return { kind, grade: outcome as Grade, ...common };
    case 'acceptanceDecided':
      return { kind, result: outcome as Grade, ...common };
    case 'reinspectionDecided':
      return { kind, result: outcome as ReinspectionResult, ...common };
  }
}

function decisionProblems(outcomes: StageOutcomes, decisions: readonly OutcomeDecision[]): Problem[] {
  const problems: Problem[] = [];
  if (decisions.length === 0) problems.push(error('stageOutcomes.refused.nothingChosen', 'decisions'));
  const rows = new Map(outcomes.rows.map((row) => [row.applicationId, row]));
  const seen = new Set<string>();
  for (const [index, decision] of decisions.entries()) {
    const where = `decisions[${index}]`;
    const row = rows.get(decision.applicationId);
    if (row === undefined) {
      problems.push(error('stageOutcomes.refused.unknownApplication', where, { id: decision.applicationId }));
      continue;
    }
    const who = { county: row.countyName, code: row.countyCode };
    if (seen.has(decision.applicationId)) problems.push(error('stageOutcomes.refused.twice', where, who));
    seen.add(decision.applicationId);
    if (row.blocker !== null) problems.push(error(`stageOutcomes.blocker.${row.blocker}`, where, { ...who, state: row.state ?? '', expected: row.expectedState }));
    else if (!outcomes.outcomes.includes(decision.outcome)) problems.push(error('stageOutcomes.refused.badOutcome', where, { ...who, outcome: decision.outcome }));
    else if (decision.outcome !== row.proposal.outcome && (decision.reason?.trim().length ?? 0) < DEPARTURE_REASON_MIN) {
      problems.push(error('stageOutcomes.refused.reasonNeeded', where, { ...who, min: DEPARTURE_REASON_MIN }));
    }
  }
  return problems;
}

/**
 * Applies the office's decisions to the register, all or none: an unknown or blocked county, an outcome the
 * stage does not have, a departure without a reason, or a transition the rules refuse (a date before the
 * county's last event, a missing 文号…) refuses the lot, every problem named.
 */
export function confirmStageOutcomes(register: CountyRegister, outcomes: StageOutcomes, decisions: readonly OutcomeDecision[], facts: ConfirmationFacts): Confirmation {
  const problems = decisionProblems(outcomes, decisions);
  if (problems.length > 0) return { ok: false, problems };
  let next = register;
  const recorded: Extract<Confirmation, { ok: true }>['recorded'] = [];
  for (const [index, decision] of decisions.entries()) {
    const row = outcomes.rows.find((candidate) => candidate.applicationId === decision.applicationId);
    const entry = next.counties.find((county) => county.code === row?.countyCode);
    if (row === undefined || entry === undefined) continue; // decisionProblems refused both already
    const departs = decision.outcome !== row.proposal.outcome;
    const event = eventOf(outcomes.eventKind, decision.outcome, row, outcomes.session, facts, departs ? decision.reason?.trim() : undefined);
    const applied = applyTransition(entry, event, { today: facts.today });
    if (!applied.ok) {
      problems.push(error(applied.code, `decisions[${index}]`, { ...applied.params, county: row.countyName }));
      continue;
    }
    next = withCountyEntry(next, applied.entry) ?? next;
    recorded.push({ code: entry.code, name: entry.name, outcome: decision.outcome, state: applied.entry.state, warnings: applied.warnings });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, register: next, recorded };
}
