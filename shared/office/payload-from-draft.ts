// A prepared draft → the session payload the office signs, or every reason it cannot be sent yet. The checks
// are what the experts and the later merge rely on: a standard that has the session's stage, a quota for a
// stage that ends in a suggestion list, applications and a panel, assignments naming only known people and
// applications, every same-city suggestion decided, and a presentation order that is what its lot says.
// Confirmed recusals take the expert off that application's assignment (they do not score it) and travel
// in `recusalSuggestions`, so the expert and the reports can see why.
import type { SessionPayloadInput } from '../files/session-file';
import { drawPresentationOrder } from '../files/presentation-lot';
import { suggestRecusals } from '../files/recusal-suggestions';
import type { RecusalSuggestion } from '../files/session-payload';
import { error, type Problem } from '../problems';
import { compileStandard } from '../standard/compile';
import { fingerprintOf } from '../util/fingerprint';
import { withPrerequisites } from './prerequisite-check';
import type { DraftApplication, SessionDraft } from './session-draft';

export interface DraftOffice {
  name: string;
  /** The office's signing key fingerprint (hex). */
  fingerprint: string;
  /** base64url X25519 public key: experts may encrypt their scores to it. */
  encryptionKey: string;
}

export type PayloadFromDraft = { ok: true; payload: SessionPayloadInput } | { ok: false; problems: Problem[] };

/** Stages that end in a ranked suggestion list under the quota (the others grade each county on its own). */
const STAGES_WITH_QUOTA: ReadonlySet<string> = new Set(['qualification']);

function panelProblems(draft: SessionDraft): Problem[] {
  const problems: Problem[] = [];
  const experts = new Set<string>();
  for (const entry of draft.roster) {
    if (experts.has(entry.expertId)) problems.push(error('officeSession.draft.duplicateExpert', `roster/${entry.expertId}`, { expertId: entry.expertId }));
    experts.add(entry.expertId);
  }
  const applications = new Set(draft.applications.map((application) => application.id));
  if (applications.size !== draft.applications.length) problems.push(error('officeSession.draft.duplicateApplication', 'applications'));
  for (const [applicationId, assigned] of Object.entries(draft.assignments)) {
    if (!applications.has(applicationId)) problems.push(error('officeSession.draft.unknownAssignedApplication', `assignments/${applicationId}`, { applicationId }));
    for (const expertId of assigned) {
      if (!experts.has(expertId)) problems.push(error('officeSession.draft.unknownAssignedExpert', `assignments/${applicationId}`, { applicationId, expertId }));
    }
  }
  // A same-city pair the draft never recorded (an application added after the panel step was last open) is
  // as undecided as a pending one: the office has not looked at it.
  const recorded = new Set(draft.recusals.map((recusal) => `${recusal.expertId}\n${recusal.applicationId}`));
  for (const { expertId, applicationId } of suggestRecusals(draft.roster, draft.applications)) {
    if (!recorded.has(`${expertId}\n${applicationId}`)) problems.push(error('officeSession.draft.recusalUndecided', `recusals/${expertId}/${applicationId}`, { expertId, applicationId }));
  }
  for (const recusal of draft.recusals) {
    const where = `recusals/${recusal.expertId}/${recusal.applicationId}`;
    if (!experts.has(recusal.expertId) || !applications.has(recusal.applicationId)) {
      problems.push(error('officeSession.draft.unknownRecusal', where, { expertId: recusal.expertId, applicationId: recusal.applicationId }));
    } else if (recusal.decision === 'pending') {
      problems.push(error('officeSession.draft.recusalUndecided', where, { expertId: recusal.expertId, applicationId: recusal.applicationId }));
    }
  }
  return problems;
}

/** Who scores each application: the draft's assignment (the whole roster when it names none) less confirmed recusals. */
function assignmentsOf(draft: SessionDraft): { assignments: Record<string, string[]>; problems: Problem[] } {
  const everyone = draft.roster.map((entry) => entry.expertId);
  const recused = new Set(draft.recusals.filter((r) => r.decision === 'confirmed').map((r) => `${r.expertId}\n${r.applicationId}`));
  const assignments: Record<string, string[]> = {};
  const problems: Problem[] = [];
  for (const application of draft.applications) {
    const assigned = (draft.assignments[application.id] ?? everyone).filter((expertId) => !recused.has(`${expertId}\n${application.id}`));
    if (assigned.length === 0) problems.push(error('officeSession.draft.nobodyAssigned', `assignments/${application.id}`, { county: application.countyName, applicationId: application.id }));
    assignments[application.id] = assigned;
  }
  return { assignments, problems };
}

/** The applications in presentation order: drawn from the seed for a lot, as the draft lists them otherwise. */
function inPresentationOrder(draft: SessionDraft, applications: readonly DraftApplication[]): DraftApplication[] {
  const order = draft.presentation?.order;
  if (order?.method !== 'lot') return [...applications];
  const byId = new Map(applications.map((application) => [application.id, application]));
  return drawPresentationOrder([...byId.keys()], order.seed).flatMap((id) => byId.get(id) ?? []);
}

export function payloadFromDraft(draft: SessionDraft, office: DraftOffice, createdAt: string): PayloadFromDraft {
  const problems: Problem[] = [];
  const { basics } = draft;
  const standard = draft.standard?.standard;
  if (!standard) problems.push(error('officeSession.draft.noStandard', 'standard'));
  else if (!standard.stages.includes(basics.stage)) problems.push(error('officeSession.draft.stageNotInStandard', 'standard', { stage: basics.stage, title: standard.title }));
  if (draft.quota === null && STAGES_WITH_QUOTA.has(basics.stage)) problems.push(error('officeSession.draft.noQuota', 'quota'));
  if (draft.applications.length === 0) problems.push(error('officeSession.draft.noApplications', 'applications'));
  if (draft.roster.length === 0) problems.push(error('officeSession.draft.noExperts', 'roster'));
  problems.push(...panelProblems(draft));
  const { assignments, problems: assignmentProblems } = assignmentsOf(draft);
  problems.push(...assignmentProblems);
  if (problems.length > 0 || !standard) return { ok: false, problems };

  const recusalSuggestions: RecusalSuggestion[] = draft.recusals
    .filter((recusal) => recusal.decision === 'confirmed')
    .map(({ expertId, applicationId, reason }) => ({ expertId, applicationId, reason }));
  return {
    ok: true,
    payload: {
      sessionId: draft.sessionId,
      name: basics.name,
      stage: basics.stage,
      ...(basics.batch === undefined ? {} : { batch: basics.batch }),
      standard,
      // From the standard itself, never the draft's cached copy: the file must agree with what it carries.
      standardFingerprint: fingerprintOf(standard),
      office,
      roster: draft.roster,
      assignments,
      recusalSuggestions,
      // Unmet prerequisites as the standard being sent finds them (the step updates them only while shown):
      // experts do not score an application the office excluded, so the file must say so for this standard.
      applications: inPresentationOrder(draft, withPrerequisites(draft.applications, compileStandard(standard, basics.stage))),
      ...(draft.quota === null ? {} : { quota: draft.quota }),
      ...(draft.presentation === null ? {} : { presentation: draft.presentation }),
      meeting: { startsOn: basics.startsOn, endsOn: basics.endsOn },
      createdAt,
    },
  };
}
