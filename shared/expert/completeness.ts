// Whether an expert's sheets for a session are ready to export, and if not, what is left: applications
// neither scored nor recused, leaves without a value, failed vetoes without a reason, scored applications
// without an opinion. The same rules as the office's merge (panel/collect-sheets.ts), seen from the expert's
// side: an application the office excluded at intake (an unmet prerequisite) needs no sheet; the value rules
// are validateSheet's, so an unmet prerequisite frees the other leaves. Separately, sheets the office could
// not count at all (another expert's, an unknown or unassigned application, two for one application, values
// the standard does not allow) are `invalid`: an export may go out incomplete, never wrong.
import type { SessionPayload } from '../files/session-payload';
import { error, type Problem } from '../problems';
import type { Opinion, ScoreSheet } from '../scoring/score-sheet';
import { validateSheet } from '../scoring/validate-sheet';
import { compileStandard, type CompiledStandard } from '../standard/compile';

export type CompletenessGap =
  | { kind: 'notScored'; applicationId: string }
  | { kind: 'missingValue'; applicationId: string; leafId: string; leafName: string }
  | { kind: 'vetoReasonMissing'; applicationId: string; leafId: string; leafName: string }
  | { kind: 'noOpinion'; applicationId: string };

export interface Completeness {
  /** The applications this expert must answer for (assigned, not excluded by the office), in session order. */
  required: string[];
  /** Of those, how many have a finished sheet (recused, or scored without a gap). */
  finished: number;
  gaps: CompletenessGap[];
  /** Sheets that cannot go into an export as they are (see the header). */
  invalid: Problem[];
}

export type CompletenessSession = Pick<SessionPayload, 'standard' | 'stage' | 'applications' | 'assignments' | 'roster'>;

/** An opinion with nothing written in any of its parts. */
const isBlank = (opinion: Opinion): boolean => [opinion.strengths, opinion.problems, opinion.suggestions].every((part) => part.trim() === '');

/** The experts assigned to an application; an application the assignments do not list is everyone's, as at the office. */
function assignedTo(session: CompletenessSession, applicationId: string): readonly string[] {
  return session.assignments[applicationId] ?? session.roster.map((entry) => entry.expertId);
}

function officeExcluded(compiled: CompiledStandard, missingPrerequisites: readonly string[]): boolean {
  return missingPrerequisites.some((id) => compiled.leafById.get(id)?.kind === 'prerequisite');
}

/** The gaps of one scored sheet: validateSheet's missing values and veto reasons, and a blank opinion. */
function sheetGaps(compiled: CompiledStandard, sheet: Extract<ScoreSheet, { status: 'scored' }>, invalid: Problem[]): CompletenessGap[] {
  const gaps: CompletenessGap[] = [];
  const { applicationId } = sheet;
  for (const problem of validateSheet(compiled, sheet)) {
    const leafId = String(problem.params.id ?? '');
    const leafName = String(problem.params.name ?? '');
    if (problem.code === 'sheet.missingValue') gaps.push({ kind: 'missingValue', applicationId, leafId, leafName });
    else if (problem.code === 'sheet.vetoReasonMissing') gaps.push({ kind: 'vetoReasonMissing', applicationId, leafId, leafName });
    else invalid.push(problem);
  }
  if (isBlank(sheet.opinion)) gaps.push({ kind: 'noOpinion', applicationId });
  return gaps;
}

/** What is missing from `expertId`'s sheets for the session. Pure; `sheets` may hold anything the UI has. */
export function checkCompleteness(session: CompletenessSession, expertId: string, sheets: readonly ScoreSheet[]): Completeness {
  const compiled = compileStandard(session.standard, session.stage);
  const invalid: Problem[] = [];
  const byApplication = new Map<string, ScoreSheet[]>();
  const known = new Set(session.applications.map((application) => application.id));
  for (const sheet of sheets) {
    const where = `${sheet.expertId}/${sheet.applicationId}`;
    const params = { expertId: sheet.expertId, applicationId: sheet.applicationId };
    if (sheet.expertId !== expertId) invalid.push(error('expertSession.host.sheet.otherExpert', where, { ...params, expected: expertId }));
    else if (!known.has(sheet.applicationId)) invalid.push(error('sheet.unknownApplication', where, params));
    else if (!assignedTo(session, sheet.applicationId).includes(expertId)) invalid.push(error('sheet.notAssigned', where, params));
    else byApplication.set(sheet.applicationId, [...(byApplication.get(sheet.applicationId) ?? []), sheet]);
  }

  const required: string[] = [];
  const gaps: CompletenessGap[] = [];
  let finished = 0;
  for (const application of session.applications) {
    const own = byApplication.get(application.id) ?? [];
    if (own.length > 1) {
      invalid.push(error('sheet.duplicate', `${expertId}/${application.id}`, { expertId, applicationId: application.id, count: own.length }));
    }
    if (!assignedTo(session, application.id).includes(expertId) || officeExcluded(compiled, application.missingPrerequisites)) continue;
    required.push(application.id);
    const [sheet] = own;
    if (sheet === undefined) {
      gaps.push({ kind: 'notScored', applicationId: application.id });
      continue;
    }
    if (own.length > 1) continue;
    const found = sheet.status === 'recused' ? [] : sheetGaps(compiled, sheet, invalid);
    gaps.push(...found);
    if (found.length === 0) finished += 1;
  }
  return { required, finished, gaps, invalid };
}

export const isComplete = (completeness: Completeness): boolean => completeness.gaps.length === 0 && completeness.invalid.length === 0;

/** A gap as a problem to show, naming the county as the expert knows it (清河县（A01）, each locale its own way). */
export function gapProblem(session: Pick<SessionPayload, 'applications'>, gap: CompletenessGap): Problem {
  const { applicationId } = gap;
  const county = session.applications.find((application) => application.id === applicationId)?.countyName ?? applicationId;
  switch (gap.kind) {
    case 'notScored':
      return error('expertSession.host.gap.notScored', applicationId, { county, applicationId });
    case 'noOpinion':
      return error('expertSession.host.gap.noOpinion', applicationId, { county, applicationId });
    case 'missingValue':
    case 'vetoReasonMissing': {
      const code = gap.kind === 'missingValue' ? 'expertSession.host.gap.missingValue' : 'expertSession.host.gap.vetoReasonMissing';
      return error(code, `${applicationId}/${gap.leafId}`, { county, applicationId, id: gap.leafId, name: gap.leafName });
    }
  }
}
