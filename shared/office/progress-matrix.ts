// Who has handed in what (issue #6, "Collect"): for every expert on the session's roster and every
// application, what that expert's latest accepted export says — scored, recused, or nothing yet — beside
// what nobody owes (not assigned, or excluded by the office at intake). Each export is a complete snapshot,
// so only the latest one per expert counts (viewOf), and an export made while still incomplete counts for
// exactly the sheets it holds. Pure: the host only loads the session and the workspace.
import type { SessionPayload } from '../files/session-payload';
import { isGroup, type IndicatorNode } from '../standard/schema';
import type { AuditLog } from './audit-log';
import { viewOf } from './merge';
import type { OfficeState } from './office-state';
import type { VerifiedScoresFile } from './verified-scores-file';

export const PROGRESS_CELLS = ['scored', 'recused', 'missing', 'notAssigned', 'excludedByOffice'] as const;
export type ProgressCell = (typeof PROGRESS_CELLS)[number];

export interface LatestExport {
  expertId: string;
  sequence: number;
  exportHash: string;
  /** The key that signed it (the one the office enrolled when it was accepted). */
  signerFingerprint: string;
  /** When the expert made it, by the expert's laptop clock: shown, never relied on. */
  createdAt: string;
  /** When this office accepted it, from the audit log; null if the log does not say (it always should). */
  importedAt: string | null;
  sheets: number;
}

export interface ProgressRow {
  expertId: string;
  /** One per application, in the session's order (`applications[j]` ↔ `cells[j]`). */
  cells: ProgressCell[];
  /** The applications this expert still owes a sheet for, in the session's order. */
  owes: string[];
}

export interface ProgressMatrix {
  applicationIds: string[];
  rows: ProgressRow[];
  latestExports: LatestExport[];
  /** True when no expert owes anything. */
  complete: boolean;
}

function leafKinds(nodes: readonly IndicatorNode[], into = new Map<string, string>()): Map<string, string> {
  for (const node of nodes) {
    if (isGroup(node)) leafKinds(node.children, into);
    else into.set(node.id, node.kind);
  }
  return into;
}

/**
 * Applications the office excluded at intake: a missing prerequisite the standard knows as one. The same
 * test the panel applies (application-result.ts), so the matrix never asks for a sheet the panel ignores.
 */
export function excludedByOffice(session: SessionPayload): Set<string> {
  const kinds = leafKinds(session.standard.indicators);
  return new Set(session.applications.filter((a) => a.missingPrerequisites.some((id) => kinds.get(id) === 'prerequisite')).map((a) => a.id));
}

/** An application missing from `assignments` is everyone's, as runPanel reads it. */
const isAssigned = (session: SessionPayload, applicationId: string, expertId: string): boolean =>
  session.assignments[applicationId]?.includes(expertId) ?? true;

/**
 * A recusal the office confirmed before sending: payload-from-draft takes the expert off the application's
 * assignment and keeps the pair in `recusalSuggestions`, so unassigned plus suggested means recused, not merely
 * not given that application.
 */
const recusedByOffice = (session: SessionPayload, applicationId: string, expertId: string): boolean =>
  session.recusalSuggestions.some((recusal) => recusal.applicationId === applicationId && recusal.expertId === expertId);

function importTimes(log: AuditLog): Map<string, string> {
  const times = new Map<string, string>();
  for (const entry of log) {
    const { details } = entry;
    if (entry.action !== 'scoresImported' || typeof details !== 'object' || details === null || Array.isArray(details)) continue;
    const exportHash = details['exportHash'];
    if (typeof exportHash === 'string' && !times.has(exportHash)) times.set(exportHash, entry.recordedAt);
  }
  return times;
}

function latestOf(file: VerifiedScoresFile, times: Map<string, string>): LatestExport {
  const { payload } = file;
  return {
    expertId: payload.expertId,
    sequence: payload.sequence,
    exportHash: file.exportHash,
    signerFingerprint: file.signerFingerprint,
    createdAt: payload.createdAt,
    importedAt: times.get(file.exportHash) ?? null,
    sheets: payload.sheets.length,
  };
}

export function progressMatrix(session: SessionPayload, state: OfficeState, auditLog: AuditLog): ProgressMatrix {
  const latest = new Map(viewOf(state).map((file) => [file.payload.expertId, file]));
  const excluded = excludedByOffice(session);
  const applicationIds = session.applications.map((a) => a.id);
  const rows = session.roster.map(({ expertId }): ProgressRow => {
    // The first sheet for a pair, as the export lists them (runPanel reports a second one as a problem).
    const sheets = new Map<string, string>();
    for (const sheet of latest.get(expertId)?.payload.sheets ?? []) if (!sheets.has(sheet.applicationId)) sheets.set(sheet.applicationId, sheet.status);
    const cells = applicationIds.map((applicationId): ProgressCell => {
      if (!isAssigned(session, applicationId, expertId)) return recusedByOffice(session, applicationId, expertId) ? 'recused' : 'notAssigned';
      if (excluded.has(applicationId)) return 'excludedByOffice';
      const status = sheets.get(applicationId);
      return status === 'scored' || status === 'recused' ? status : 'missing';
    });
    return { expertId, cells, owes: applicationIds.filter((_, j) => cells[j] === 'missing') };
  });
  const times = importTimes(auditLog);
  return {
    applicationIds,
    rows,
    // Exports of experts no longer on the roster cannot be: the roster is the session's, signed with it.
    latestExports: [...latest.values()].map((file) => latestOf(file, times)),
    complete: rows.every((row) => row.owes.length === 0),
  };
}
