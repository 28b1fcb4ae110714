// The office's intake check of necessary conditions (必备条件, issue #6): a prerequisite leaf of the session's
// stage that names a document role (the sample's P1: the innovation plan) is unmet when the application has
// no document of that role. Such an application is not scored (DOMAIN.md: "No plan: the application is not
// scored"), which the rest of the app reads from `missingPrerequisites`. A prerequisite without a role (P2: the
// form stamped by the county government) cannot be seen in a package, so it is listed for the office to check
// by hand and never marked here.
import type { DocumentRole } from '../model/document-role';
import type { CompiledStandard } from '../standard/compile';
import { leavesOf } from '../standard/walk';
import type { DraftApplication } from './session-draft';

/** The text that gives the reason for an exclusion, with `id`, `name` and `role` (the role's own text, package.role.*). */
export const MISSING_DOCUMENT_REASON = 'officeApplications.prerequisite.missingDocument' as const;

export interface MissingPrerequisite {
  /** The leaf's id, as `missingPrerequisites` stores it. */
  id: string;
  name: string;
  /** The role of document the package should have had. */
  role: DocumentRole;
  reason: typeof MISSING_DOCUMENT_REASON;
}

export interface PrerequisiteCheck {
  /** Ids of the unmet prerequisites, in the standard's order: what the application stores. */
  missingPrerequisites: string[];
  missing: MissingPrerequisite[];
}

interface RoleCheck {
  id: string;
  name: string;
  role: DocumentRole | null;
}

/** The stage's prerequisite leaves with the role that proves each (null: not visible in a package). */
function prerequisitesOf(compiled: CompiledStandard): RoleCheck[] {
  return leavesOf(compiled.standard.indicators).flatMap(({ leaf }) =>
    // Compiling left out the prerequisites of other stages (P1 is for qualification and acceptance only).
    leaf.kind === 'prerequisite' && compiled.leafById.has(leaf.id) ? [{ id: leaf.id, name: leaf.name, role: leaf.documentRole ?? null }] : [],
  );
}

export function checkPrerequisites(compiled: CompiledStandard, documents: readonly { role: DocumentRole }[]): PrerequisiteCheck {
  const present = new Set(documents.map((document) => document.role));
  const missing = prerequisitesOf(compiled).flatMap(({ id, name, role }) =>
    role !== null && !present.has(role) ? [{ id, name, role, reason: MISSING_DOCUMENT_REASON }] : [],
  );
  return { missingPrerequisites: missing.map((item) => item.id), missing };
}

/** The stage's prerequisites no package can show (no document role): the office checks these itself. */
export function uncheckedPrerequisites(compiled: CompiledStandard): { id: string; name: string }[] {
  return prerequisitesOf(compiled).flatMap(({ id, name, role }) => (role === null ? [{ id, name }] : []));
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, index) => id === b[index]);

/**
 * Every application with `missingPrerequisites` as the standard finds them now. The same array (and the same
 * objects) come back when nothing changed, so a caller can tell whether there is anything to save.
 */
export function withPrerequisites(applications: readonly DraftApplication[], compiled: CompiledStandard): readonly DraftApplication[] {
  let changed = false;
  const next = applications.map((application) => {
    const { missingPrerequisites } = checkPrerequisites(compiled, application.documents);
    if (sameIds(missingPrerequisites, application.missingPrerequisites)) return application;
    changed = true;
    return { ...application, missingPrerequisites };
  });
  return changed ? next : applications;
}
