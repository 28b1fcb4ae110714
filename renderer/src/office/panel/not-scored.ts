// The applications no expert will score because the intake check found a necessary condition unmet (the
// sample's P1, no innovation plan), with the unmet ones' ids. Found as payload-from-draft finds them for the
// session file (withPrerequisites against the standard in the draft), so the panel screen says what the file
// will: such an application stays in the file's list and presentation order, but nobody owes a sheet for it
// (application-result.ts, completeness.ts).
import { withPrerequisites } from '../../../../shared/office/prerequisite-check';
import type { SessionDraft } from '../../../../shared/office/session-draft';
import { compileStandard } from '../../../../shared/standard/compile';

/** Application id → the unmet prerequisites' ids, for the applications that are not scored. */
export function notScoredOf(draft: Pick<SessionDraft, 'standard' | 'basics' | 'applications'>): ReadonlyMap<string, readonly string[]> {
  const standard = draft.standard?.standard;
  if (standard === undefined || !standard.stages.includes(draft.basics.stage)) return new Map();
  const compiled = compileStandard(standard, draft.basics.stage);
  const notScored = new Map<string, readonly string[]>();
  for (const application of withPrerequisites(draft.applications, compiled)) {
    const unmet = application.missingPrerequisites.filter((id) => compiled.leafById.get(id)?.kind === 'prerequisite');
    if (unmet.length > 0) notScored.set(application.id, unmet);
  }
  return notScored;
}
