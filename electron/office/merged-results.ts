// The panel's results from what the office holds: each expert's latest accepted export (mergedSheets) fed to
// runPanel with the rest of the session's facts.
import { mergedSheets } from '../../shared/office/merge';
import type { PanelResults } from '../../shared/panel/results';
import { runPanel, type PanelInput } from '../../shared/panel/run-panel';
import { loadWorkspace, type OfficeWorkspace } from './office-workspace';

export type PanelInputParts = Omit<PanelInput, 'sheets'>;

export async function mergedResults(workspace: OfficeWorkspace, parts: PanelInputParts): Promise<PanelResults> {
  const { state } = await loadWorkspace(workspace);
  return runPanel({ ...parts, sheets: mergedSheets(state) });
}
