// Sorts the panel's score sheets by application and expert, keeping only those that can count: known
// expert and application, assigned, the only sheet for that pair, valid against the standard. Everything
// left out becomes a problem the office sees; nothing is silently dropped. Two sheets for the same expert
// and application both stop counting (the office must say which is right): keeping "the first" would make
// the result depend on the order files were read in.
import { error, warning, hasErrors, type Problem } from '../problems';
import type { Application } from '../model/application';
import type { Expert } from '../model/expert';
import type { LeafValue, ScoreSheet } from '../scoring/score-sheet';
import { leafValuesOf } from '../scoring/leaf-values';
import { computeSheetTotal, type SheetTotal } from '../scoring/sheet-total';
import { validateSheet } from '../scoring/validate-sheet';
import type { CompiledStandard } from '../standard/compile';

export type CollectedSheet =
  | { state: 'scored'; sheet: Extract<ScoreSheet, { status: 'scored' }>; total: SheetTotal }
  | { state: 'recused'; reason: string }
  | { state: 'invalid' };

export interface CollectedSheets {
  /** application id → expert id → the sheet's state. */
  byApplication: Map<string, Map<string, CollectedSheet>>;
  /** application id → the experts assigned to it, sorted. */
  assigned: Map<string, string[]>;
  problems: Problem[];
}

export function collectSheets(
  compiled: CompiledStandard,
  applications: readonly Application[],
  experts: readonly Expert[],
  sheets: readonly ScoreSheet[],
  assignments: Readonly<Record<string, readonly string[]>> | undefined,
): CollectedSheets {
  const expertIds = new Set(experts.map((e) => e.id));
  const allExperts = [...expertIds].sort();
  const assigned = new Map<string, string[]>();
  const byApplication = new Map<string, Map<string, CollectedSheet>>();
  const officeExcluded = new Set<string>();
  const problems: Problem[] = [];
  for (const app of applications) {
    const listed = assignments?.[app.id];
    for (const expertId of listed ?? []) {
      if (!expertIds.has(expertId)) {
        problems.push(error('sheet.assignmentUnknownExpert', `${expertId}/${app.id}`, { expertId, applicationId: app.id }));
      }
    }
    assigned.set(app.id, listed ? listed.filter((id) => expertIds.has(id)).sort() : allExperts);
    byApplication.set(app.id, new Map());
    if (app.missingPrerequisites.some((id) => compiled.leafById.get(id)?.kind === 'prerequisite')) officeExcluded.add(app.id);
  }
  const sheetsPerPair = new Map<string, number>();
  for (const sheet of sheets) {
    const pair = `${sheet.expertId}/${sheet.applicationId}`;
    sheetsPerPair.set(pair, (sheetsPerPair.get(pair) ?? 0) + 1);
  }
  const scratch = new Array<LeafValue | undefined>(compiled.leaves.length);
  for (const sheet of sheets) {
    const where = `${sheet.expertId}/${sheet.applicationId}`;
    const params = { expertId: sheet.expertId, applicationId: sheet.applicationId };
    const forApplication = byApplication.get(sheet.applicationId);
    if (!expertIds.has(sheet.expertId)) {
      problems.push(error('sheet.unknownExpert', where, params));
      continue;
    }
    if (!forApplication) {
      problems.push(error('sheet.unknownApplication', where, params));
      continue;
    }
    if (!assigned.get(sheet.applicationId)?.includes(sheet.expertId)) {
      problems.push(error('sheet.notAssigned', where, params));
      continue;
    }
    if ((sheetsPerPair.get(where) ?? 0) > 1) {
      if (!forApplication.has(sheet.expertId)) {
        problems.push(error('sheet.duplicate', where, { ...params, count: sheetsPerPair.get(where) ?? 0 }));
        forApplication.set(sheet.expertId, { state: 'invalid' });
      }
      continue;
    }
    if (officeExcluded.has(sheet.applicationId) && sheet.status === 'scored') {
      problems.push(warning('sheet.scoredButOfficeExcluded', where, params));
      continue;
    }
    if (sheet.status === 'recused') {
      forApplication.set(sheet.expertId, { state: 'recused', reason: sheet.recusalReason });
      continue;
    }
    const leafValues = leafValuesOf(compiled, sheet, scratch);
    const sheetProblems = validateSheet(compiled, sheet, leafValues);
    problems.push(...sheetProblems);
    forApplication.set(
      sheet.expertId,
      hasErrors(sheetProblems)
        ? { state: 'invalid' }
        : { state: 'scored', sheet, total: computeSheetTotal(compiled, sheet, leafValues) },
    );
  }
  return { byApplication, assigned, problems };
}
