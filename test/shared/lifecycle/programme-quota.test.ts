import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import type { CountyState } from '../../../shared/lifecycle/county-states';
import { programmeQuota, type ProgrammeCounty } from '../../../shared/lifecycle/programme-quota';
import { batchLine, placeReadingLine, quotaSummaryLine, quotaWorkingLine } from '../../../shared/lifecycle/programme-quota-text';

const hebei = { countyLevelDivisions: 167, divisionsAsOf: '2023-12-31' };
const jilin = { countyLevelDivisions: 60, divisionsAsOf: '2023-12-31' };

/** `count` counties of one batch in one state, with six-digit codes starting at `firstCode`. */
function counties(count: number, batch: number, state: CountyState, firstCode = 130_100 + batch * 100): ProgrammeCounty[] {
  return Array.from({ length: count }, (_, index) => ({ code: String(firstCode + index), name: `县${batch}-${index + 1}`, batch, state }));
}

describe('programmeQuota: the cap', () => {
  it('河北 167 × 40 % = 66.8 floors to 66 places by default, with the working', () => {
    const quota = programmeQuota(hebei, []);
    expect(quota.cap).toBe(66);
    expect(quota.working).toMatchObject({ countyLevelDivisions: 167, divisionsAsOf: '2023-12-31', capPercent: 40, capBasisPoints: 4000, rounding: 'floor', exactCap: '66.8' });
    expect(quota).toMatchObject({ used: 0, remaining: 66, exceeded: false, exceededBy: 0, problems: [] });
  });

  it('吉林 60 × 40 % = 24 exactly', () => {
    expect(programmeQuota(jilin, []).cap).toBe(24);
    expect(programmeQuota({ ...jilin, rounding: 'ceil' }, []).cap).toBe(24);
  });

  it('uses the setting’s rounding: 66.8 rounds and ceils to 67, 33.5 rounds half up to 34 and floors to 33', () => {
    expect(programmeQuota({ ...hebei, rounding: 'round' }, []).cap).toBe(67);
    expect(programmeQuota({ ...hebei, rounding: 'ceil' }, []).cap).toBe(67);
    const fractional = { countyLevelDivisions: 100, divisionsAsOf: '2024-01-01', capPercent: 33.5 };
    expect(programmeQuota({ ...fractional, rounding: 'round' }, []).cap).toBe(34);
    expect(programmeQuota({ ...fractional, rounding: 'floor' }, []).cap).toBe(33);
    expect(programmeQuota({ ...fractional, rounding: 'ceil' }, []).cap).toBe(34);
    // 河南 about 158 × 40 % = 63.2: ceil gives 64, round 63.
    expect(programmeQuota({ countyLevelDivisions: 158, divisionsAsOf: '2024-01-01', rounding: 'ceil' }, []).cap).toBe(64);
    expect(programmeQuota({ countyLevelDivisions: 158, divisionsAsOf: '2024-01-01', rounding: 'round' }, []).cap).toBe(63);
  });

  it('refuses settings the session quota refuses', () => {
    expect(() => programmeQuota({ countyLevelDivisions: 0, divisionsAsOf: '2024-01-01' }, [])).toThrow();
    expect(() => programmeQuota({ ...hebei, capPercent: 40.125 }, [])).toThrow();
    expect(() => programmeQuota({ ...hebei, batches: 0 }, [])).toThrow();
  });
});

