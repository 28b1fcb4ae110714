// Random valid standards for the spreadsheet round-trip properties: trees up to three parent levels deep
// with items at every depth (so the “/” marker is exercised), every leaf kind, every policy, and names full
// of the characters that trip spreadsheets up (=, +, @, quotes, full-width punctuation, line breaks).
// Not drawn: text the sheet format cannot carry, which the report lists (tier names containing list
// separators, evidence items containing ；, leading or trailing spaces, empty stage lists).
import fc from 'fast-check';
import {
  STAGES,
  standardSchema,
  STANDARD_FORMAT,
  STANDARD_FORMAT_VERSION,
  type IndicatorNode,
  type Leaf,
  type Stage,
  type Standard,
} from '../../../shared/standard/schema';
import { groupsOf, leavesOf, scoredMaximumOfNode } from '../../../shared/standard/walk';
import { DOCUMENT_ROLES } from '../../../shared/model/document-role';

const chars = (alphabet: string): fc.Arbitrary<string> => fc.constantFrom(...alphabet);
const text = (alphabet: string, maxLength = 12): fc.Arbitrary<string> =>
  fc.string({ unit: chars(alphabet), minLength: 1, maxLength }).filter((s) => s.trim() === s && s !== '');

const NAME_CHARS = '指标设施服务效能群众满意度图书馆文化站（）()、：:—-/=+@\'"“”％%≥<> 12３４.．ABab\n';
const TIER_CHARS = '优秀良好合格达标未差满意度≥<%％()（）-–—: 0123456789';
const EVIDENCE_CHARS = '台账文件照片报告名录、（）()/ 0123456789,，';

const multiple = (unit: number, min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min, max }).map((k) => Math.round(k * unit * 100) / 100);

const stagesArb: fc.Arbitrary<Stage[]> = fc.subarray([...STAGES], { minLength: 1 });
const common = { guidance: fc.oneof(fc.constant(''), text(NAME_CHARS, 40)), evidence: fc.array(text(EVIDENCE_CHARS), { maxLength: 3 }) };

const leafBodyArb: fc.Arbitrary<Omit<Leaf, 'id'>> = fc.oneof(
  fc.record({ name: text(NAME_CHARS), ...common, kind: fc.constant('points' as const), step: fc.constantFrom(0.25, 0.5, 1, 2), n: fc.integer({ min: 1, max: 10 }) }).map(
    ({ step, n, ...rest }) => ({ ...rest, max: Math.round(step * n * 100) / 100, step }),
  ),
  fc.record({
    name: text(NAME_CHARS),
    ...common,
    kind: fc.constant('tiers' as const),
    levels: fc.uniqueArray(fc.record({ name: text(TIER_CHARS, 8), points: multiple(0.5, 0, 20) }), { minLength: 2, maxLength: 4, selector: (t) => t.name }),
  }).map((leaf) => (leaf.levels.every((t) => t.points === 0) ? { ...leaf, levels: leaf.levels.map((t, i) => (i === 0 ? { ...t, points: 1 } : t)) } : leaf)),
  fc.record({ name: text(NAME_CHARS), ...common, kind: fc.constant('passFail' as const), points: multiple(0.5, 1, 20) }),
  fc.record({ name: text(NAME_CHARS), ...common, kind: fc.constant('veto' as const), stages: fc.option(stagesArb, { nil: undefined }) }),
  fc.record({
    name: text(NAME_CHARS),
    ...common,
    kind: fc.constant('prerequisite' as const),
    stages: fc.option(stagesArb, { nil: undefined }),
    documentRole: fc.option(fc.constantFrom(...DOCUMENT_ROLES), { nil: undefined }),
  }),
  fc.record({ name: text(NAME_CHARS), ...common, kind: fc.constant('bonus' as const), step: fc.constantFrom(0.5, 1), n: fc.integer({ min: 1, max: 4 }) }).map(
    ({ step, n, ...rest }) => ({ ...rest, max: step * n, step }),
  ),
  fc.record({ name: text(NAME_CHARS), ...common, kind: fc.constant('deduction' as const), perOccurrence: fc.constantFrom(0.25, 0.5, 1), m: fc.integer({ min: 1, max: 6 }) }).map(
    ({ perOccurrence, m, ...rest }) => ({ ...rest, perOccurrence, maxTotal: Math.round(perOccurrence * m * 100) / 100 }),
  ),
).map((leaf) => Object.fromEntries(Object.entries(leaf).filter(([, v]) => v !== undefined)) as Omit<Leaf, 'id'>);

