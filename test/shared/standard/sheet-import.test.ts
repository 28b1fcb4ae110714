import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import type { Problem } from '../../../shared/problems';
import { importStandardFromSheets } from '../../../shared/standard/sheet-import';
import { tinyStandard } from '../support/standards';
import { grid, gridsOfStandard, type CellInput } from './sheet-grids';
import sampleStandardJson from '../../../shared/data/sample-standard.json';
import { standardSchema } from '../../../shared/standard/schema';
import type { SheetGrid } from '../../../shared/standard/sheet-grid';
import { fingerprintOf } from '../../../shared/util/fingerprint';

const zh = (problems: readonly Problem[]): string[] => problems.map((p) => describeProblem('zh-CN', p));
const errorsOf = (problems: readonly Problem[]): string[] => zh(problems.filter((p) => p.severity === 'error'));

const HEADERS = [' 一级指标编号 ', '一级指标', '一级指标分值', '二级指标编号', '二级指标', '计分方式', '分值（满分）', '步长', '分档', '每次扣分', '适用阶段', '评分细则', '佐证材料'];

/**
 * The tiny test standard (test/shared/support/standards.ts) as an office would really type it: two title
 * lines, full-width letters and digits, numbers as text, "2分", a merged parent with a blank spacer row
 * inside it, an unmerged parent continued by blank cells, a totals line and a footnote.
 */
function messyIndicatorRows(): CellInput[][] {
  return [
    ['测试用创建标准'],
    ['（2026年修订稿）'],
    [...HEADERS],
    ['Ｐ', '必备条件', null, 'Ｐ１', '创新规划设计方案', '必备条件', null, null, null, null, '资格评审'],
    [],
    ['V', '一票否决项', '0', 'V1', '申报材料弄虚作假', '一票否决', 0],
    ['1', '设施网络', '１２', '1.1', '图书馆文化馆达标', '按分值', '５', '０．５'],
    [null, null, null, 1.2, '群众满意度', '分档', null, null, '优秀：5；达标:3, 未达标：0分'],
    [],
    [null, null, null, '1.3', '实施标准公布', '达标／不达标', '2分'],
    ['2', '服务效能', 8, '2.1', '群众文化活动', '按分值', '8', '0.5'],
    [null, null, null, '2.2', '佐证材料缺失', '扣分项', 1.5, null, null, '０.５'],
    ['B', '加分项', null, 'B1', '国家级称号', '加分项', 3, 0.5],
    ['合计', null, 20],
    ['注：本标准由省文化和旅游厅负责解释。'],
  ];
}
const MESSY_MERGES = ['A1:M1', 'A7:A10', 'B7:B10', 'C7:C10', 'A15:M15'];

function settingsRows(overrides: Record<string, CellInput> = {}): CellInput[][] {
  const values: Record<string, CellInput> = {
    标准名称: '测试用创建标准',
    版本: 'T-1',
    适用阶段: '资格评审，验收',
    '总分：': '２０分',
    加分上限: '2',
    等次: '优秀≥18；合格≥12',
    汇总方式: '去掉最高分和最低分后平均',
    去掉最高最低分的最少专家数: '5人',
    同分比较顺序: '2.1、1.2、1',
    脱贫县倾斜方式: '不倾斜',
    一票否决认定: '过半数',
    偏离提示分差: 3,
    偏离提示标准分: 2,
    ...overrides,
  };
  return [['创建标准设置'], ['项目', '内容', '填写说明'], ...Object.entries(values).map(([label, value]) => [label, value, '说明文字'])];
}

const importMessy = (indicatorRows = messyIndicatorRows(), settings = settingsRows(), merges = MESSY_MERGES) =>
  importStandardFromSheets([grid('指标', indicatorRows, merges), grid('设置', settings, ['A1:C1'])]);

/** The messy rows with row `row` (1-based, as in messages) changed by `edit`. */
function editRow(row: number, edit: (cells: CellInput[]) => void): CellInput[][] {
  const rows = messyIndicatorRows();
  const target = rows[row - 1];
  if (!target) throw new Error(`no row ${row}`);
  edit(target);
  return rows;
}
const setCell = (row: number, column: number, value: CellInput): CellInput[][] =>
  editRow(row, (cells) => {
    cells[column - 1] = value;
  });

