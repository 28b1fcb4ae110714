// A synthetic review session of any size for the bench: W1 "a province's batch" and W2 "stress".
import type { Application } from '../model/application';
import type { Expert } from '../model/expert';
import type { PanelInput } from '../panel/run-panel';
import type { ScoreSheet } from '../scoring/score-sheet';
import { compileStandard } from '../standard/compile';
import type { Standard } from '../standard/schema';
import { seededRandom } from './seeded-random';
import { simulateSheet } from './simulate-sheet';

export interface SessionSize {
  applications: number;
  experts: number;
  seed: number;
}

export function syntheticSession(standard: Standard, size: SessionSize): PanelInput {
  const random = seededRandom(size.seed);
  const compiled = compileStandard(standard, 'qualification');
  const applications: Application[] = Array.from({ length: size.applications }, (_, i) => ({
    id: `A${i + 1}`,
    countyName: `县${i + 1}`,
    countyCode: String(990000 + i + 1),
    city: `市${(i % 12) + 1}`,
    poverty: i % 4 === 0,
    missingPrerequisites: [],
  }));
  const experts: Expert[] = Array.from({ length: size.experts }, (_, i) => ({
    id: `E${String(i + 1).padStart(2, '0')}`,
    name: `专家${i + 1}`,
    organisation: '',
    title: '',
    city: `市${(i % 12) + 1}`,
  }));
  const sheets: ScoreSheet[] = [];
  for (const app of applications) {
    const quality = 0.55 + 0.4 * random.unit();
    for (const expert of experts) {
      if (expert.city === app.city && random.unit() < 0.5) {
        sheets.push({ expertId: expert.id, applicationId: app.id, status: 'recused', recusalReason: '同市回避' });
        continue;
      }
      const simulated = { id: expert.id, bias: (random.unit() - 0.5) * 0.1, noise: 0.08 };
      sheets.push(simulateSheet(compiled, simulated, { applicationId: app.id, quality }, random));
    }
  }
  return {
    session: { name: `合成评审（${size.applications}×${size.experts}）`, stage: 'qualification' },
    standard,
    applications,
    experts,
    sheets,
    quota: { countyLevelDivisions: size.applications * 2, divisionsAsOf: '2026-01-01', capPercent: 40, alreadyGiven: 0 },
  };
}
