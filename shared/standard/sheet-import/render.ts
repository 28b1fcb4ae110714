// The inverse of the importer: a Standard as the cell values of the 指标 and 设置 sheets. Kept next to the
// parsers so that what the template writes is, by construction, what the importer reads; the xlsx writer
// in electron/ only adds styling. Round trips are tested for every leaf kind.
import { isGroup, type IndicatorGroup, type IndicatorNode, type Leaf, type Standard } from '../schema';
import { scoredMaximum } from '../walk';
import { LEAF_COLUMNS, levelHeader, type LeafField } from './columns';
import { SETTINGS, type SettingKey, type SettingSpec } from './setting-labels';
import { AGGREGATION_WORDS, KIND_WORDS, PREFERENCE_WORDS, STAGE_WORDS, VETO_CONSENSUS_WORDS, type Vocabulary } from './words';

export type RenderedValue = string | number | null;

export interface RenderedColumn {
  header: string;
  width: number;
  /** What the column holds: a parent level's id/name/points, or a leaf field. */
  role: { level: number; field: 'id' | 'name' | 'points' } | { level: null; field: LeafField };
}

export interface RenderedTable {
  columns: RenderedColumn[];
  /** One row per scoring item, values by column index. */
  rows: RenderedValue[][];
  /** A parent indicator's cells, merged over its items' rows (0-based row and column indexes). */
  merges: Array<{ firstRow: number; lastRow: number; column: number }>;
}

/** How many parent levels the deepest item has. */
function depthOf(nodes: readonly IndicatorNode[]): number {
  return Math.max(0, ...nodes.filter(isGroup).map((group) => 1 + depthOf(group.children)));
}

const tierText = (leaf: Extract<Leaf, { kind: 'tiers' }>): string => leaf.levels.map((t) => `${t.name}：${t.points}`).join('；');
const labels = <T extends string>(words: Vocabulary<T>, values: readonly T[]): string => values.map((v) => words.label[v]).join('、');

function leafValues(leaf: Leaf): Partial<Record<LeafField, RenderedValue>> {
  const common = {
    id: leaf.id,
    name: leaf.name,
    kind: KIND_WORDS.label[leaf.kind],
    guidance: leaf.guidance === '' ? null : leaf.guidance,
    evidence: leaf.evidence.length === 0 ? null : leaf.evidence.join('\n'),
  };
  switch (leaf.kind) {
    case 'points':
    case 'bonus':
      return { ...common, points: leaf.max, step: leaf.step };
    case 'tiers':
      return { ...common, points: scoredMaximum(leaf), tiers: tierText(leaf) };
    case 'passFail':
      return { ...common, points: leaf.points };
    case 'deduction':
      return { ...common, points: leaf.maxTotal, perOccurrence: leaf.perOccurrence };
    case 'veto':
    case 'prerequisite':
      return {
        ...common,
        stages: leaf.stages ? labels(STAGE_WORDS, leaf.stages) : null,
        documentRole: leaf.kind === 'prerequisite' ? (leaf.documentRole ?? null) : null,
      };
  }
}

export function renderIndicatorTable(standard: Standard): RenderedTable {
  const depth = depthOf(standard.indicators);
  const columns: RenderedColumn[] = [];
  for (let level = 1; level <= depth; level += 1) {
    columns.push({ header: levelHeader(level, 'id'), width: 9, role: { level, field: 'id' } });
    columns.push({ header: levelHeader(level, 'name'), width: 18, role: { level, field: 'name' } });
    columns.push({ header: levelHeader(level, 'points'), width: 9, role: { level, field: 'points' } });
  }
  for (const spec of LEAF_COLUMNS) {
    const header = spec.field === 'id' || spec.field === 'name' ? levelHeader(depth + 1, spec.field) : spec.header;
    columns.push({ header, width: spec.width, role: { level: null, field: spec.field } });
  }
  const columnOf = (level: number | null, field: string): number =>
    columns.findIndex((c) => c.role.level === level && c.role.field === field);

  const rows: RenderedValue[][] = [];
  const merges: RenderedTable['merges'] = [];
  const visit = (nodes: readonly IndicatorNode[], path: IndicatorGroup[]): void => {
    for (const node of nodes) {
      if (isGroup(node)) {
        const first = rows.length;
        visit(node.children, [...path, node]);
        const level = path.length + 1;
        const top = rows[first];
        if (top === undefined) continue;
        top[columnOf(level, 'id')] = node.id;
        top[columnOf(level, 'name')] = node.name;
        top[columnOf(level, 'points')] = node.points;
        if (rows.length - 1 > first) {
          for (const field of ['id', 'name', 'points']) merges.push({ firstRow: first, lastRow: rows.length - 1, column: columnOf(level, field) });
        }
        continue;
      }
      const row: RenderedValue[] = columns.map(() => null);
      // An item with fewer parents than the deepest says so with “/”; a blank would mean "same as above".
      for (let level = path.length + 1; level <= depth; level += 1) row[columnOf(level, 'id')] = '/';
      for (const [field, value] of Object.entries(leafValues(node))) row[columnOf(null, field)] = value ?? null;
      rows.push(row);
    }
  };
  visit(standard.indicators, []);
  return { columns, rows, merges };
}

export interface RenderedSetting {
  spec: SettingSpec;
  value: RenderedValue;
  /** The choices for a dropdown, when the setting is one of a fixed set. */
  choices?: string[];
}

const threshold = (value: number | null): RenderedValue => (value === null ? '不提示' : value);

function settingValue(standard: Standard, key: SettingKey): RenderedValue {
  const { preference } = standard;
  switch (key) {
    case 'title':
      return standard.title;
    case 'version':
      return standard.version;
    case 'stages':
      return labels(STAGE_WORDS, standard.stages);
    case 'totalPoints':
      return standard.totalPoints;
    case 'bonusCap':
      return standard.bonusCap;
    case 'grades':
      return standard.grades.length === 0 ? null : standard.grades.map((g) => `${g.name}≥${g.min}`).join('；');
    case 'aggregation':
      return AGGREGATION_WORDS.label[standard.aggregation.policy];
    case 'trimThreshold':
      return standard.aggregation.trimThreshold;
    case 'tieBreak':
      return standard.tieBreak.length === 0 ? null : standard.tieBreak.join('、');
    case 'preference':
      return PREFERENCE_WORDS.label[preference.kind];
    case 'preferenceAmount':
      return preference.kind === 'none' ? null : preference.kind === 'reservedPlaces' ? preference.places : preference.points;
    case 'vetoConsensus':
      return VETO_CONSENSUS_WORDS.label[standard.vetoConsensus];
    case 'deviationAbsolute':
      return threshold(standard.deviation.absolute);
    case 'deviationZ':
      return threshold(standard.deviation.z);
    case 'notes':
      return standard.notes ?? null;
  }
}

const CHOICES: Partial<Record<SettingKey, Vocabulary<string>>> = {
  aggregation: AGGREGATION_WORDS,
  preference: PREFERENCE_WORDS,
  vetoConsensus: VETO_CONSENSUS_WORDS,
};

export function renderSettings(standard: Standard): RenderedSetting[] {
  return SETTINGS.map((spec) => {
    const words = CHOICES[spec.key];
    const value = settingValue(standard, spec.key);
    return words ? { spec, value, choices: Object.values(words.label) } : { spec, value };
  });
}
