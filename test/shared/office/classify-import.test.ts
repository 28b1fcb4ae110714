import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate } from '../../../shared/i18n/translate';
import { classifyBatch, classifyImport, type ImportResult } from '../../../shared/office/classify-import';
import { IMPORT_OUTCOMES } from '../../../shared/office/import-outcome';
import { viewOf } from '../../../shared/office/merge';
import { EMPTY_OFFICE_STATE, officeStateOf, type OfficeState } from '../../../shared/office/office-state';
import type { VerifiedScoresFile } from '../../../shared/office/verified-scores-file';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { ROSTER, at, chainOf, keyOf, scoredSheet, verifiedFile } from './scores-files';

const [E1_1, E1_2, E1_3] = [at(chainOf('E1', 3), 0), at(chainOf('E1', 3), 1), at(chainOf('E1', 3), 2)];
const E2_1 = at(chainOf('E2', 1), 0);

/** The state after accepting `files` one by one (each must be accepted). */
function holding(...files: VerifiedScoresFile[]): OfficeState {
  return files.reduce((state, file) => {
    const result = classifyImport(state, file, ROSTER);
    expect(result.outcome).toBe('accepted');
    return result.nextState;
  }, EMPTY_OFFICE_STATE);
}

/** A refusal leaves the state as it was: the same object, and not mutated either. */
function expectUnchanged(state: OfficeState, result: ImportResult): void {
  const before = structuredClone(state);
  expect(result.nextState).toBe(state);
  expect(result.nextState).toEqual(before);
}

describe('classifyImport: accepted', () => {
  it('accepts an expert’s first export and holds it', () => {
    const result = classifyImport(EMPTY_OFFICE_STATE, E1_1, ROSTER);
    expect(result.outcome).toBe('accepted');
    expect(result.problem).toBeUndefined();
    expect(result.nextState.held).toEqual([E1_1]);
    expect(translate('zh-CN', result.message.code, result.message.params)).toBe('已导入：张明华（E1）的第1次导出，含 1 份评分表。');
  });

  it('accepts the next export that names the held one as its previous', () => {
    const result = classifyImport(holding(E1_1), E1_2, ROSTER);
    expect(result.outcome).toBe('accepted');
    expect(viewOf(result.nextState)).toEqual([E1_2]);
  });

  it('accepts a gap (3 when only 1 is held): every export is a full snapshot', () => {
    const result = classifyImport(holding(E1_1), E1_3, ROSTER);
    expect(result.outcome).toBe('accepted');
    expect(result.nextState.held).toEqual([E1_1, E1_3]);
  });

  it('accepts experts independently of one another', () => {
    const state = holding(E1_1, E1_2, E1_3);
    expect(classifyImport(state, E2_1, ROSTER).outcome).toBe('accepted');
  });

  it('does not mutate the state it is given', () => {
    const state = holding(E1_1);
    const before = structuredClone(state);
    classifyImport(state, E1_2, ROSTER);
    expect(state).toEqual(before);
  });
});

