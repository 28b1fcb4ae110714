// The office end to end on the demo session: split the demo's sheets into per-expert exports (a partial first
// export, then the full one), import them in a scrambled order with repeats, and the merged sheets must give
// runPanel exactly the results it gives on the demo's own sheets.
import { describe, expect, it } from 'vitest';
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { classifyBatch } from '../../../shared/office/classify-import';
import { mergedSheets } from '../../../shared/office/merge';
import { EMPTY_OFFICE_STATE } from '../../../shared/office/office-state';
import type { Roster } from '../../../shared/office/roster';
import type { VerifiedScoresFile } from '../../../shared/office/verified-scores-file';
import { runPanel } from '../../../shared/panel/run-panel';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import { keyOf, verifiedFile } from './scores-files';

describe('merged sheets feed runPanel', () => {
  const demo = buildDemoSession();
  const standardFingerprint = fingerprintOf(demo.standard);
  const sessionId = 'demo-2026-batch-2';
  const roster: Roster = {
    sessionId,
    standardFingerprint,
    experts: demo.experts.map((e) => ({ id: e.id, name: e.name, keyFingerprint: keyOf(e.id) })),
  };

  /** Each expert's exports: no. 1 with the first half of their sheets, no. 2 with all of them. */
  const exportsByExpert: VerifiedScoresFile[][] = demo.experts.map((expert) => {
    const mine = demo.sheets.filter((s) => s.expertId === expert.id);
    const common = { expertId: expert.id, sessionId, standardFingerprint };
    const first = verifiedFile({ ...common, sequence: 1, sheets: mine.slice(0, Math.ceil(mine.length / 2)) });
    const second = verifiedFile({ ...common, sequence: 2, previousHash: first.exportHash, sheets: [...mine].reverse() });
    return [first, second];
  });
  /** No. 1 then no. 2 for each expert: everything is accepted. */
  const oldestFirst = exportsByExpert.flat();
  /** Last expert's no. 2 first: every no. 1 is a replay. */
  const latestFirst = [...oldestFirst].reverse();

  it('merges every expert’s latest full export, sorted, and nothing else', () => {
    for (const files of [latestFirst, oldestFirst, [...oldestFirst, ...latestFirst]]) {
      const sheets = mergedSheets(classifyBatch(EMPTY_OFFICE_STATE, files, roster).state);
      expect(sheets).toHaveLength(demo.sheets.length);
      expect(new Set(sheets)).toEqual(new Set(demo.sheets));
      const keys = sheets.map((s) => `${s.expertId}/${s.applicationId}`);
      expect(keys).toEqual([...keys].sort());
    }
  });

  it('gives the same panel results as the demo’s own sheets', () => {
    const batch = classifyBatch(EMPTY_OFFICE_STATE, [...oldestFirst, ...latestFirst], roster);
    expect(batch.report.counts).toMatchObject({ accepted: 14, duplicate: 14, replay: 0 });
    expect(classifyBatch(EMPTY_OFFICE_STATE, latestFirst, roster).report.counts).toMatchObject({ accepted: 7, replay: 7 });
    const fromExports = runPanel({ ...demo, sheets: mergedSheets(batch.state) });
    expect(fromExports).toEqual(runPanel(demo));
    expect(fromExports.ranking.length).toBeGreaterThan(0);
  });

  it('would not, had the partial first exports been used (the test can tell)', () => {
    const firstOnly = classifyBatch(EMPTY_OFFICE_STATE, exportsByExpert.map(([first]) => first).filter((f) => f !== undefined), roster);
    expect(runPanel({ ...demo, sheets: mergedSheets(firstOnly.state) })).not.toEqual(runPanel(demo));
  });
});
