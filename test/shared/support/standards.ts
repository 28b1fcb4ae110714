// Small hand-made standards, score sheets and panel inputs for the shared/ tests, so each test can say in a
// line or two what it is about. The tiny standard has one leaf of every kind:
//
//   P  必备条件 (0)      P1  prerequisite (qualification only)
//   V  一票否决项 (0)    V1  veto
//   1  设施网络 (12)     1.1 points 0..5 step 0.5 · 1.2 tiers 优秀 5 / 达标 3 / 未达标 0 · 1.3 passFail 2
//   2  服务效能 (8)      2.1 points 0..8 step 0.5 · 2.2 deduction 0.5 per occurrence, at most 1.5
//   B  加分项 (0)        B1  bonus 0..3 step 0.5, the standard's bonusCap is 2
//
// totalPoints 20, grades 优秀 ≥ 18 / 合格 ≥ 12, trimmed mean from 5 experts, tie-break 2.1 → 1.2 → 1.
import fc from 'fast-check';
import type { Application } from '../../../shared/model/application';
import type { Expert } from '../../../shared/model/expert';
import type { PanelInput } from '../../../shared/panel/run-panel';
import type { LeafValue, RecusedSheet, ScoredSheet } from '../../../shared/scoring/score-sheet';
import { compileStandard, type CompiledStandard } from '../../../shared/standard/compile';
import {
  STANDARD_FORMAT,
  STANDARD_FORMAT_VERSION,
  standardSchema,
  type IndicatorGroup,
  type IndicatorNode,
  type Leaf,
  type Stage,
  type Standard,
} from '../../../shared/standard/schema';

// ---------------------------------------------------------------------------------------------------------
// Indicator builders

const common = (id: string, name: string): { id: string; name: string; guidance: string; evidence: string[] } => ({
  id,
  name,
  guidance: '',
  evidence: [],
});

export const pointsLeaf = (id: string, max: number, step: number, name = `评分项${id}`): Leaf => ({
  ...common(id, name),
  kind: 'points',
  max,
  step,
});

export const tiersLeaf = (id: string, levels: ReadonlyArray<[string, number]>, name = `分档项${id}`): Leaf => ({
  ...common(id, name),
  kind: 'tiers',
  levels: levels.map(([levelName, points]) => ({ name: levelName, points })),
});

export const passFailLeaf = (id: string, points: number, name = `达标项${id}`): Leaf => ({
  ...common(id, name),
  kind: 'passFail',
  points,
});

export const vetoLeaf = (id: string, name = `否决项${id}`): Leaf => ({ ...common(id, name), kind: 'veto' });

export const prerequisiteLeaf = (id: string, name = `必备条件${id}`, stages?: Stage[]): Leaf => ({
  ...common(id, name),
  kind: 'prerequisite',
  ...(stages ? { stages } : {}),
});

export const bonusLeaf = (id: string, max: number, step: number, name = `加分项${id}`): Leaf => ({
  ...common(id, name),
  kind: 'bonus',
  max,
  step,
});

export const deductionLeaf = (id: string, perOccurrence: number, maxTotal: number, name = `扣分项${id}`): Leaf => ({
  ...common(id, name),
  kind: 'deduction',
  perOccurrence,
  maxTotal,
});

export const group = (id: string, name: string, points: number, children: IndicatorNode[]): IndicatorGroup => ({
  id,
  name,
  points,
  children,
});

// ---------------------------------------------------------------------------------------------------------
// The tiny standard

export const TIERS: ReadonlyArray<[string, number]> = [
  ['优秀', 5],
  ['达标', 3],
  ['未达标', 0],
];

export function tinyIndicators(): IndicatorNode[] {
  return [
    group('P', '必备条件', 0, [prerequisiteLeaf('P1', '创新规划设计方案', ['qualification'])]),
    group('V', '一票否决项', 0, [vetoLeaf('V1', '申报材料弄虚作假')]),
    group('1', '设施网络', 12, [
      pointsLeaf('1.1', 5, 0.5, '图书馆文化馆达标'),
      tiersLeaf('1.2', TIERS, '群众满意度'),
      passFailLeaf('1.3', 2, '实施标准公布'),
    ]),
    group('2', '服务效能', 8, [pointsLeaf('2.1', 8, 0.5, '群众文化活动'), deductionLeaf('2.2', 0.5, 1.5, '佐证材料缺失')]),
    group('B', '加分项', 0, [bonusLeaf('B1', 3, 0.5, '国家级称号')]),
  ];
}

