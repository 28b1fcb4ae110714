// What the panel's derived parts should be for the draft as it stands, as a patch (empty when nothing is
// stale): other steps change the applications (one added, one removed) without knowing about recusals or
// assignments, so the panel step brings its parts up to date when it opens, before the office decides on
// anything. Without this a removed application's subset would block the export, and a new application's
// same-city pair would never be suggested.
import { knownAssignments } from './panel-assignments';
import type { PanelDraft, PanelPatch } from './panel-patch';
import { reconcileRecusals } from './panel-recusals';
import { canonicalJson } from '../util/canonical-json';

export function reconcilePanel(draft: PanelDraft): PanelPatch {
  const patch: PanelPatch = {};
  const recusals = reconcileRecusals(draft.roster, draft.applications, draft.recusals);
  if (canonicalJson(recusals) !== canonicalJson(draft.recusals)) patch.recusals = recusals;
  const assignments = knownAssignments(
    draft.assignments,
    draft.applications.map((application) => application.id),
    draft.roster,
  );
  if (canonicalJson(assignments) !== canonicalJson(draft.assignments)) patch.assignments = assignments;
  return patch;
}