describe('importStandardFromSheets: a realistically messy sheet', () => {
  it('reads title rows, merged and unmerged parents, spacer rows, full-width digits, numbers as text and "2分"', () => {
    const { standard, problems } = importMessy();
    expect(errorsOf(problems)).toEqual([]);
    expect(standard).toEqual(tinyStandard());
  });

  it('mentions the footnote it skipped, as a warning', () => {
    const { problems } = importMessy();
    expect(zh(problems)).toEqual(["工作表「指标」第15行：'注：本标准由省文化和旅游厅负责解释。' 看作表格下方的备注，已忽略"]);
    expect(problems[0]?.severity).toBe('warning');
  });

  it('sums a parent whose points are left blank (P, B) and checks one whose points are given', () => {
    const { problems } = importMessy(setCell(7, 3, '13'));
    expect(zh(problems)).toContain('指标 1「设施网络」的分值为 13，但其下级指标合计 12。');
    expect(problems.find((p) => p.code === 'standard.groupSumMismatch')?.where).toBe('1');
  });

  it('accepts a table without any title row, and the generic headers 编号 / 评分项', () => {
    const rows = messyIndicatorRows().slice(2);
    rows[0] = ['一级指标编号', '一级指标', '一级指标分值', '编号', '评分项', ...HEADERS.slice(5)];
    const merges = ['A5:A8', 'B5:B8', 'C5:C8', 'A13:M13'];
    const { standard, problems } = importMessy(rows, settingsRows(), merges);
    expect(errorsOf(problems)).toEqual([]);
    expect(standard).toEqual(tinyStandard());
  });

  it('reads a parent repeated on every row (no merging, no blanks) as one parent', () => {
    const rows = messyIndicatorRows();
    for (const row of [8, 10]) rows[row - 1]?.splice(0, 3, '1', '设施网络', 12);
    const { standard, problems } = importMessy(rows, settingsRows(), ['A1:M1']);
    expect(errorsOf(problems)).toEqual([]);
    expect(standard).toEqual(tinyStandard());
  });

  it('uses the settings defaults for policies left blank, saying so', () => {
    const settings = settingsRows({ 汇总方式: null, 一票否决认定: null }).filter((row) => row[0] !== '脱贫县倾斜方式');
    const { standard, problems } = importMessy(messyIndicatorRows(), settings);
    expect(standard?.aggregation).toEqual({ policy: 'trimmed', trimThreshold: 5 });
    expect(standard?.vetoConsensus).toBe('majority');
    expect(standard?.preference).toEqual({ kind: 'none' });
    expect(zh(problems)).toEqual(
      expect.arrayContaining([
        '工作表「设置」第9行 汇总方式：未填写，按默认“去掉最高分和最低分后平均”处理',
        '工作表「设置」没有设置项「脱贫县倾斜方式」，按默认“不倾斜”处理',
      ]),
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reads every preference rule and switched-off deviation checks', () => {
    const read = (kind: string, amount: CellInput) =>
      importMessy(messyIndicatorRows(), settingsRows({ 脱贫县倾斜方式: kind, 倾斜分值或名额: amount, 偏离提示分差: '不提示' })).standard;
    expect(read('总分加分', '1分')?.preference).toEqual({ kind: 'bonusPoints', points: 1 });
    expect(read('分差以内优先', 2)?.preference).toEqual({ kind: 'withinPoints', points: 2 });
    expect(read('预留名额', '２个')?.preference).toEqual({ kind: 'reservedPlaces', places: 2 });
    expect(read('预留名额', 2)?.deviation).toEqual({ absolute: null, z: 2 });
  });
});

describe('importStandardFromSheets: refused cells name the row and the column', () => {
  const errorsFor = (rows: CellInput[][], settings = settingsRows()) => errorsOf(importMessy(rows, settings).problems);

  it('refuses a points value it would have to guess', () => {
    expect(errorsFor(setCell(10, 7, '2分/项'))).toEqual(["工作表「指标」第10行 分值（满分）：'2分/项' 不是数字"]);
    expect(errorsFor(setCell(10, 7, '二分'))).toEqual(["工作表「指标」第10行 分值（满分）：'二分' 不是数字"]);
    expect(errorsFor(setCell(10, 7, '2,5'))).toEqual(["工作表「指标」第10行 分值（满分）：'2,5' 不是数字"]);
    expect(errorsFor(setCell(11, 8, 0))).toEqual(["工作表「指标」第11行 步长：'0' 必须大于 0"]);
    expect(errorsFor(setCell(7, 3, '-12'))).toEqual(["工作表「指标」第7行 一级指标分值：'-12' 不能为负数"]);
  });

  it('refuses an unknown kind and lists the kinds', () => {
    expect(errorsFor(setCell(11, 6, '打分制'))).toEqual([
      "工作表「指标」第11行 计分方式：'打分制' 不是可用的计分方式（可选：按分值、分档、达标/不达标、一票否决、必备条件、加分项、扣分项）",
    ]);
  });

  it('refuses missing required cells for the kind', () => {
    expect(errorsFor(setCell(11, 8, null))).toEqual(['工作表「指标」第11行 步长：未填写']);
    expect(errorsFor(setCell(12, 10, null))).toEqual(['工作表「指标」第12行 每次扣分：未填写']);
    expect(errorsFor(setCell(11, 6, null))).toEqual(['工作表「指标」第11行 计分方式：未填写']);
    expect(errorsFor(setCell(11, 5, null))).toEqual(['工作表「指标」第11行 二级指标：未填写']);
  });

  it('refuses a cell the kind does not use, instead of dropping it', () => {
    expect(errorsFor(setCell(10, 8, 0.5))).toEqual([
      "工作表「指标」第10行 步长：计分方式为「达标/不达标」时此列应留空（现为 '0.5'），请检查计分方式是否选错",
    ]);
    expect(errorsFor(setCell(11, 11, '验收'))).toEqual([
      "工作表「指标」第11行 适用阶段：计分方式为「按分值」时此列应留空（现为 '验收'），请检查计分方式是否选错",
    ]);
  });

  it('refuses bad ids, tiers and stages', () => {
    expect(errorsFor(setCell(11, 4, '二.1'))).toEqual(["工作表「指标」第11行 二级指标编号：'二.1' 不是有效的编号，编号只能由字母、数字和点组成，如 3.2"]);
    expect(errorsFor(setCell(8, 9, '优秀 5；达标:3'))).toEqual(["工作表「指标」第8行 分档：'优秀 5' 应写成“档次名:分数”，如 优秀:30"]);
    expect(errorsFor(setCell(8, 9, '优秀:5'))).toEqual(["工作表「指标」第8行 分档：'优秀:5' 至少要有两档，各档之间用分号隔开"]);
    expect(errorsFor(setCell(4, 11, '资格评审、终审'))).toEqual([
      "工作表「指标」第4行 适用阶段：'终审' 不是评审阶段（可选：资格评审、中期检查、验收、复查）",
    ]);
  });

  it('checks a tier item’s stated points against its best tier', () => {
    expect(errorsFor(setCell(8, 7, 4))).toEqual(['工作表「指标」第8行 分值（满分）：4 与分档中最高一档的 5 分不一致']);
  });

  it('refuses a points cell merged over several items', () => {
    const rows = setCell(11, 7, 4);
    rows[11]![6] = null;
    expect(errorsOf(importMessy(rows, settingsRows(), [...MESSY_MERGES, 'G11:G12']).problems)).toEqual([
      '工作表「指标」第12行 分值（满分）：与第11行合并了单元格；每个评分项的这一列须单独填写，请取消合并',
    ]);
  });

  it('refuses a parent split into two places, or restated differently', () => {
    expect(errorsFor(setCell(13, 1, '1'))).toEqual([
      '工作表「指标」第13行 一级指标编号：指标 1 已在第7行出现，同一指标的各行必须相邻',
      "工作表「指标」第13行 一级指标：'加分项' 与第7行的 '设施网络' 不一致（同一指标 1）",
    ]);
    expect(errorsFor(editRow(12, (cells) => cells.splice(0, 3, '2', '服务效能评价', 8)))).toEqual([
      "工作表「指标」第12行 一级指标：'服务效能评价' 与第11行的 '服务效能' 不一致（同一指标 2）",
    ]);
  });

  it('refuses a parent name typed without its id', () => {
    expect(errorsFor(setCell(12, 2, '服务效能'))).toEqual(['工作表「指标」第12行 一级指标编号：未填写']);
  });

  it('checks a totals line against the settings total', () => {
    expect(errorsFor(setCell(14, 3, 25))).toEqual(['工作表「指标」第14行 合计：25 与设置中的总分 20 不一致']);
  });

  it('refuses bad settings, naming the settings row and label', () => {
    expect(errorsFor(messyIndicatorRows(), settingsRows({ '总分：': '一百' }))).toEqual(["工作表「设置」第6行 总分：'一百' 不是数字"]);
    expect(errorsFor(messyIndicatorRows(), settingsRows({ 汇总方式: '加权平均' }))).toEqual([
      "工作表「设置」第9行 汇总方式：'加权平均' 不是可选项（可选：去掉最高分和最低分后平均、平均、中位数）",
    ]);
    expect(errorsFor(messyIndicatorRows(), settingsRows({ 去掉最高最低分的最少专家数: 4.5 }))).toEqual([
      "工作表「设置」第10行 去掉最高最低分的最少专家数：'4.5' 应为不小于 3 的整数",
    ]);
    expect(errorsFor(messyIndicatorRows(), settingsRows({ 脱贫县倾斜方式: '预留名额' }))).toEqual(['工作表「设置」缺少设置项「倾斜分值或名额」']);
    expect(errorsFor(messyIndicatorRows(), settingsRows({ 版本: null }))).toEqual(['工作表「设置」第4行 版本：未填写']);
    const noTitle = settingsRows().filter((row) => row[0] !== '标准名称');
    expect(errorsFor(messyIndicatorRows(), noTitle)).toEqual(['工作表「设置」缺少设置项「标准名称」']);
  });

  it('still reports semantic problems by indicator id once the cells are clean', () => {
    const { standard, problems } = importMessy(setCell(11, 7, '7'));
    expect(standard).toBeNull();
    expect(problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.where])).toEqual([['standard.groupSumMismatch', '2']]);
    expect(zh(problems)).toContain('指标 2「服务效能」的分值为 8，但其下级指标合计 7。');
  });

  it('reports every refused cell at once, and skips the semantic checks then', () => {
    const rows = setCell(7, 7, '五');
    rows[9]![6] = '2分/项';
    const { standard, problems } = importMessy(rows);
    expect(standard).toBeNull();
    expect(errorsOf(problems)).toEqual(["工作表「指标」第7行 分值（满分）：'五' 不是数字", "工作表「指标」第10行 分值（满分）：'2分/项' 不是数字"]);
  });
});

