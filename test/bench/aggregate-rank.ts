// W1 "a province's batch" (for reference) and W2 "stress" (500 applications × 25 experts × 120 leaves):
// the whole aggregate + rank pipeline (validation, totals, aggregates, deviations, ranking, quota,
// preference, agreement) against JSON.parse of the same score data. Target ≤ 1.0×.
import sampleStandardJson from '../../shared/data/sample-standard.json';
import { syntheticSession } from '../../shared/demo/synthetic-session';
import { syntheticStandard } from '../../shared/demo/synthetic-standard';
import { runPanel, type PanelInput } from '../../shared/panel/run-panel';
import { standardSchema } from '../../shared/standard/schema';
import { medianMs, passes, say, verdict, type BenchWorkload } from './timing';

interface Case {
  name: string;
  input: PanelInput;
  target: number | null;
}

/** W2's session, also the data of the verify + merge workload. */
export const w2Session = (): PanelInput => syntheticSession(syntheticStandard(120), { applications: 500, experts: 25, seed: 2 });

function measure({ name, input: built, target }: Case): boolean {
  const text = JSON.stringify(built.sheets);
  // The pipeline runs on sheets as they arrive in practice: parsed from a file, not built in memory.
  const input: PanelInput = { ...built, sheets: JSON.parse(text) as PanelInput['sheets'] };
  const leaves = input.sheets.reduce((n, s) => n + (s.status === 'scored' ? Object.keys(s.values).length : 0), 0);
  // Warm both paths so the JIT has compiled them before timing.
  medianMs(2, () => JSON.parse(text));
  medianMs(2, () => runPanel(input));
  const parseMs = medianMs(9, () => JSON.parse(text));
  const pipelineMs = medianMs(9, () => runPanel(input));
  const ratio = pipelineMs / parseMs;
  say(
    `${name}: ${input.applications.length} applications × ${input.experts.length} experts, ${input.sheets.length} sheets, ` +
      `${leaves} values, ${(text.length / 1e6).toFixed(1)} MB JSON\n` +
      `  aggregate + rank ${pipelineMs.toFixed(1)} ms vs JSON.parse ${parseMs.toFixed(1)} ms → ${verdict(ratio, target)}`,
  );
  return passes(ratio, target);
}

export const aggregateRank: BenchWorkload = {
  id: 'aggregate-rank',
  run: () => {
    const sample = standardSchema.parse(sampleStandardJson);
    const cases: Case[] = [
      { name: 'W1 a province’s batch', input: syntheticSession(sample, { applications: 40, experts: 9, seed: 1 }), target: null },
      { name: 'W2 stress', input: w2Session(), target: 1.0 },
    ];
    return Promise.resolve(cases.map(measure).every(Boolean));
  },
};