describe('classifyImport: refusals leave the state untouched', () => {
  const state = holding(E1_1, E1_2, E2_1);

  it('duplicate: the same export hash again — a warning, no change', () => {
    const result = classifyImport(state, E1_2, ROSTER);
    expect(result.outcome).toBe('duplicate');
    expect(result.problem).toMatchObject({ code: 'office.duplicate', severity: 'warning', where: E1_2.exportHash });
    expectUnchanged(state, result);
    expect(translate('zh-CN', result.message.code, result.message.params)).toBe(
      '重复文件：与已导入的张明华（E1）第2次导出完全相同，未做更改。',
    );
  });

  it('replay: an older sequence than the highest held', () => {
    const state3 = holding(E1_1, E1_3);
    const result = classifyImport(state3, E1_2, ROSTER);
    expect(result.outcome).toBe('replay');
    expect(result.problem).toMatchObject({ code: 'office.replay', severity: 'error', params: { sequence: 2, heldSequence: 3 } });
    expectUnchanged(state3, result);
    expect(translate('zh-CN', result.message.code, result.message.params)).toBe(
      '旧文件：张明华（E1）已提交更新的第3次导出，此文件（第2次）未导入。',
    );
  });

  it('replay wins over fork for a stale file: an old export that differs from the held one is still just old', () => {
    const otherFirst = verifiedFile({ expertId: 'E1', sequence: 1, points: 99 });
    expect(classifyImport(state, otherFirst, ROSTER).outcome).toBe('replay');
  });

  it('fork: a different export at a sequence already held', () => {
    const rival = verifiedFile({ expertId: 'E1', sequence: 2, previousHash: E1_1.exportHash, points: 42 });
    const result = classifyImport(state, rival, ROSTER);
    expect(result.outcome).toBe('fork');
    expect(result.problem).toMatchObject({ code: 'office.fork.sameSequence', params: { sequence: 2 } });
    expectUnchanged(state, result);
    expect(describeProblem('zh-CN', result.problem ?? expect.fail('no problem'))).toMatch(/^冲突：.*请与专家核实/);
  });

  it('fork: the next sequence does not name the held export as its previous', () => {
    const offBranch = verifiedFile({ expertId: 'E1', sequence: 3, previousHash: E1_1.exportHash });
    const result = classifyImport(state, offBranch, ROSTER);
    expect(result.outcome).toBe('fork');
    expect(result.problem).toMatchObject({ code: 'office.fork.previousMismatch', params: { sequence: 3, previousSequence: 2 } });
    expectUnchanged(state, result);
  });

  it('fork: a second "first" export (previousHash null) when the held first export exists', () => {
    const second = verifiedFile({ expertId: 'E2', sequence: 2, previousHash: null });
    expect(classifyImport(state, second, ROSTER).outcome).toBe('fork');
  });

  it('unknownKey: the signer is not enrolled for anyone', () => {
    const stranger = verifiedFile({ expertId: 'E1', sequence: 3, previousHash: E1_2.exportHash, signer: 'stranger' });
    const result = classifyImport(state, stranger, ROSTER);
    expect(result.outcome).toBe('unknownKey');
    expect(result.problem).toMatchObject({ code: 'office.unknownKey', params: { fingerprint: groupedFingerprint(keyOf('stranger')) } });
    expectUnchanged(state, result);
  });

  it('unknownKey: an expert on the roster whose key is not enrolled yet', () => {
    const result = classifyImport(state, verifiedFile({ expertId: 'E4', sequence: 1 }), ROSTER);
    expect(result.outcome).toBe('unknownKey');
    expect(describeProblem('zh-CN', result.problem ?? expect.fail('no problem'))).toMatch(/^未登记的密钥：此文件自称是陈丽（E4）的评分/);
    expectUnchanged(state, result);
  });

  it('wrongSession: a file of another session', () => {
    const result = classifyImport(state, verifiedFile({ expertId: 'E3', sequence: 1, sessionId: 'S-2025-01' }), ROSTER);
    expect(result.outcome).toBe('wrongSession');
    expect(describeProblem('zh-CN', result.problem ?? expect.fail('no problem'))).toBe(
      '不是本次评审的文件：此文件属于评审“S-2025-01”，本次评审是“S-2026-02”，未导入。',
    );
    expectUnchanged(state, result);
  });

  it('wrongSession is said before unknownKey: another session’s file is usually signed by a stranger', () => {
    const foreign = verifiedFile({ expertId: 'X9', sequence: 1, sessionId: 'S-2025-01', signer: 'X9' });
    expect(classifyImport(state, foreign, ROSTER).outcome).toBe('wrongSession');
  });

  it('wrongStandard: scored against another standard', () => {
    const result = classifyImport(state, verifiedFile({ expertId: 'E3', sequence: 1, standardFingerprint: keyOf('old standard') }), ROSTER);
    expect(result.outcome).toBe('wrongStandard');
    expect(result.problem).toMatchObject({ code: 'office.wrongStandard', severity: 'error' });
    expectUnchanged(state, result);
  });

  it('wrongExpert: signed with another expert’s enrolled key', () => {
    const impostor = verifiedFile({ expertId: 'E1', sequence: 3, previousHash: E1_2.exportHash, signer: 'E2' });
    const result = classifyImport(state, impostor, ROSTER);
    expect(result.outcome).toBe('wrongExpert');
    expect(describeProblem('zh-CN', result.problem ?? expect.fail('no problem'))).toBe(
      '签名与专家不符：此文件自称是张明华（E1）的评分，却是用李秀英（E2）的密钥签名的，未导入。文件可能被改动过，请与两位专家核实。',
    );
    expectUnchanged(state, result);
  });

  it('wrongExpert: a properly signed file carrying a sheet in another expert’s name', () => {
    const smuggler = verifiedFile({
      expertId: 'E3',
      sequence: 1,
      sheets: [scoredSheet('E3', 'A01', 5), scoredSheet('E1', 'A02', 0)],
    });
    const result = classifyImport(state, smuggler, ROSTER);
    expect(result.outcome).toBe('wrongExpert');
    expect(result.problem).toMatchObject({ code: 'office.sheetOfOtherExpert', params: { sheetExpert: '张明华（E1）', applicationId: 'A02' } });
    expectUnchanged(state, result);
  });

  it('checks identity before history: a held export re-signed by someone else is not a "duplicate"', () => {
    const resigned = { ...E1_2, signerFingerprint: keyOf('E2') };
    expect(classifyImport(state, resigned, ROSTER).outcome).toBe('wrongExpert');
  });

  it('a merged state holding both sides of a fork accepts a successor of either side', () => {
    const left = verifiedFile({ expertId: 'E3', sequence: 1, points: 1 });
    const right = verifiedFile({ expertId: 'E3', sequence: 1, points: 2 });
    const forked = officeStateOf([left, right]);
    expect(classifyImport(forked, verifiedFile({ expertId: 'E3', sequence: 2, previousHash: right.exportHash }), ROSTER).outcome).toBe('accepted');
    expect(classifyImport(forked, verifiedFile({ expertId: 'E3', sequence: 2, previousHash: E1_1.exportHash }), ROSTER).outcome).toBe('fork');
  });
});

