// The deviation flags of a panel's results with what the expert wrote (issue #6, "Decide"): an expert whose
// total is far from the panel's is not wrong by that alone, and the panel discusses the flag with the
// expert's own opinion and per-indicator comments at hand. The results carry the numbers; the sheets carry
// the words; this joins them, per flagged (application, expert), in the results' order.
import type { PanelResults } from '../panel/results';
import type { Opinion, ScoredSheet, ScoreSheet } from '../scoring/score-sheet';

export interface DeviationExplanation {
  applicationId: string;
  countyName: string;
  expertId: string;
  total: number | null;
  aggregate: number | null;
  difference: number | null;
  z: number | null;
  /** What the expert wrote on the sheet; empty texts when the sheet has none. */
  opinion: Opinion;
  /** Indicator id → the expert's comment, as the sheet has them. */
  comments: Record<string, string>;
  recommendation: ScoredSheet['recommendation'] | null;
}

const NO_OPINION: Opinion = { strengths: '', problems: '', suggestions: '' };

export function deviationExplanations(results: PanelResults, sheets: readonly ScoreSheet[]): DeviationExplanation[] {
  const scored = new Map<string, ScoreSheet>();
  for (const sheet of sheets) {
    const key = `${sheet.expertId}\u0000${sheet.applicationId}`;
    if (!scored.has(key)) scored.set(key, sheet);
  }
  return results.applications.flatMap((application) =>
    application.experts
      .filter((entry) => entry.deviationFlagged === true)
      .map((entry): DeviationExplanation => {
        const sheet = scored.get(`${entry.expertId}\u0000${application.applicationId}`);
        const words = sheet?.status === 'scored' ? sheet : null;
        return {
          applicationId: application.applicationId,
          countyName: application.countyName,
          expertId: entry.expertId,
          total: entry.total ?? null,
          aggregate: application.aggregate,
          difference: entry.difference ?? null,
          z: entry.z ?? null,
          opinion: words?.opinion ?? NO_OPINION,
          comments: words?.comments ?? {},
          recommendation: words?.recommendation ?? null,
        };
      }),
  );
}