/** The tiny standard, parsed (defaults filled in), with any top-level field replaced. */
export function tinyStandard(overrides: Partial<Standard> = {}): Standard {
  return standardSchema.parse({
    format: STANDARD_FORMAT,
    formatVersion: STANDARD_FORMAT_VERSION,
    title: '测试用创建标准',
    version: 'T-1',
    stages: ['qualification', 'acceptance'],
    totalPoints: 20,
    bonusCap: 2,
    indicators: tinyIndicators(),
    grades: [
      { name: '优秀', min: 18 },
      { name: '合格', min: 12 },
    ],
    aggregation: { policy: 'trimmed', trimThreshold: 5 },
    tieBreak: ['2.1', '1.2', '1'],
    preference: { kind: 'none' },
    vetoConsensus: 'majority',
    deviation: { absolute: 3, z: 2 },
    ...overrides,
  });
}

/**
 * A minimal standard with one first-level group '1' (「设施网络」) holding `children`; group points and total
 * default to the given `points` (the caller states them, so a test of the sums is explicit).
 */
export function oneGroupStandard(children: IndicatorNode[], points: number, overrides: Partial<Standard> = {}): Standard {
  return tinyStandard({
    totalPoints: points,
    bonusCap: 0,
    grades: [],
    tieBreak: [],
    indicators: [group('1', '设施网络', points, children)],
    ...overrides,
  });
}

export const compiledTiny = (overrides: Partial<Standard> = {}, stage: Stage = 'qualification'): CompiledStandard =>
  compileStandard(tinyStandard(overrides), stage);

// ---------------------------------------------------------------------------------------------------------
// Score sheets

/** A complete, valid set of values for the tiny standard: 4 + 达标 3 + 2 + 6.5 = 15.5. */
export function validValues(overrides: Record<string, LeafValue> = {}): Record<string, LeafValue> {
  return { P1: true, V1: true, '1.1': 4, '1.2': '达标', '1.3': true, '2.1': 6.5, ...overrides };
}

/**
 * Valid values for the tiny standard whose total is exactly `total` (a multiple of 0.5 from 0 to 20), with no
 * bonus and no deduction: 1.3 first, then the best tier that fits, then 1.1, then 2.1.
 */
export function valuesTotalling(total: number, overrides: Record<string, LeafValue> = {}): Record<string, LeafValue> {
  if (total < 0 || total > 20 || !Number.isInteger(total * 2)) throw new RangeError(`valuesTotalling: ${total}`);
  let remaining = total;
  const passed = remaining >= 2;
  if (passed) remaining -= 2;
  const tier = TIERS.find(([, points]) => points <= remaining) ?? ['未达标', 0];
  remaining -= tier[1];
  const first = Math.min(5, remaining);
  remaining -= first;
  if (remaining > 8) throw new RangeError(`valuesTotalling: ${total} cannot be reached`);
  return { P1: true, V1: true, '1.1': first, '1.2': tier[0], '1.3': passed, '2.1': remaining, ...overrides };
}

export interface SheetExtras {
  comments?: Record<string, string>;
  recommendation?: ScoredSheet['recommendation'];
}

export function scoredSheet(
  expertId: string,
  applicationId: string,
  values: Record<string, LeafValue>,
  extras: SheetExtras = {},
): ScoredSheet {
  return {
    expertId,
    applicationId,
    status: 'scored',
    values,
    comments: extras.comments ?? {},
    opinion: { strengths: '', problems: '', suggestions: '' },
    recommendation: extras.recommendation ?? 'undecided',
  };
}

