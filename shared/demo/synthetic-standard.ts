// A synthetic standard of any size for the bench (W2 uses 120 leaves): groups of leaves of every kind,
// with group points and the total adding up so it passes validation like a real one.
import type { IndicatorGroup, Leaf, Standard } from '../standard/schema';
import { STANDARD_FORMAT, STANDARD_FORMAT_VERSION } from '../standard/schema';

function leafFor(id: string, position: number): Leaf {
  const common = { id, name: `指标${id}`, guidance: '', evidence: [] };
  switch (position % 12) {
    case 0:
      return { ...common, kind: 'tiers', levels: [{ name: '优秀', points: 2 }, { name: '达标', points: 1 }, { name: '未达标', points: 0 }] };
    case 1:
      return { ...common, kind: 'passFail', points: 1 };
    case 2:
      return { ...common, kind: 'veto' };
    case 3:
      return { ...common, kind: 'bonus', max: 1, step: 0.5 };
    case 4:
      return { ...common, kind: 'deduction', perOccurrence: 0.5, maxTotal: 1 };
    default:
      return { ...common, kind: 'points', max: 2, step: 0.5 };
  }
}

export function syntheticStandard(leafCount: number): Standard {
  const groups: IndicatorGroup[] = [];
  let total = 0;
  for (let start = 0; start < leafCount; start += 12) {
    const groupId = String(groups.length + 1);
    const children = Array.from({ length: Math.min(12, leafCount - start) }, (_, i) => leafFor(`${groupId}.${i + 1}`, i));
    const points = children.reduce((sum, leaf) => sum + (leaf.kind === 'points' ? leaf.max : leaf.kind === 'tiers' ? 2 : leaf.kind === 'passFail' ? 1 : 0), 0);
    total += points;
    groups.push({ id: groupId, name: `一级指标${groupId}`, points, children });
  }
  return {
    format: STANDARD_FORMAT,
    formatVersion: STANDARD_FORMAT_VERSION,
    title: `合成标准（${leafCount} 个末级指标）`,
    version: 'bench',
    stages: ['qualification'],
    totalPoints: total,
    bonusCap: 3,
    indicators: groups,
    grades: [{ name: '优秀', min: total * 0.9 }, { name: '合格', min: total * 0.8 }],
    aggregation: { policy: 'trimmed', trimThreshold: 5 },
    tieBreak: ['1', '2'],
    preference: { kind: 'withinPoints', points: 2 },
    vetoConsensus: 'majority',
    deviation: { absolute: 10, z: 2 },
  };
}
