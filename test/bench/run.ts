// `npm run bench`: each figure as a ratio against a peer measured in the same run, never a wall-clock
// limit. W2 "stress" (500 applications × 25 experts × 120 leaves): the whole aggregate + rank pipeline
// (validation, totals, aggregates, deviations, ranking, quota, preference, agreement) against JSON.parse
// of the same score data. Target ≤ 1.0×. W1 "a province's batch" is printed for reference.
import sampleStandardJson from '../../shared/data/sample-standard.json';
import { syntheticSession } from '../../shared/demo/synthetic-session';
import { syntheticStandard } from '../../shared/demo/synthetic-standard';
import { runPanel, type PanelInput } from '../../shared/panel/run-panel';
import { standardSchema } from '../../shared/standard/schema';

function medianMs(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

interface Workload {
  name: string;
  input: PanelInput;
  target: number | null;
}

function measure({ name, input: built, target }: Workload): boolean {
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
  const verdict = target === null ? '(reference)' : ratio <= target ? `≤ ${target.toFixed(1)}× target: PASS` : `> ${target.toFixed(1)}× target: FAIL`;
  process.stdout.write(
    `${name}: ${input.applications.length} applications × ${input.experts.length} experts, ${input.sheets.length} sheets, ` +
      `${leaves} values, ${(text.length / 1e6).toFixed(1)} MB JSON\n` +
      `  aggregate + rank ${pipelineMs.toFixed(1)} ms vs JSON.parse ${parseMs.toFixed(1)} ms → ratio ${ratio.toFixed(2)}× ${verdict}\n`,
  );
  return target === null || ratio <= target;
}

const sample = standardSchema.parse(sampleStandardJson);
const workloads: Workload[] = [
  { name: 'W1 a province’s batch', input: syntheticSession(sample, { applications: 40, experts: 9, seed: 1 }), target: null },
  { name: 'W2 stress', input: syntheticSession(syntheticStandard(120), { applications: 500, experts: 25, seed: 2 }), target: 1.0 },
];
const allPass = workloads.map(measure).every(Boolean);
process.exitCode = allPass ? 0 : 1;