describe('importStandardFromSheets: the shape of the workbook', () => {
  it('needs an indicator sheet and a settings sheet', () => {
    expect(errorsOf(importStandardFromSheets([grid('Sheet1', [['随便什么']])]).problems)).toEqual([
      '没有找到指标表：工作簿中没有一张工作表含有“二级指标编号”（或“编号”）和“计分方式”等表头。请使用评审台导出的模板。',
    ]);
    expect(errorsOf(importStandardFromSheets([grid('指标', messyIndicatorRows(), MESSY_MERGES)]).problems)).toEqual([
      '没有找到「设置」工作表（标准名称、版本、总分等）。请使用评审台导出的模板。',
    ]);
  });

  it('finds the sheets by content when they were renamed', () => {
    const { standard } = importStandardFromSheets([grid('参数', settingsRows()), grid('评分细则', messyIndicatorRows(), MESSY_MERGES)]);
    expect(standard).toEqual(tinyStandard());
  });

  it('reports duplicate and missing columns, and warns about columns it does not know', () => {
    const headers = [...HEADERS];
    headers[7] = '分值';
    const duplicate = importMessy(editRow(3, (cells) => cells.splice(0, cells.length, ...headers)));
    expect(errorsOf(duplicate.problems)).toEqual(['工作表「指标」第3行：表头「分值」与 G 列重复（H 列），请删去或改名其中一列']);

    const noTiers = importMessy(editRow(3, (cells) => (cells[8] = '档位说明')));
    expect(zh(noTiers.problems)).toEqual(
      expect.arrayContaining(['工作表「指标」第3行：表头「档位说明」不是模板中的列，该列内容已忽略', '工作表「指标」缺少「分档」列']),
    );
  });

  it('needs ids on every parent level the header declares', () => {
    const rows = editRow(3, (cells) => (cells[0] = '序号'));
    expect(errorsOf(importMessy(rows).problems)).toEqual(['工作表「指标」缺少「一级指标编号」列']);
  });
});

