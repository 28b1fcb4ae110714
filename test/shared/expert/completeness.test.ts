// What an expert still has to do before exporting: every assigned application scored or recused, every
// required leaf valued, a reason for every failed veto, an opinion on every scored application; and sheets
// the office could not count are told apart from gaps.
import { describe, expect, it } from 'vitest';
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { demoSessionPayload } from '../../../shared/demo/demo-session-payload';
import { checkCompleteness, gapProblem, isComplete } from '../../../shared/expert/completeness';
import { sessionPayloadSchema, type SessionPayload } from '../../../shared/files/session-payload';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import type { ScoreSheet, ScoredSheet } from '../../../shared/scoring/score-sheet';

const demo = buildDemoSession();
const session: SessionPayload = sessionPayloadSchema.parse(
  demoSessionPayload(demo, { office: { name: '办公室', fingerprint: 'a'.repeat(64), encryptionKey: 'key' }, enrolled: new Map(), createdAt: '2026-11-27T10:00:00Z' }),
);
const sheetsOf = (expertId: string): ScoreSheet[] => demo.sheets.filter((sheet) => sheet.expertId === expertId);
const scored = (sheets: ScoreSheet[], applicationId: string): ScoredSheet => {
  const found = sheets.find((sheet) => sheet.applicationId === applicationId);
  if (found?.status !== 'scored') throw new Error(`no scored sheet for ${applicationId}`);
  return found;
};
const replace = (sheets: ScoreSheet[], changed: ScoreSheet): ScoreSheet[] => sheets.map((sheet) => (sheet.applicationId === changed.applicationId ? changed : sheet));

describe('checkCompleteness', () => {
  it('finds the demo expert’s sheets complete; the application the office excluded needs none', () => {
    const result = checkCompleteness(session, 'E1', sheetsOf('E1'));
    expect(result.gaps).toEqual([]);
    expect(result.invalid).toEqual([]);
    expect(isComplete(result)).toBe(true);
    // A12 has no innovation plan (P1 unmet at intake): not scored by anyone.
    expect(result.required).toEqual(session.applications.map((a) => a.id).filter((id) => id !== 'A12'));
    expect(result.finished).toBe(11);
  });

  it('counts a recusal as finished', () => {
    const result = checkCompleteness(session, 'E3', sheetsOf('E3'));
    expect(sheetsOf('E3').some((sheet) => sheet.status === 'recused')).toBe(true);
    expect(isComplete(result)).toBe(true);
    expect(result.finished).toBe(11);
  });

  it('lists each kind of gap, in session order, and phrases it with the county', () => {
    let sheets = sheetsOf('E1').filter((sheet) => sheet.applicationId !== 'A02');
    const a01 = scored(sheets, 'A01');
    const { '1.1': _removed, ...withoutOne } = a01.values;
    sheets = replace(sheets, { ...a01, values: withoutOne });
    sheets = replace(sheets, { ...scored(sheets, 'A03'), values: { ...scored(sheets, 'A03').values, V2: false }, comments: {} });
    sheets = replace(sheets, { ...scored(sheets, 'A04'), opinion: { strengths: ' ', problems: '', suggestions: '' } });

    const result = checkCompleteness(session, 'E1', sheets);
    expect(result.invalid).toEqual([]);
    // The session lists the applications in presentation order (the demo's is drawn by lot), and so do the gaps.
    const position = (applicationId: string): number => session.applications.findIndex((application) => application.id === applicationId);
    const expected = [
      { kind: 'missingValue', applicationId: 'A01', leafId: '1.1', leafName: '纳入发展规划与政府主导' },
      { kind: 'notScored', applicationId: 'A02' },
      { kind: 'vetoReasonMissing', applicationId: 'A03', leafId: 'V2', leafName: expect.any(String) as string },
      { kind: 'noOpinion', applicationId: 'A04' },
    ];
    expect(result.gaps).toEqual(expected.sort((a, b) => position(a.applicationId) - position(b.applicationId)));
    expect(result.finished).toBe(7);
    expect(isComplete(result)).toBe(false);
    const a01County = session.applications.find((application) => application.id === 'A01')?.countyName ?? '';
    const line = (applicationId: string): string => {
      const gap = result.gaps.find((candidate) => candidate.applicationId === applicationId);
      if (!gap) throw new Error(`no gap for ${applicationId}`);
      return describeProblem('zh-CN', gapProblem(session, gap));
    };
    expect(line('A01')).toBe(`${a01County}（A01）：指标 1.1「纳入发展规划与政府主导」尚未评分。`);
    expect(line('A02')).toMatch(/（A02）：尚未评分，也未回避。$/);
    expect(line('A03')).toMatch(/（A03）：否决项 V2「.+」判定为不通过，尚未填写理由。$/);
    expect(line('A04')).toMatch(/（A04）：尚未填写评审意见。$/);
    expect(describeProblem('en-US', gapProblem(session, { kind: 'notScored', applicationId: 'A02' }))).toMatch(/\(A02\): neither scored nor recused\.$/);
  });

  it('does not ask for other values once the expert finds a prerequisite unmet', () => {
    const a05 = scored(sheetsOf('E1'), 'A05');
    const sheets = replace(sheetsOf('E1'), { ...a05, values: { P1: false, P2: true } });
    expect(checkCompleteness(session, 'E1', sheets).gaps).toEqual([]);
  });

  it('tells sheets the office could not count from gaps: another expert’s, unknown, unassigned, duplicated, out of range', () => {
    const own = sheetsOf('E1');
    const a06 = scored(own, 'A06');
    const twoExperts = { ...session, assignments: { ...session.assignments, A07: ['E2'] } };
    const sheets: ScoreSheet[] = [
      ...own.filter((sheet) => sheet.applicationId !== 'A06'),
      { ...a06, values: { ...a06.values, '1.1': 999 } },
      scored(sheetsOf('E2'), 'A08'),
      { ...a06, applicationId: 'A99' },
      scored(own, 'A09'),
    ];
    const result = checkCompleteness(twoExperts, 'E1', sheets);
    expect(result.invalid.map((p) => p.code).sort()).toEqual(
      ['expertSession.host.sheet.otherExpert', 'sheet.duplicate', 'sheet.notAssigned', 'sheet.outOfRange', 'sheet.unknownApplication'].sort(),
    );
    expect(isComplete(result)).toBe(false);
    // A07 is not E1's in this variant, so it is neither required nor a gap.
    expect(result.required).not.toContain('A07');
    expect(result.gaps).toEqual([]);
  });

  it('treats an application the assignments do not list as everyone’s, as the office does', () => {
    const unlisted = { ...session, assignments: {} };
    expect(checkCompleteness(unlisted, 'E1', []).gaps).toHaveLength(11);
    expect(checkCompleteness(unlisted, 'E9', []).required).toEqual([]);
  });
});
