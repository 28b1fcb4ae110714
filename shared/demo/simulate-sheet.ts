// Simulated score sheets for the demo and the bench: an expert's view of an application's quality, with
// the expert's own leniency and noise, turned into a value for every leaf that a real expert could enter.
import type { LeafValue, ScoredSheet } from '../scoring/score-sheet';
import type { CompiledLeaf, CompiledStandard } from '../standard/compile';
import type { SeededRandom } from './seeded-random';

export interface SimulatedExpert {
  id: string;
  /** Added to the application's quality (−0.1 strict … +0.1 lenient). */
  bias: number;
  /** Spread of the expert's judgement per indicator. */
  noise: number;
}

export interface SheetScenario {
  applicationId: string;
  /** 0..1: how good the application is. */
  quality: number;
  /** Veto leaves this expert finds failed, with the reason. */
  vetoFailures?: ReadonlyArray<{ leafId: string; reason: string }>;
}

const clampUnit = (x: number): number => Math.min(1, Math.max(0, x));

function snapH(fraction: number, maxH: number, stepH: number): number {
  return Math.round((fraction * maxH) / stepH) * stepH;
}

function leafValue(leaf: CompiledLeaf, fraction: number, random: SeededRandom, vetoFailed: boolean): LeafValue | undefined {
  switch (leaf.kind) {
    case 'points':
      return snapH(fraction, leaf.maxH, leaf.stepH) / 100;
    case 'tiers': {
      let best: [string, number] | undefined;
      for (const tier of leaf.tiers) {
        if (!best || Math.abs(tier[1] - fraction * leaf.maxH) < Math.abs(best[1] - fraction * leaf.maxH)) best = tier;
      }
      return best?.[0];
    }
    case 'passFail':
      return fraction >= 0.5;
    case 'veto':
      return !vetoFailed;
    case 'prerequisite':
      return true;
    case 'bonus':
      return random.unit() < fraction - 0.4 ? snapH(random.unit() * fraction, leaf.maxH, leaf.stepH) / 100 : undefined;
    case 'deduction':
      return random.unit() < 0.15 ? 1 : undefined;
  }
}

const OPINION_BY_BAND = [
  { min: 0.85, strengths: '创建基础扎实，创新规划设计方案目标明确、可操作性强。', problems: '个别指标佐证材料不够完整。', suggestions: '进一步总结可复制推广的经验。' },
  { min: 0.7, strengths: '公共文化设施网络基本健全，服务效能稳步提升。', problems: '社会力量参与和数字服务仍是短板。', suggestions: '加大社会化运营力度，补齐数字服务短板。' },
  { min: 0, strengths: '有一定工作基础。', problems: '多项指标未达到创建标准，方案创新性不足。', suggestions: '对照创建标准逐项整改后再申报。' },
];

export function simulateSheet(compiled: CompiledStandard, expert: SimulatedExpert, scenario: SheetScenario, random: SeededRandom): ScoredSheet {
  const values: Record<string, LeafValue> = {};
  const comments: Record<string, string> = {};
  const failures = new Map((scenario.vetoFailures ?? []).map((f) => [f.leafId, f.reason]));
  const perceived = scenario.quality + expert.bias;
  for (const leaf of compiled.leaves) {
    const failed = failures.has(leaf.id);
    const value = leafValue(leaf, clampUnit(perceived + expert.noise * random.normal()), random, failed);
    if (value !== undefined) values[leaf.id] = value;
    if (failed) comments[leaf.id] = failures.get(leaf.id) ?? '';
  }
  const opinion = OPINION_BY_BAND.find((band) => perceived >= band.min) ?? OPINION_BY_BAND[2];
  return {
    expertId: expert.id,
    applicationId: scenario.applicationId,
    status: 'scored',
    values,
    comments,
    opinion: { strengths: opinion?.strengths ?? '', problems: opinion?.problems ?? '', suggestions: opinion?.suggestions ?? '' },
    recommendation: failures.size > 0 ? 'notRecommend' : perceived >= 0.8 ? 'recommend' : 'undecided',
  };
}