export const recusedSheet = (expertId: string, applicationId: string, reason = '与申报县同属一市，按规定回避'): RecusedSheet => ({
  expertId,
  applicationId,
  status: 'recused',
  recusalReason: reason,
});

/** A sheet with valid values totalling `total`. */
export const sheetTotalling = (expertId: string, applicationId: string, total: number, extras: SheetExtras = {}): ScoredSheet =>
  scoredSheet(expertId, applicationId, valuesTotalling(total), extras);

/** A sheet finding veto V1 failed, with a reason; the points are still given. */
export const vetoSheet = (expertId: string, applicationId: string, total: number): ScoredSheet =>
  scoredSheet(expertId, applicationId, valuesTotalling(total, { V1: false }), {
    comments: { V1: '申报材料中的服务人次数据与年报不符。' },
    recommendation: 'notRecommend',
  });

// ---------------------------------------------------------------------------------------------------------
// Panel inputs

export function application(id: string, countyCode: string, extra: Partial<Application> = {}): Application {
  return {
    id,
    countyName: `县${countyCode}`,
    countyCode,
    city: `市${countyCode.slice(0, 4)}`,
    poverty: false,
    missingPrerequisites: [],
    ...extra,
  };
}

/** Experts E1…En (n ≤ 9, so string order is numeric order). */
export function experts(n: number): Expert[] {
  if (n > 9) throw new RangeError('experts: at most 9, ids must sort numerically');
  return Array.from({ length: n }, (_, i) => ({
    id: `E${i + 1}`,
    name: `专家${i + 1}`,
    organisation: '',
    title: '',
    city: '',
  }));
}

export function panelInput(parts: Partial<PanelInput> & Pick<PanelInput, 'applications' | 'experts' | 'sheets'>): PanelInput {
  return {
    session: { name: '测试评审会', stage: 'qualification', batch: 1 },
    standard: tinyStandard(),
    // 10 divisions × 40% = 4 places.
    quota: { countyLevelDivisions: 10, divisionsAsOf: '2026-01-01', capPercent: 40, rounding: 'floor', alreadyGiven: 0 },
    ...parts,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Random valid sheets

/** A value for every leaf of `compiled` that validateSheet accepts: numbers on the step within bounds, known
 * tiers, booleans, whole deduction counts; bonus and deduction sometimes left out. Failed vetoes get a reason. */
export function validSheetArb(compiled: CompiledStandard, expertId = 'E1', applicationId = 'A1'): fc.Arbitrary<ScoredSheet> {
  const perLeaf: Record<string, fc.Arbitrary<LeafValue | undefined>> = {};
  for (const leaf of compiled.leaves) {
    switch (leaf.kind) {
      case 'points':
        perLeaf[leaf.id] = fc.integer({ min: 0, max: leaf.maxH / leaf.stepH }).map((k) => (k * leaf.stepH) / 100);
        break;
      case 'bonus':
        perLeaf[leaf.id] = fc.option(fc.integer({ min: 0, max: leaf.maxH / leaf.stepH }).map((k) => (k * leaf.stepH) / 100), {
          nil: undefined,
        });
        break;
      case 'tiers':
        perLeaf[leaf.id] = fc.constantFrom(...leaf.tiers.keys());
        break;
      case 'passFail':
        perLeaf[leaf.id] = fc.boolean();
        break;
      case 'veto':
      case 'prerequisite':
        // Mostly passed, so that panels of random sheets still have eligible applications to rank.
        perLeaf[leaf.id] = fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });
        break;
      case 'deduction':
        perLeaf[leaf.id] = fc.option(fc.nat({ max: 12 }), { nil: undefined });
        break;
    }
  }
  return fc.record(perLeaf).map((drawn) => {
    const values: Record<string, LeafValue> = {};
    const comments: Record<string, string> = {};
    for (const leaf of compiled.leaves) {
      const value = drawn[leaf.id];
      if (value === undefined) continue;
      values[leaf.id] = value;
      if (leaf.kind === 'veto' && value === false) comments[leaf.id] = '经核实存在否决情形。';
    }
    return scoredSheet(expertId, applicationId, values, { comments });
  });
}
