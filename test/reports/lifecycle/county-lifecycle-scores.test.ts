// Scores by stage read off the register's events: each panel decision's score under its stage with its
// session, the latest scored decision of a stage winning, a re-check (no standard stage) and unscored events
// left out, and no map at all for a register without a single score (the overview then has no score columns).
import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../../shared/lifecycle/county-entry';
import { registerStageScores, stageScoresOf } from '../../../shared/reports/county-lifecycle-scores';
import { QINGHE, recorded } from './lifecycle-fixture';

const LINXI = { code: '130535', name: '临西县', city: '邢台市', batch: 1, povertyAlleviated: false } as const;

describe('scores by stage from the register', () => {
  it('puts each scored panel decision under its stage with its session', () => {
    const county = recorded(QINGHE, [
      { kind: 'qualificationDecided', result: 'qualified', date: '2023-03-10', documentNumber: '冀文旅公共〔2023〕12号', sessionId: 'QUAL-2023-1', score: 86.5 },
      { kind: 'creationStarted', date: '2023-04-01' },
      { kind: 'midtermRecorded', grade: 'pass', date: '2024-04-15', documentNumber: '冀文旅公共〔2024〕31号', sessionId: 'MID-2024-1' },
      { kind: 'acceptanceDecided', result: 'fail', date: '2025-04-20', documentNumber: '冀文旅公共〔2025〕18号', sessionId: 'ACC-2025-1', score: 71.25 },
      { kind: 'retentionGranted', date: '2025-05-10', documentNumber: '冀文旅公共〔2025〕22号' },
      { kind: 'reinspectionDecided', result: 'pass', date: '2025-10-20', documentNumber: '冀文旅公共〔2025〕47号', sessionId: 'REI-2025-1', score: 82 },
    ]);
    expect(stageScoresOf(county)).toEqual({
      qualification: { total: 86.5, sessionId: 'QUAL-2023-1' },
      acceptance: { total: 71.25, sessionId: 'ACC-2025-1' },
      reinspection: { total: 82, sessionId: 'REI-2025-1' },
    });
  });

  it('keeps the latest scored decision of a stage and leaves a re-check out', () => {
    // No stage repeats in a legal history today; the reading must still not depend on that.
    const by = { name: '张敏', keyFingerprint: '0'.repeat(64) };
    const history: HistoryRecord[] = [
      { state: 'qualified', event: { kind: 'qualificationDecided', result: 'qualified', date: '2022-03-01', sessionId: 'QUAL-2022-1', recordedBy: by, score: 80.25 } },
      { state: 'acceptanceFailed', event: { kind: 'acceptanceDecided', result: 'fail', date: '2024-03-25', sessionId: 'ACC-2024-1', recordedBy: by, score: 58 } },
      { state: 'named', event: { kind: 'acceptanceDecided', result: 'excellent', date: '2024-09-25', sessionId: 'ACC-2024-2', recordedBy: by, score: 93 } },
      { state: 'named', event: { kind: 'acceptanceDecided', result: 'excellent', date: '2024-10-01', sessionId: 'ACC-2024-3', recordedBy: by } },
      { state: 'named', event: { kind: 'recheckDecided', result: 'kept', date: '2025-09-30', sessionId: 'RCK-2025-1', recordedBy: by, score: 90 } },
    ];
    expect(stageScoresOf({ history })).toEqual({ qualification: { total: 80.25, sessionId: 'QUAL-2022-1' }, acceptance: { total: 93, sessionId: 'ACC-2024-2' } });
  });

  it('maps only counties with a score, and gives no map for a register without any', () => {
    const scored = recorded(QINGHE, [{ kind: 'qualificationDecided', result: 'qualified', date: '2023-03-10', documentNumber: '冀文旅公共〔2023〕12号', sessionId: 'Q', score: 70 }]);
    const unscored = recorded(LINXI, [{ kind: 'qualificationDecided', result: 'qualified', date: '2023-03-10', documentNumber: '冀文旅公共〔2023〕13号', sessionId: 'Q' }]);
    expect([...(registerStageScores([scored, unscored]) ?? new Map()).keys()]).toEqual([QINGHE.code]);
    expect(registerStageScores([unscored])).toBeNull();
  });
});
