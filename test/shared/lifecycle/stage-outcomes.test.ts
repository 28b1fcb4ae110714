// A session's outcome against the register: proposals from grade bands and the signed list, blockers, and
// the office's confirmation applied all or none.
import { describe, expect, it } from 'vitest';
import { emptyCountyRegister, parseCountyRegister, type CountyRegister } from '../../../shared/lifecycle/county-register';
import { gradeOfBandName, proposeGradedOutcome, type StageResult } from '../../../shared/lifecycle/stage-outcome-proposal';
import { confirmStageOutcomes, stageOutcomes, type QualificationList, type StageSessionFacts } from '../../../shared/lifecycle/stage-outcomes';
import { PATH_TO, RECORDER, play } from './lifecycle-fixtures';

const WEST = { code: '330106', name: '西湖区', city: '杭州市', batch: 1, povertyAlleviated: false };
const EAST = { code: '330102', name: '上城区', city: '杭州市', batch: 1, povertyAlleviated: false };
const NORTH = { code: '330105', name: '拱墅区', city: '杭州市', batch: 1, povertyAlleviated: false };

function result(code: string, name: string, extra: Partial<StageResult> = {}): StageResult {
  return { applicationId: `app-${code}`, countyCode: code, countyName: name, aggregate: 88.5, grade: '合格', status: 'eligible', complete: true, ...extra };
}

function registerOf(...entries: ReturnType<typeof play>[]): CountyRegister {
  return { ...emptyCountyRegister(), counties: entries };
}

const MIDTERM: StageSessionFacts = { sessionId: 'mid-2024', name: '2024年中期检查', stage: 'midterm' };
const NO_LIST: QualificationList = { kind: 'notSigned' };
const FACTS = { date: '2024-05-10', documentNumber: '文旅公服〔2024〕9号', recordedBy: RECORDER, today: '2026-01-01' };

describe('gradeOfBandName', () => {
  it('reads the band names offices write, and nothing else', () => {
    expect(gradeOfBandName('优秀')).toBe('excellent');
    expect(gradeOfBandName(' 合 格 ')).toBe('pass');
    expect(gradeOfBandName('不合格')).toBe('fail');
    expect(gradeOfBandName('Excellent')).toBe('excellent');
    expect(gradeOfBandName('甲等')).toBeUndefined();
  });
});

describe('proposeGradedOutcome', () => {
  it('follows the band, fails a veto whatever the score, and proposes nothing without a readable band', () => {
    expect(proposeGradedOutcome('midterm', result('1', 'a', { grade: '优秀' }))).toEqual({ outcome: 'excellent', basis: 'gradeBand' });
    expect(proposeGradedOutcome('acceptance', result('1', 'a', { grade: '不合格' }))).toEqual({ outcome: 'fail', basis: 'gradeBand' });
    expect(proposeGradedOutcome('acceptance', result('1', 'a', { status: 'ineligible', grade: '优秀' }))).toEqual({ outcome: 'fail', basis: 'ineligible' });
    expect(proposeGradedOutcome('midterm', result('1', 'a', { status: 'noScores', aggregate: null, grade: null }))).toEqual({ outcome: null, basis: 'notScored' });
    expect(proposeGradedOutcome('midterm', result('1', 'a', { grade: null }))).toEqual({ outcome: null, basis: 'noBand' });
    expect(proposeGradedOutcome('midterm', result('1', 'a', { grade: '甲等' }))).toEqual({ outcome: null, basis: 'unknownBand' });
  });

  it('reads an excellent re-inspection as a pass', () => {
    expect(proposeGradedOutcome('reinspection', result('1', 'a', { grade: '优秀' })).outcome).toBe('pass');
    expect(proposeGradedOutcome('reinspection', result('1', 'a', { grade: '不合格' })).outcome).toBe('fail');
  });
});

describe('stageOutcomes', () => {
  it('names what keeps each county out of the register', () => {
    const register = registerOf(play(PATH_TO.inCreation, WEST), play(PATH_TO.qualified, EAST));
    const outcomes = stageOutcomes(register, MIDTERM, [result(WEST.code, WEST.name), result(EAST.code, EAST.name), result(NORTH.code, NORTH.name), result('330108', '滨江区')], NO_LIST);
    expect(outcomes.eventKind).toBe('midtermRecorded');
    expect(outcomes.outcomes).toEqual(['excellent', 'pass', 'fail']);
    expect(outcomes.rows.map((row) => [row.countyCode, row.state, row.blocker])).toEqual([
      [WEST.code, 'inCreation', null],
      [EAST.code, 'qualified', 'wrongState'],
      [NORTH.code, null, 'notInRegister'],
      ['330108', null, 'notInRegister'],
    ]);
  });

  it('holds back a county whose experts have not all answered', () => {
    const outcomes = stageOutcomes(registerOf(play(PATH_TO.inCreation, WEST)), MIDTERM, [result(WEST.code, WEST.name, { complete: false })], NO_LIST);
    expect(outcomes.rows[0]?.blocker).toBe('incomplete');
  });

  it('takes a qualification outcome from the signed list, and only from a current one', () => {
    const register = registerOf(play([], WEST), play([], EAST));
    const session: StageSessionFacts = { sessionId: 'q-2023', name: '资格评审', stage: 'qualification' };
    const results = [result(WEST.code, WEST.name), result(EAST.code, EAST.name)];
    const signed = stageOutcomes(register, session, results, { kind: 'signed', version: 2, listedCodes: new Set([WEST.code]) });
    expect(signed.rows.map((row) => [row.proposal.outcome, row.blocker])).toEqual([
      ['qualified', null],
      ['notQualified', null],
    ]);
    expect(stageOutcomes(register, session, results, NO_LIST).rows.map((row) => row.blocker)).toEqual(['listNotSigned', 'listNotSigned']);
    expect(stageOutcomes(register, session, results, { kind: 'outdated', version: 2 }).rows[0]?.blocker).toBe('listOutdated');
  });
});

