// The settings sheet (设置): one row per setting, label in the first column, value in the next, a hint in
// the third. Labels are matched loosely (spaces, brackets and a trailing colon do not matter).
import { labelKey } from './normalise';

export type SettingKey =
  | 'title'
  | 'version'
  | 'stages'
  | 'totalPoints'
  | 'bonusCap'
  | 'grades'
  | 'aggregation'
  | 'trimThreshold'
  | 'tieBreak'
  | 'preference'
  | 'preferenceAmount'
  | 'vetoConsensus'
  | 'deviationAbsolute'
  | 'deviationZ'
  | 'notes';

export interface SettingSpec {
  key: SettingKey;
  label: string;
  aliases: readonly string[];
  help: string;
}

export const SETTINGS: readonly SettingSpec[] = [
  { key: 'title', label: '标准名称', aliases: ['标题', '标准标题', '名称'], help: '必填。创建标准的全称。' },
  { key: 'version', label: '版本', aliases: ['版本号'], help: '必填。如 2026.1；评审会记录使用的是哪个版本。' },
  { key: 'stages', label: '适用阶段', aliases: ['评审阶段', '阶段'], help: '必填。资格评审、中期检查、验收、复查中的一个或多个，用顿号隔开；填“全部”表示四个阶段。' },
  { key: 'totalPoints', label: '总分', aliases: ['满分', '标准总分'], help: '必填。各一级指标分值之和（不含加分项），如 100。' },
  { key: 'bonusCap', label: '加分上限', aliases: ['加分项上限', '加分封顶'], help: '加分项合计最多加多少分；没有加分项填 0 或不填。' },
  { key: 'grades', label: '等次', aliases: ['等次划分', '等级'], help: '按总分评定的等次，写成“等次≥最低分”，用分号隔开，如 优秀≥90；合格≥80；不合格≥0。不评等次可不填。' },
  { key: 'aggregation', label: '汇总方式', aliases: ['专家分汇总方式', '得分汇总方式'], help: '多位专家的分数如何汇总：去掉最高分和最低分后平均、平均、中位数（下拉选择）。' },
  { key: 'trimThreshold', label: '去掉最高最低分的最少专家数', aliases: ['去掉最高最低分的最少人数', '去高去低最少专家数'], help: '选“去掉最高分和最低分后平均”时：实际评分专家达到这个人数才去掉最高分和最低分，否则直接平均。至少 3，通常为 5。' },
  { key: 'tieBreak', label: '同分比较顺序', aliases: ['同分排序', '同分比较'], help: '总分相同时依次比较哪些指标的得分，填指标编号，用顿号隔开，如 6.2、6.1、3。' },
  { key: 'preference', label: '脱贫县倾斜方式', aliases: ['倾斜方式', '倾斜政策'], help: '国家级脱贫县如何适当倾斜：不倾斜、总分加分、分差以内优先、预留名额（下拉选择）。' },
  { key: 'preferenceAmount', label: '倾斜分值或名额', aliases: ['倾斜幅度', '倾斜分值', '倾斜名额'], help: '总分加分：加几分；分差以内优先：几分以内；预留名额：几个名额。不倾斜时不填。' },
  { key: 'vetoConsensus', label: '一票否决认定', aliases: ['否决认定', '否决项认定'], help: '几位专家认定否决项不通过才算否决：任一专家认定即否决、过半数专家认定即否决、全体专家认定才否决（下拉选择）。' },
  { key: 'deviationAbsolute', label: '偏离提示分差', aliases: ['偏离分差'], help: '专家总分与合议分相差超过多少分时提示其说明理由；填“不提示”关闭。不填为 10。' },
  { key: 'deviationZ', label: '偏离提示标准分', aliases: ['偏离标准分', '偏离z值'], help: '专家总分的标准分（z 值）绝对值超过多少时提示；填“不提示”关闭。不填为 2。' },
  { key: 'notes', label: '备注', aliases: ['说明'], help: '任意说明，原样保留。' },
];

/** Header words of the settings table itself (项目 | 内容 | 填写说明), skipped when read. */
export const SETTINGS_HEADER_WORDS = new Set(['项目', '设置项', '内容', '填写说明'].map(labelKey));

const LOOKUP = new Map<string, SettingSpec>(
  SETTINGS.flatMap((spec) => [spec.label, ...spec.aliases].map((text) => [labelKey(text), spec] as const)),
);

export function settingOf(label: string): SettingSpec | undefined {
  return LOOKUP.get(labelKey(label));
}