/** A tree shape: a leaf body, or a named parent with children. */
type Shape = { leaf: Omit<Leaf, 'id'> } | { name: string; children: Shape[] };
const shapeArb = fc.letrec<{ shape: Shape; group: Shape }>((tie) => ({
  shape: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leafBodyArb.map((leaf) => ({ leaf })), tie('group')),
  group: fc.record({ name: text(NAME_CHARS), children: fc.array(tie('shape'), { minLength: 1, maxLength: 4 }) }),
})).shape;

function nodesOf(shapes: readonly Shape[], prefix: string, depth: number): IndicatorNode[] {
  return shapes.map((shape, index) => {
    const id = `${prefix}${index + 1}`;
    if ('leaf' in shape || depth >= 3) {
      const body = 'leaf' in shape ? shape.leaf : { kind: 'passFail' as const, name: shape.name, guidance: '', evidence: [], points: 1 };
      return { id, ...body } as Leaf;
    }
    const children = nodesOf(shape.children, `${id}.`, depth + 1);
    const points = children.reduce((sum, child) => sum + Math.round(scoredMaximumOfNode(child) * 100), 0) / 100;
    return { id, name: shape.name, points, children };
  });
}

export const standardArb: fc.Arbitrary<Standard> = fc
  .record({
    shapes: fc.array(shapeArb, { minLength: 1, maxLength: 5 }),
    prefix: fc.constantFrom('', 'A', 'S'),
    title: text(NAME_CHARS, 30),
    version: fc.constantFrom('2026.1', '2026.10', 'v3', '第二版', '1.0'),
    stages: stagesArb,
    bonusCap: multiple(0.5, 1, 10),
    gradeNames: fc.uniqueArray(text('优秀良好合格不及格', 3), { maxLength: 3 }),
    gradeFractions: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
    policy: fc.constantFrom('mean' as const, 'trimmed' as const, 'median' as const),
    trimThreshold: fc.integer({ min: 3, max: 9 }),
    tieBreakPicks: fc.array(fc.nat(), { maxLength: 3 }),
    preference: fc.oneof(
      fc.constant({ kind: 'none' as const }),
      fc.record({ kind: fc.constantFrom('bonusPoints' as const, 'withinPoints' as const), points: multiple(0.5, 1, 10) }),
      fc.record({ kind: fc.constant('reservedPlaces' as const), places: fc.integer({ min: 1, max: 5 }) }),
    ),
    vetoConsensus: fc.constantFrom('any' as const, 'majority' as const, 'all' as const),
    deviation: fc.record({ absolute: fc.option(multiple(0.5, 1, 40), { nil: null }), z: fc.option(multiple(0.5, 1, 6), { nil: null }) }),
    notes: fc.option(text(NAME_CHARS, 60), { nil: undefined }),
  })
  .map((drawn) => {
    let indicators = nodesOf(drawn.shapes, drawn.prefix, 0);
    if (!leavesOf(indicators).some(({ leaf }) => ['points', 'tiers', 'passFail'].includes(leaf.kind))) {
      indicators = [...indicators, { id: `${drawn.prefix}${indicators.length + 1}`, kind: 'points', name: '基础分', guidance: '', evidence: [], max: 5, step: 0.5 }];
    }
    const totalPoints = indicators.reduce((sum, node) => sum + Math.round(scoredMaximumOfNode(node) * 100), 0) / 100;
    const hasBonus = leavesOf(indicators).some(({ leaf }) => leaf.kind === 'bonus');
    const scoredIds = [
      ...groupsOf(indicators).filter((g) => g.points > 0).map((g) => g.id),
      ...leavesOf(indicators).filter(({ leaf }) => ['points', 'tiers', 'passFail', 'bonus'].includes(leaf.kind)).map(({ leaf }) => leaf.id),
    ];
    const tieBreak = [...new Set(drawn.tieBreakPicks.map((i) => scoredIds[i % scoredIds.length] ?? ''))].filter((id) => id !== '');
    const mins = [...new Set(drawn.gradeFractions.map((f) => Math.floor((totalPoints * f) / 100)))];
    const grades = drawn.gradeNames.slice(0, mins.length).map((name, i) => ({ name, min: mins[i] ?? 0 }));
    return standardSchema.parse({
      format: STANDARD_FORMAT,
      formatVersion: STANDARD_FORMAT_VERSION,
      title: drawn.title,
      version: drawn.version,
      stages: drawn.stages,
      totalPoints,
      bonusCap: hasBonus ? drawn.bonusCap : 0,
      indicators,
      grades,
      aggregation: { policy: drawn.policy, trimThreshold: drawn.trimThreshold },
      tieBreak,
      preference: drawn.preference,
      vetoConsensus: drawn.vetoConsensus,
      deviation: drawn.deviation,
      ...(drawn.notes === undefined ? {} : { notes: drawn.notes }),
    });
  });