describe('programmeQuota: places used', () => {
  it('counts the states that hold a place, per batch, and what remains', () => {
    const list = [
      ...counties(10, 1, 'named'),
      ...counties(3, 2, 'inCreation'),
      ...counties(2, 2, 'midtermChecked'),
      ...counties(1, 2, 'rectifying'),
      ...counties(1, 2, 'acceptanceFailed'),
      ...counties(4, 3, 'qualified'),
      ...counties(6, 3, 'applied', 130_900),
      ...counties(5, 3, 'notQualified', 131_000),
    ];
    const quota = programmeQuota(hebei, list);
    expect(quota.used).toBe(21);
    expect(quota.byBatch).toEqual([
      { batch: 1, used: 10, freed: 0 },
      { batch: 2, used: 7, freed: 0 },
      { batch: 3, used: 4, freed: 0 },
    ]);
    expect(quota.remaining).toBe(45);
    expect(quota.exceeded).toBe(false);
  });

  it('lists all three batches even before any is used', () => {
    expect(programmeQuota(jilin, counties(10, 1, 'inCreation')).byBatch.map((batch) => batch.batch)).toEqual([1, 2, 3]);
  });

  it('cancelled and de-listed counties free their place, and the working says that is the reading taken', () => {
    const list = [...counties(8, 1, 'named'), ...counties(1, 1, 'delisted', 130_250), ...counties(1, 1, 'cancelled', 130_260), ...counties(14, 2, 'inCreation')];
    const quota = programmeQuota(jilin, list);
    expect(quota).toMatchObject({ cap: 24, used: 22, freed: 2, remaining: 2, exceeded: false });
    expect(quota.byBatch[0]).toEqual({ batch: 1, used: 8, freed: 2 });
    expect(quota.working.placeReading.rule).toBe('cancelledAndDelistedFreeTheirPlace');
    expect(quota.working.placeReading.statesFreeingAPlace).toEqual(['cancelled', 'delisted']);
    expect(placeReadingLine('zh-CN')).toContain('已取消创建资格和已摘牌');
  });

  it('flags a cap exceeded with the excess, never clipping the numbers', () => {
    // A re-zoning shrank 吉林's base to 55: 22 places, 24 already held.
    const quota = programmeQuota({ ...jilin, countyLevelDivisions: 55 }, [...counties(10, 1, 'named'), ...counties(14, 2, 'inCreation')]);
    expect(quota).toMatchObject({ cap: 22, used: 24, remaining: 0, exceeded: true, exceededBy: 2 });
    expect(quota.problems).toHaveLength(1);
    expect(quota.problems[0]).toMatchObject({ code: 'lifecycleProgress.quota.exceeded', severity: 'error', params: { used: 24, cap: 22, over: 2 } });
    expect(describeProblem('zh-CN', quota.problems[0]!)).toBe('已用名额 24 个，超过上限 22 个，超出 2 个，请核对名单和县级行政区总数。');
  });

  it('exactly at the cap is not exceeded', () => {
    const quota = programmeQuota(jilin, [...counties(10, 1, 'named'), ...counties(14, 2, 'inCreation')]);
    expect(quota).toMatchObject({ used: 24, remaining: 0, exceeded: false, exceededBy: 0, problems: [] });
  });

  it('flags a county listed twice and a batch outside 1…3', () => {
    const twice = { code: '220102', name: '南关区', batch: 1, state: 'named' as const };
    const fourth = { code: '220103', name: '宽城区', batch: 4, state: 'qualified' as const };
    const quota = programmeQuota(jilin, [twice, { ...twice }, fourth]);
    expect(quota.problems.map((problem) => problem.code)).toEqual(['lifecycleProgress.quota.duplicateCounty', 'lifecycleProgress.quota.batchOutOfRange']);
    expect(quota.problems[0]).toMatchObject({ where: '220102', params: { code: '220102', count: 2 } });
    expect(quota.byBatch.map((batch) => batch.batch)).toEqual([1, 2, 3, 4]);
    expect(quota.byBatch[3]).toEqual({ batch: 4, used: 1, freed: 0 });
  });
});

describe('programme quota text', () => {
  it('prints the working, the summary and a batch in Chinese and English', () => {
    const quota = programmeQuota(hebei, [...counties(10, 1, 'named'), ...counties(1, 2, 'cancelled')]);
    expect(quotaWorkingLine('zh-CN', quota)).toBe('全省县级行政区 167 个（截至 2023-12-31）× 40% = 66.8，向下取整后上限为 66 个');
    expect(quotaWorkingLine('en-US', quota)).toBe('167 county-level divisions (as of 2023-12-31) × 40% = 66.8, rounded down: a cap of 66 places');
    expect(quotaSummaryLine('zh-CN', quota)).toBe('已用 10 个，剩余 56 个，已释放 1 个');
    expect(batchLine('zh-CN', quota.byBatch[1]!)).toBe('第2批：已用 0 个，已释放 1 个');
  });
});