describe('confirmStageOutcomes', () => {
  const register = registerOf(play(PATH_TO.inCreation, WEST), play(PATH_TO.inCreation, EAST), play(PATH_TO.qualified, NORTH));
  const outcomes = stageOutcomes(register, MIDTERM, [result(WEST.code, WEST.name, { grade: '优秀', aggregate: 93.25 }), result(EAST.code, EAST.name), result(NORTH.code, NORTH.name)], NO_LIST);

  it('records each ticked county with the session, the 文号, the recorder and the score, and the register still reads back', () => {
    const confirmed = confirmStageOutcomes(register, outcomes, [{ applicationId: `app-${WEST.code}`, outcome: 'excellent' }], FACTS);
    if (!confirmed.ok) throw new Error(JSON.stringify(confirmed.problems));
    const west = confirmed.register.counties.find((county) => county.code === WEST.code);
    expect(west?.state).toBe('midtermChecked');
    expect(west?.history.at(-1)?.event).toEqual({ kind: 'midtermRecorded', grade: 'excellent', date: FACTS.date, documentNumber: FACTS.documentNumber, sessionId: 'mid-2024', recordedBy: RECORDER, score: 93.25 });
    expect(confirmed.register.counties.find((county) => county.code === EAST.code)?.state).toBe('inCreation');
    expect(confirmed.recorded).toEqual([{ code: WEST.code, name: WEST.name, outcome: 'excellent', state: 'midtermChecked', warnings: [] }]);
    expect(parseCountyRegister(JSON.parse(JSON.stringify(confirmed.register)) as unknown).ok).toBe(true);
    // Once recorded, the same session's outcome is not offered again.
    expect(stageOutcomes(confirmed.register, MIDTERM, [result(WEST.code, WEST.name)], NO_LIST).rows[0]?.blocker).toBe('alreadyRecorded');
  });

  it('needs a reason to depart from the results, and keeps it as the note', () => {
    const without = confirmStageOutcomes(register, outcomes, [{ applicationId: `app-${EAST.code}`, outcome: 'fail' }], FACTS);
    expect(without).toMatchObject({ ok: false, problems: [{ code: 'stageOutcomes.refused.reasonNeeded' }] });
    const withReason = confirmStageOutcomes(register, outcomes, [{ applicationId: `app-${EAST.code}`, outcome: 'fail', reason: '现场核查发现台账造假' }], FACTS);
    if (!withReason.ok) throw new Error(JSON.stringify(withReason.problems));
    const east = withReason.register.counties.find((county) => county.code === EAST.code);
    expect(east?.history.at(-1)?.event).toMatchObject({ grade: 'fail', note: '现场核查发现台账造假' });
    expect(withReason.recorded[0]?.warnings).toEqual(['lifecycle.warning.midtermFailed']);
  });

  it('refuses the lot when one county cannot be recorded, and the register is untouched', () => {
    const refused = confirmStageOutcomes(
      register,
      outcomes,
      [
        { applicationId: `app-${WEST.code}`, outcome: 'excellent' },
        { applicationId: `app-${NORTH.code}`, outcome: 'pass' },
        { applicationId: 'app-nope', outcome: 'pass' },
        { applicationId: `app-${WEST.code}`, outcome: 'excellent' },
      ],
      FACTS,
    );
    expect(refused).toMatchObject({
      ok: false,
      problems: [{ code: 'stageOutcomes.blocker.wrongState', params: { county: NORTH.name, expected: 'inCreation' } }, { code: 'stageOutcomes.refused.unknownApplication' }, { code: 'stageOutcomes.refused.twice' }],
    });
    expect(confirmStageOutcomes(register, outcomes, [], FACTS)).toMatchObject({ ok: false, problems: [{ code: 'stageOutcomes.refused.nothingChosen' }] });
    expect(confirmStageOutcomes(register, outcomes, [{ applicationId: `app-${EAST.code}`, outcome: 'qualified', reason: '随便写写理由' }], FACTS)).toMatchObject({
      ok: false,
      problems: [{ code: 'stageOutcomes.refused.badOutcome' }],
    });
  });

  it("refuses what the register's rules refuse: a date in the future, a missing 文号", () => {
    const ticked = [{ applicationId: `app-${WEST.code}`, outcome: 'excellent' }];
    expect(confirmStageOutcomes(register, outcomes, ticked, { ...FACTS, date: '2026-02-01' })).toMatchObject({ ok: false, problems: [{ code: 'lifecycle.refused.dateInFuture', params: { county: WEST.name } }] });
    const { documentNumber: _dropped, ...withoutNumber } = FACTS;
    expect(confirmStageOutcomes(register, outcomes, ticked, withoutNumber)).toMatchObject({ ok: false, problems: [{ code: 'lifecycle.refused.documentNumberMissing' }] });
  });
});