describe('importStandardFromSheets: parents at several levels', () => {
  const header = ['一级指标编号', '一级指标', '一级指标分值', '二级指标编号', '二级指标', '二级指标分值', '编号', '评分项', '计分方式', '分值', '步长'];
  const levelsSettings = settingsRows({ '总分：': 10, 加分上限: 0, 等次: null, 同分比较顺序: null });

  it('reads “/” as "no parent at this level", and a blank as "same as above"', () => {
    const rows: CellInput[][] = [
      header,
      ['1', '设施', 10, '1.1', '场馆', 6, '1.1.1', '图书馆', '按分值', 4, 1],
      [null, null, null, null, null, null, '1.1.2', '文化馆', '按分值', 2, 1],
      [null, null, null, '/', null, null, '1.2', '站点', '按分值', 4, 1],
    ];
    const { standard, problems } = importStandardFromSheets([grid('指标', rows), grid('设置', levelsSettings)]);
    expect(errorsOf(problems)).toEqual([]);
    expect(standard?.indicators.map((node) => ('children' in node ? node.children.map((c) => c.id) : node.id))).toEqual([['1.1', '1.2']]);
  });

  it('refuses a deeper parent under a “/”', () => {
    const rows: CellInput[][] = [
      header,
      ['1', '设施', 10, '1.1', '场馆', 10, '1.1.1', '图书馆', '按分值', 10, 1],
      ['/', null, null, '2.1', '站点', 0, '2.1.1', '文化站', '一票否决'],
    ];
    const { problems } = importStandardFromSheets([grid('指标', rows), grid('设置', levelsSettings)]);
    expect(errorsOf(problems)).toEqual(['工作表「指标」第3行 二级指标编号：上一级指标为空或为“/”，不能填写下一级指标']);
  });

  it('refuses a parent row without any item under it', () => {
    const rows: CellInput[][] = [
      header,
      ['1', '设施', 10, '1.1', '场馆', 10, '1.1.1', '图书馆', '按分值', 10, 1],
      ['2', '服务', 0],
    ];
    const { problems } = importStandardFromSheets([grid('指标', rows), grid('设置', levelsSettings)]);
    expect(errorsOf(problems)).toEqual(['工作表「指标」第3行 一级指标编号：指标 2 下面没有任何评分项']);
  });
});

describe('importStandardFromSheets: the 材料类型 of a prerequisite', () => {
  const sample = standardSchema.parse(sampleStandardJson);
  const withRoleText = (text: string): SheetGrid[] => {
    const [indicators, settings] = gridsOfStandard(sample);
    if (!indicators || !settings) throw new Error('no grids');
    const cell = indicators.rows.flatMap((r) => r.cells).find((c) => c.value === 'innovationPlan');
    if (!cell) throw new Error('template has no innovationPlan cell');
    cell.value = text;
    return [indicators, settings];
  };

  it('accepts the Chinese name office staff write', () => {
    const { standard, problems } = importStandardFromSheets(withRoleText('创新规划设计方案'));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(fingerprintOf(standard)).toBe(fingerprintOf(sample));
  });

  it('refuses an unknown one, naming the codes it accepts', () => {
    const { standard, problems } = importStandardFromSheets(withRoleText('市级推荐函'));
    expect(standard).toBeNull();
    expect(problems.map((p) => describeProblem('zh-CN', p)).join('\n')).toContain('applicationForm, innovationPlan, evidence, selfAssessment');
  });
});
