// The one model every report is rendered from, PDF and workbook alike: the facts printed on every page,
// the leaf columns of the standard in its order, each expert's sheets (values, points, comments, opinion)
// joined with what the panel concluded about them, each application with every expert's sheet, and the
// panel's results for the review report. Built once from ReportData; renderers only lay it out.
import type { Application } from '../model/application';
import type { Expert } from '../model/expert';
import type { ApplicationResult, ExpertOnApplication, ExpertSummary, PanelResults } from '../panel/results';
import type { LeafValue, Opinion, ScoreSheet } from '../scoring/score-sheet';
import { computeSheetTotal } from '../scoring/sheet-total';
import { compileStandard, type CompiledStandard } from '../standard/compile';
import type { LeafKind, Stage } from '../standard/schema';
import { fromHundredths } from '../util/hundredths';
import type { ReportSignedList } from './report-signed-list';
import type { ExpertExport, ReportData } from './report-source';

export interface ReportFacts {
  sessionId: string;
  sessionName: string;
  stage: Stage;
  batch: number | null;
  standard: { title: string; version: string; fingerprint: string };
  /** SHA-256 of the data the report was made from (report-source.ts). */
  dataFingerprint: string;
  /** When the report was generated (ISO 8601); not part of the fingerprint. */
  generatedAt: string;
}

/** One leaf of the standard active in the session's stage, in the standard's order. */
export interface LeafColumn {
  id: string;
  name: string;
  kind: LeafKind;
  /** Names of the groups above, outermost first. */
  groupNames: string[];
  /** Ids of the groups above, outermost first. */
  groupIds: string[];
  /** Most points the leaf gives (points, tiers, pass/fail, bonus), the most it takes off (deduction), else null. */
  maxPoints: number | null;
}

export interface GroupColumn {
  id: string;
  name: string;
  points: number;
}

/** One leaf on one scored sheet. */
export interface LeafEntry {
  leafId: string;
  /** The value as the expert gave it; null when the sheet has none. */
  value: LeafValue | null;
  /** What the leaf adds to the total (bonus after the cap, deductions negative); null for veto and prerequisite. */
  points: number | null;
  comment: string;
}

/** One expert on one application: the panel's view of the sheet and, for a scored sheet, its content. */
export interface SheetRecord extends ExpertOnApplication {
  applicationId: string;
  /** Aligned with ReportModel.leaves; empty unless scored. */
  leaves: LeafEntry[];
  opinion: Opinion | null;
}

export interface ExpertReport {
  expert: Expert;
  summary: ExpertSummary;
  /** The signed export the sheets came from, or null (e.g. the demo's simulated sheets). */
  export: ExpertExport | null;
  /** In application order; only applications assigned to this expert. */
  sheets: SheetRecord[];
}

export interface ApplicationReport {
  application: Application;
  result: ApplicationResult;
  /** In roster order; only assigned experts. */
  sheets: SheetRecord[];
}

export interface ReportModel {
  facts: ReportFacts;
  leaves: LeafColumn[];
  groups: GroupColumn[];
  /** The standard's bonus cap in points (0 when it has no bonus items). */
  bonusCap: number;
  maxTotal: number;
  experts: ExpertReport[];
  applications: ApplicationReport[];
  results: PanelResults;
  /** The suggestion list as the office signed it, when the reports carry one (not part of the data fingerprint). */
  signedList?: ReportSignedList;
}

function leafColumns(compiled: CompiledStandard): LeafColumn[] {
  const groupNames = new Map(compiled.groups.map((g) => [g.id, g.name]));
  return compiled.leaves.map((leaf) => ({
    id: leaf.id,
    name: leaf.name,
    kind: leaf.kind,
    groupIds: [...leaf.ancestors],
    groupNames: leaf.ancestors.map((id) => groupNames.get(id) ?? id),
    maxPoints:
      leaf.kind === 'deduction' ? fromHundredths(leaf.maxTotalH) : leaf.kind === 'veto' || leaf.kind === 'prerequisite' ? null : fromHundredths(leaf.maxH),
  }));
}

function leafEntries(compiled: CompiledStandard, sheet: ScoreSheet): LeafEntry[] {
  if (sheet.status !== 'scored') return [];
  const total = computeSheetTotal(compiled, sheet);
  return compiled.leaves.map((leaf) => {
    const value = sheet.values[leaf.id];
    return {
      leafId: leaf.id,
      value: value ?? null,
      points: leaf.kind === 'veto' || leaf.kind === 'prerequisite' ? null : fromHundredths(total.leafH[leaf.index] ?? 0),
      comment: sheet.comments[leaf.id] ?? '',
    };
  });
}

export function buildReportModel(data: ReportData, generatedAt: string, signedList?: ReportSignedList): ReportModel {
  const { source, results, dataFingerprint } = data;
  const compiled = compileStandard(source.standard, source.session.stage);
  // The sheet each (application, expert) pair counted with: collect-sheets keeps the first of duplicates.
  const sheetOf = new Map<string, ScoreSheet>();
  for (const sheet of source.sheets) {
    const key = `${sheet.applicationId}\u0000${sheet.expertId}`;
    if (!sheetOf.has(key)) sheetOf.set(key, sheet);
  }
  const records = new Map<string, SheetRecord>();
  for (const result of results.applications) {
    for (const entry of result.experts) {
      const sheet = sheetOf.get(`${result.applicationId}\u0000${entry.expertId}`);
      const scored = entry.state === 'scored' && sheet?.status === 'scored' ? sheet : null;
      records.set(`${result.applicationId}\u0000${entry.expertId}`, {
        ...entry,
        applicationId: result.applicationId,
        leaves: scored ? leafEntries(compiled, scored) : [],
        opinion: scored ? scored.opinion : null,
      });
    }
  }
  const resultOf = new Map(results.applications.map((r) => [r.applicationId, r]));
  const summaryOf = new Map(results.experts.map((s) => [s.expertId, s]));
  const exportOf = new Map(source.exports.map((e) => [e.expertId, e]));
  const emptySummary = (expertId: string): ExpertSummary => ({ expertId, name: '', scored: 0, recused: 0, missing: 0, invalid: 0, meanDifference: null, flagged: 0 });

  return {
    facts: {
      sessionId: source.sessionId,
      sessionName: source.session.name,
      stage: source.session.stage,
      batch: source.session.batch ?? null,
      standard: results.standard,
      dataFingerprint,
      generatedAt,
    },
    leaves: leafColumns(compiled),
    groups: compiled.groups.map((g) => ({ id: g.id, name: g.name, points: fromHundredths(g.pointsH) })),
    bonusCap: fromHundredths(compiled.bonusCapH),
    maxTotal: fromHundredths(compiled.totalH),
    experts: source.experts.map((expert) => ({
      expert,
      summary: summaryOf.get(expert.id) ?? emptySummary(expert.id),
      export: exportOf.get(expert.id) ?? null,
      sheets: source.applications.flatMap((app) => records.get(`${app.id}\u0000${expert.id}`) ?? []),
    })),
    applications: source.applications.flatMap((application) => {
      const result = resultOf.get(application.id);
      if (!result) return [];
      return [{ application, result, sheets: source.experts.flatMap((e) => records.get(`${application.id}\u0000${e.id}`) ?? []) }];
    }),
    results,
    ...(signedList === undefined ? {} : { signedList }),
  };
}
