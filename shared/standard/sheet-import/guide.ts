// The text of the template's guide sheet (说明), written for office staff who know Excel or WPS but not the
// software. It is part of the Chinese template like the headers it explains, so it lives beside them
// rather than in the UI locale files, and it is generated from the same column and setting lists, so
// the guide cannot drift from what the importer reads.
import type { LeafKind } from '../schema';
import { LEAF_COLUMNS } from './columns';
import { SETTINGS } from './setting-labels';
import { KIND_WORDS } from './words';

export type GuideLineStyle = 'title' | 'section' | 'text' | 'term';
export interface GuideLine {
  style: GuideLineStyle;
  /** For `term` lines: the word explained (a column, a kind, a setting). */
  term?: string;
  text: string;
}

const KIND_HELP: Record<LeafKind, string> = {
  points: '专家在 0 到满分之间按步长打分。填：分值（满分）、步长。',
  tiers: '专家选择其中一档，得该档分数。填：分档；分值可填最高一档的分数，也可不填。',
  passFail: '达标得“分值”列的分数，不达标得 0 分。填：分值。',
  veto: '不计分；认定不通过即取消资格（几位专家认定才算，见设置表“一票否决认定”）。可填：适用阶段。',
  prerequisite: '不计分；不具备则不进入专家评分，如未提交创新规划设计方案。可填：适用阶段、材料类型。',
  bonus: '在 0 到“分值”之间按步长加分；所有加分项合计不超过设置表的“加分上限”。填：分值、步长。',
  deduction: '每出现一次扣“每次扣分”列的分数，本项最多扣“分值”列的分数。填：分值、每次扣分。',
};

const HOW_TO: readonly string[] = [
  '本工作簿用于编写创建标准（评分细则）：“指标”表填写各项指标，“设置”表填写标准名称、版本、总分、等次等。填好后在评审台中导入；也可以用命令 npm run cli -- standard-check 文件名.xlsx 检查。',
  '模板已按示例标准填好，可直接在其上修改。“指标”表第一行的标题可以改写或删除；表头那一行请不要改动。',
  '每个评分项（末级指标）占一行。一级指标的编号、名称、分值可以合并单元格，覆盖其下各评分项的行；不合并时只在第一行填写、下面几行留空，也视为同一个一级指标。',
  '某个评分项没有上级指标时，在上级指标编号格中填“/”（留空表示“与上一行相同”）。',
  '上级指标的分值可以不填，自动按下级合计；填写时必须与下级合计一致。一票否决、必备条件、加分项所在的上级指标分值为 0。',
  '可以插入空行分隔各部分；表格下方以“注：”开头的说明行会被忽略；“合计”行会与设置表中的总分核对。',
  '数字可以用全角（４．５）或半角（4.5），可以带“分”字（4分）。其他写法（如“四分”“4分/项”“50%”）不会被猜测，导入时会指出第几行哪一列需要修改。',
  '编号列已设为文本格式，请保持文本格式，否则 Excel 会把 3.10 变成 3.1。',
  '不要合并评分项的编号、名称、分值、每次扣分单元格：每个评分项须各自填写。评分细则、佐证材料等说明性的列可以合并。',
];

export function guideLines(): GuideLine[] {
  return [
    { style: 'title', text: '创建标准模板填写说明' },
    { style: 'section', text: '一、怎么填' },
    ...HOW_TO.map((text, i): GuideLine => ({ style: 'text', text: `${i + 1}. ${text}` })),
    { style: 'section', text: '二、“指标”表各列' },
    { style: 'term', term: '一级指标编号 / 一级指标 / 一级指标分值', text: '上级指标的编号、名称、分值，可合并单元格。有三级指标时，依次还有二级指标编号、二级指标、二级指标分值三列。' },
    { style: 'term', term: '二级指标编号 / 二级指标', text: '最末一级（评分项）的编号和名称。表头写作“编号”“评分项”也可以。' },
    ...LEAF_COLUMNS.filter((spec) => spec.field !== 'id' && spec.field !== 'name').map((spec): GuideLine => ({ style: 'term', term: spec.header, text: spec.help })),
    { style: 'section', text: '三、计分方式' },
    ...(Object.keys(KIND_HELP) as LeafKind[]).map((kind): GuideLine => ({ style: 'term', term: KIND_WORDS.label[kind], text: KIND_HELP[kind] })),
    { style: 'section', text: '四、“设置”表各项' },
    ...SETTINGS.map((spec): GuideLine => ({ style: 'term', term: spec.label, text: spec.help })),
  ];
}
