// The columns of the indicator sheet (指标): what each header may be called and what it holds. Parent
// indicators get one id/name/points column triple per level (一级指标编号, 一级指标, 一级指标分值, …) so
// they can be merged down over their children's rows, the way Chinese rubric tables are drawn; each
// scoring item (leaf) is one row to the right of them.
import { labelKey } from './normalise';

export type LeafField =
  | 'id'
  | 'name'
  | 'kind'
  | 'points'
  | 'step'
  | 'tiers'
  | 'perOccurrence'
  | 'stages'
  | 'guidance'
  | 'evidence'
  | 'documentRole';
export type LevelField = 'id' | 'name' | 'points';

/** What a header cell says its column holds, before we know how deep the tree is. */
export type HeaderMeaning = { level: number; field: LevelField } | { level: null; field: LeafField };

export interface LeafColumnSpec {
  field: LeafField;
  /** The header the writer uses (leaf id and name use the level word instead, see `levelHeader`). */
  header: string;
  /** Other headers accepted for the same column. */
  aliases: readonly string[];
  /** Column width in characters, for the writer. */
  width: number;
  /** One line for the guide sheet (说明). */
  help: string;
}

export const LEAF_COLUMNS: readonly LeafColumnSpec[] = [
  { field: 'id', header: '编号', aliases: ['评分项编号', '指标编号', '细则编号'], width: 10, help: '评分项的编号，如 1.1、P1、B2。只能用字母、数字和点；同一标准内不能重复。' },
  { field: 'name', header: '评分项', aliases: ['评分项名称', '指标名称', '名称', '指标内容', '评分项目'], width: 30, help: '评分项的名称。' },
  { field: 'kind', header: '计分方式', aliases: ['计分类型', '指标类型', '类型'], width: 13, help: '从下拉列表中选择：按分值、分档、达标/不达标、一票否决、必备条件、加分项、扣分项。' },
  { field: 'points', header: '分值', aliases: ['满分', '分数', '标准分'], width: 8, help: '按分值、加分项：满分；达标/不达标：达标得分；分档：最高一档的分数（可不填）；扣分项：最多扣多少分。一票否决、必备条件不填。' },
  { field: 'step', header: '步长', aliases: ['计分步长', '最小计分单位'], width: 7, help: '按分值、加分项必填：专家打分的最小单位，如 0.5 表示只能打 0、0.5、1……' },
  { field: 'tiers', header: '分档', aliases: ['档次', '分档分值'], width: 30, help: '分档必填：写成“档次名:分数”，多档之间用分号、逗号或换行隔开，如 优秀:30；达标:20；未达标:10。' },
  { field: 'perOccurrence', header: '每次扣分', aliases: ['每处扣分', '单次扣分'], width: 9, help: '扣分项必填：每出现一次扣多少分，如 0.5。' },
  { field: 'stages', header: '适用阶段', aliases: ['阶段', '评审阶段'], width: 16, help: '仅一票否决、必备条件可填：资格评审、中期检查、验收、复查，多个用顿号隔开；不填表示全部阶段。' },
  { field: 'guidance', header: '评分细则', aliases: ['评分标准', '评分说明', '评分办法'], width: 60, help: '给专家看的评分说明，原样保留。' },
  { field: 'evidence', header: '佐证材料', aliases: ['佐证', '证明材料', '支撑材料'], width: 32, help: '需要查看的材料，每项一行（Alt+回车换行），或用分号隔开。' },
  { field: 'documentRole', header: '材料类型', aliases: ['材料类型代码'], width: 14, help: '仅必备条件可填：申报材料包中对应文件的类型代码（如 innovationPlan，创新规划设计方案），用于自动核对。' },
];

export const LEVEL_WORDS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
export const MAX_LEVELS = LEVEL_WORDS.length;

/** `一级指标编号`, `一级指标`, `一级指标分值`: the writer's headers for level 1, 2, … */
export function levelHeader(level: number, field: LevelField): string {
  const word = `${LEVEL_WORDS[level - 1] ?? String(level)}级指标`;
  return field === 'id' ? `${word}编号` : field === 'points' ? `${word}分值` : word;
}

const LEVEL_HEADER = /^([一二三四五六七八九])级(?:指标)?(编号|名称|分值)?$/;
const LEVEL_FIELD: Record<string, LevelField> = { 编号: 'id', 名称: 'name', 分值: 'points', '': 'name' };

const LEAF_LOOKUP = new Map<string, LeafField>(
  LEAF_COLUMNS.flatMap((spec) => [spec.header, ...spec.aliases].map((text) => [labelKey(text), spec.field] as const)),
);

/** What a header cell means, or null when it is not one of ours (its column is then ignored, with a warning). */
export function headerMeaning(text: string): HeaderMeaning | null {
  const key = labelKey(text);
  const level = LEVEL_HEADER.exec(key);
  if (level) {
    const word = level[1] ?? '';
    return { level: LEVEL_WORDS.indexOf(word as (typeof LEVEL_WORDS)[number]) + 1, field: LEVEL_FIELD[level[2] ?? ''] ?? 'name' };
  }
  const field = LEAF_LOOKUP.get(key);
  return field ? { level: null, field } : null;
}
