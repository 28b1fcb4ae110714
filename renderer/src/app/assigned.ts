// The applications an expert scores, with their place in the presentation order. An application the
// assignments do not list is everyone's, as in the completeness check and the office's merge.
import type { SessionPayload } from '../../../shared/files/session-payload';
import type { CompiledStandard } from '../../../shared/standard/compile';

export type SessionApplication = SessionPayload['applications'][number];

export interface AssignedApplication {
  application: SessionApplication;
  /** 1-based place in the session's order (the office's draw), counted over all applications. */
  order: number;
}

export function assignedApplications(payload: Pick<SessionPayload, 'applications' | 'assignments' | 'roster'>, expertId: string): AssignedApplication[] {
  const everyone = payload.roster.map((entry) => entry.expertId);
  return payload.applications
    .map((application, index) => ({ application, order: index + 1 }))
    .filter(({ application }) => (payload.assignments[application.id] ?? everyone).includes(expertId));
}

/** The prerequisites (id and name) the office found missing at intake; empty when the application is to be scored. */
export function officeExclusion(compiled: CompiledStandard, application: Pick<SessionApplication, 'missingPrerequisites'>): string[] {
  return application.missingPrerequisites.flatMap((id) => {
    const leaf = compiled.leafById.get(id);
    return leaf?.kind === 'prerequisite' ? [`${leaf.id} ${leaf.name}`] : [];
  });
}
