// The deterministic demo session: 示例省's second batch of qualification reviews with 12 applications
// (one without an innovation plan, one failing a veto), 7 experts (one recusal by same city, one outlier),
// simulated score sheets, and the bundled sample standard. Same seed, same session, every run.
import sampleStandardJson from '../data/sample-standard.json';
import type { Application } from '../model/application';
import type { Expert } from '../model/expert';
import type { PanelInput } from '../panel/run-panel';
import type { ScoreSheet } from '../scoring/score-sheet';
import { compileStandard } from '../standard/compile';
import { standardSchema } from '../standard/schema';
import { SAMPLE_PROVINCE } from './sample-province';
import { seededRandom } from './seeded-random';
import { simulateSheet, type SimulatedExpert } from './simulate-sheet';

export const DEMO_SEED = 20261127;

/** County code → how good its application is (0..1). */
const APPLICANTS: ReadonlyArray<[string, number]> = [
  ['990102', 0.93],
  ['990103', 0.83], // poverty-alleviated, just below the cut line
  ['990203', 0.9],
  ['990204', 0.845], // poverty-alleviated, within reach of the cut line
  ['990205', 0.86],
  ['990302', 0.88], // poverty-alleviated
  ['990304', 0.82],
  ['990402', 0.91], // the only applicant from 海宁湾市: expert E3 recuses
  ['990502', 0.7], // poverty-alleviated
  ['990504', 0.95], // fails veto V2
  ['990505', 0.87],
  ['990106', 0.8], // no innovation plan: not scored
];
const NO_PLAN = '990106';
const VETOED = '990504';

const EXPERTS: ReadonlyArray<Expert & { bias: number; noise: number }> = [
  { id: 'E1', name: '张明华', organisation: '示例省图书馆', title: '研究馆员', city: '省直', bias: 0, noise: 0.06 },
  { id: 'E2', name: '李秀英', organisation: '示例省文化馆', title: '研究馆员', city: '省直', bias: -0.03, noise: 0.06 },
  { id: 'E3', name: '王建国', organisation: '海宁湾大学', title: '教授', city: '海宁湾市', bias: 0.02, noise: 0.07 },
  { id: 'E4', name: '陈丽', organisation: '示例省群众艺术馆', title: '副研究馆员', city: '省直', bias: -0.05, noise: 0.05 },
  { id: 'E5', name: '刘洋', organisation: '示例省社会科学院', title: '研究员', city: '省直', bias: 0.01, noise: 0.06 },
  { id: 'E6', name: '赵敏', organisation: '示例师范大学', title: '副教授', city: '省直', bias: 0.03, noise: 0.06 },
  // The outlier: far more lenient and erratic than the rest of the panel.
  { id: 'E7', name: '孙志强', organisation: '示例文化发展研究中心', title: '高级经济师', city: '省直', bias: 0.16, noise: 0.12 },
];

export function buildDemoSession(): PanelInput {
  const standard = standardSchema.parse(sampleStandardJson);
  const compiled = compileStandard(standard, 'qualification');
  const random = seededRandom(DEMO_SEED);
  const counties = new Map(SAMPLE_PROVINCE.counties.map((c) => [c.code, c]));
  const applications: Application[] = APPLICANTS.map(([code], i) => {
    const county = counties.get(code);
    if (!county) throw new Error(`demo county ${code} is not in the sample province`);
    return {
      id: `A${String(i + 1).padStart(2, '0')}`,
      countyName: county.name,
      countyCode: county.code,
      city: county.city,
      poverty: county.poverty,
      batch: 2,
      missingPrerequisites: code === NO_PLAN ? ['P1'] : [],
    };
  });
  const experts: Expert[] = EXPERTS.map(({ bias: _bias, noise: _noise, ...expert }) => expert);
  const sheets: ScoreSheet[] = [];
  for (const [index, [code, quality]] of APPLICANTS.entries()) {
    const app = applications[index];
    if (!app || code === NO_PLAN) continue;
    for (const expert of EXPERTS) {
      if (expert.city === app.city) {
        sheets.push({ expertId: expert.id, applicationId: app.id, status: 'recused', recusalReason: `本人工作单位与申报县同属${app.city}，按规定回避` });
        continue;
      }
      const simulated: SimulatedExpert = { id: expert.id, bias: expert.bias, noise: expert.noise };
      const vetoFailures = code === VETOED && expert.id !== 'E7'
        ? [{ leafId: 'V2', reason: '县文化馆馆舍被挤占用作办公场所已逾一年，至今未恢复开放。' }]
        : [];
      sheets.push(simulateSheet(compiled, simulated, { applicationId: app.id, quality, vetoFailures }, random));
    }
  }
  return {
    session: { name: `${SAMPLE_PROVINCE.name}第二批公共文化服务高质量发展示范县（区）创建资格评审`, stage: 'qualification', batch: 2 },
    standard,
    applications,
    experts,
    sheets,
    quota: {
      countyLevelDivisions: SAMPLE_PROVINCE.countyLevelDivisions,
      divisionsAsOf: SAMPLE_PROVINCE.divisionsAsOf,
      capPercent: 40,
      rounding: 'floor',
      alreadyGiven: SAMPLE_PROVINCE.firstBatchPlaces,
    },
  };
}