describe('classifyBatch', () => {
  const stranger = verifiedFile({ expertId: 'E3', sequence: 1, signer: 'stranger' });
  const otherSession = verifiedFile({ expertId: 'E3', sequence: 1, sessionId: 'elsewhere' });
  const otherStandard = verifiedFile({ expertId: 'E3', sequence: 1, standardFingerprint: keyOf('old') });
  const impostor = verifiedFile({ expertId: 'E3', sequence: 1, signer: 'E2' });
  const rival2 = verifiedFile({ expertId: 'E1', sequence: 2, previousHash: E1_1.exportHash, points: 77 });
  const files = [E1_1, E1_3, E1_2, E1_3, rival2, E2_1, stranger, otherSession, otherStandard, impostor];

  const batch = classifyBatch(EMPTY_OFFICE_STATE, files, ROSTER);

  it('gives one result per file, in input order', () => {
    expect(batch.results.map((r) => r.file)).toEqual(files);
    expect(batch.results.map((r) => r.outcome)).toEqual([
      'accepted',
      'accepted',
      'replay',
      'duplicate',
      'replay',
      'accepted',
      'unknownKey',
      'wrongSession',
      'wrongStandard',
      'wrongExpert',
    ]);
  });

  it('ends in the state of the accepted files', () => {
    expect(batch.state).toEqual(officeStateOf([E1_1, E1_3, E2_1]));
  });

  it('counts every outcome, zeros included, in one report', () => {
    expect(batch.report.total).toBe(10);
    expect(batch.report.counts).toEqual({
      accepted: 3,
      duplicate: 1,
      replay: 2,
      fork: 0,
      unknownKey: 1,
      wrongSession: 1,
      wrongStandard: 1,
      wrongExpert: 1,
    });
    expect(Object.keys(batch.report.counts).sort()).toEqual([...IMPORT_OUTCOMES].sort());
    expect(translate('zh-CN', batch.report.message.code, batch.report.message.params)).toBe(
      '本次共处理 10 个评分文件：导入 3 个，重复 1 个，旧文件 2 个，冲突 0 个，未登记的密钥 1 个，不是本次评审 1 个，标准不一致 1 个，签名与专家不符 1 个。',
    );
  });

  it('counts a fork', () => {
    const forked = classifyBatch(EMPTY_OFFICE_STATE, [E1_1, E1_2, rival2], ROSTER);
    expect(forked.report.counts.fork).toBe(1);
    expect(forked.report.counts.accepted).toBe(2);
  });

  it('drafts one audit entry per file: imported when accepted, refused (with why) otherwise', () => {
    expect(batch.auditDrafts).toHaveLength(files.length);
    expect(batch.auditDrafts[0]).toEqual({
      action: 'scoresImported',
      details: {
        outcome: 'accepted',
        exportHash: E1_1.exportHash,
        signerFingerprint: keyOf('E1'),
        sessionId: 'S-2026-02',
        expertId: 'E1',
        sequence: 1,
        previousHash: null,
        sheets: 1,
      },
    });
    expect(batch.auditDrafts.map((d) => d.action)).toEqual(
      batch.results.map((r) => (r.outcome === 'accepted' ? 'scoresImported' : 'scoresRefused')),
    );
    expect(batch.auditDrafts[3]?.details).toMatchObject({ outcome: 'duplicate' });
  });

  it('returns the very state it was given when nothing is accepted', () => {
    const state = holding(E1_1);
    expect(classifyBatch(state, [E1_1, stranger, otherSession], ROSTER).state).toBe(state);
  });

  it('an empty batch reports zero files', () => {
    const empty = classifyBatch(EMPTY_OFFICE_STATE, [], ROSTER);
    expect(empty.report.total).toBe(0);
    expect(empty.state).toBe(EMPTY_OFFICE_STATE);
  });
});
