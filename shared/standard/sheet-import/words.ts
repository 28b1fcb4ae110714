// The Chinese words the spreadsheet uses for kinds, stages and policy choices. They are part of the file
// format (the importer recognises them whatever language the app's UI speaks), so they live here as
// constants, not in the locale files. The first word of each entry is what the writer puts in the sheet;
// the others are what office staff have been seen to type for the same thing.
import type { AggregationPolicy, LeafKind, PreferenceRule, Stage, Standard } from '../schema';
import { squeeze } from './normalise';

export interface Vocabulary<T extends string> {
  /** What the template writes, and what dropdowns offer. */
  label: Record<T, string>;
  /** Squeezed spelling → value; includes the labels and the English codes. */
  lookup: ReadonlyMap<string, T>;
}

function vocabulary<T extends string>(words: Record<T, readonly [string, ...string[]]>): Vocabulary<T> {
  const label = {} as Record<T, string>;
  const lookup = new Map<string, T>();
  for (const value of Object.keys(words) as T[]) {
    const spellings = words[value];
    label[value] = spellings[0];
    for (const spelling of [...spellings, value]) lookup.set(squeeze(spelling), value);
  }
  return { label, lookup };
}

export const KIND_WORDS: Vocabulary<LeafKind> = vocabulary<LeafKind>({
  points: ['按分值', '按分值计分', '打分'],
  tiers: ['分档', '分档计分', '档次'],
  passFail: ['达标/不达标', '达标不达标', '是否达标', '达标'],
  veto: ['一票否决', '一票否决项', '否决项'],
  prerequisite: ['必备条件', '必备', '前置条件'],
  bonus: ['加分项', '加分'],
  deduction: ['扣分项', '扣分'],
});

export const STAGE_WORDS: Vocabulary<Stage> = vocabulary<Stage>({
  qualification: ['资格评审', '资格审查', '资格审核'],
  midterm: ['中期检查', '中期评估', '中期'],
  acceptance: ['验收', '验收评估', '验收评审'],
  reinspection: ['复查', '复核', '整改复查'],
});

/** Typed into a stages cell to mean "every stage" (blank means the same for a leaf). */
export const ALL_STAGES_WORDS = new Set(['全部', '全部阶段', '所有阶段', '各阶段'].map(squeeze));

export const AGGREGATION_WORDS: Vocabulary<AggregationPolicy['policy']> = vocabulary<AggregationPolicy['policy']>({
  trimmed: ['去掉最高分和最低分后平均', '去掉一个最高分和一个最低分后平均', '去掉最高最低分后平均', '去高去低平均'],
  mean: ['平均', '平均分', '算术平均', '简单平均'],
  median: ['中位数'],
});

export const PREFERENCE_WORDS: Vocabulary<PreferenceRule['kind']> = vocabulary<PreferenceRule['kind']>({
  none: ['不倾斜', '无', '不设倾斜'],
  bonusPoints: ['总分加分', '加分'],
  withinPoints: ['分差以内优先', '分差内优先'],
  reservedPlaces: ['预留名额', '单列名额'],
});

export const VETO_CONSENSUS_WORDS: Vocabulary<Standard['vetoConsensus']> = vocabulary<Standard['vetoConsensus']>({
  any: ['任一专家认定即否决', '任一专家', '任一'],
  majority: ['过半数专家认定即否决', '过半数专家', '过半数', '半数以上', '多数'],
  all: ['全体专家认定才否决', '全体专家', '全体', '一致'],
});

/** Typed for a deviation threshold to switch that check off. */
export const OFF_WORDS = new Set(['不提示', '关闭', '无', '否', '不设'].map(squeeze));

/** Typed in a parent-indicator id cell to say "this row has no indicator at this level" (blank means "same
 * as the row above"). */
export const NO_GROUP_WORDS = new Set(['/', '-', '—', '–', '——', '无']);

/** First cell of a totals row that offices add under the table. */
export const TOTAL_ROW_WORDS = new Set(['合计', '总计', '总分', '合计分值'].map(squeeze));

/** A row whose only text starts like this is a footnote under the table, not an indicator. */
export const NOTE_PREFIX = /^\s*(注|备注|说明)\s*[:：]?/;

export const describeChoices = <T extends string>(words: Vocabulary<T>): string => Object.values<string>(words.label).join('、');

export function lookupWord<T extends string>(words: Vocabulary<T>, text: string): T | undefined {
  return words.lookup.get(squeeze(text));
}
