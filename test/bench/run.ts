// `npm run bench`: each figure as a ratio against a peer measured in the same run (or against a limit),
// never a wall-clock limit. The exit code is non-zero when any target is missed. Workloads, one file each:
//   aggregate-rank  W1 (reference) and W2 "stress": aggregate + rank vs JSON.parse, target ≤ 1.0×
//   verify-merge    V2: read + verify 25 signed scores files, classify, merge vs JSON.parse, target ≤ 3.0×
//   package-import  P1: import a 1 GiB package vs unzip + sha256sum, target ≤ 1.5×; peak RSS ≤ 300 MB
//   reports         R2: W2's review report + application summaries (PDF) vs LibreOffice printing our workbook,
//                   target ≤ 0.5×; the workbook ≤ 10 s; peak RSS printed
//   expert-panel    E1: in Chromium, the scoring panel's first render (120 indicators) ≤ 300 ms and a score
//                   change durable in IndexedDB ≤ 30 ms p95 over 500 changes
// `npm run bench -- --only package-import` (or a comma-separated list) runs only those; P1 takes minutes.
import { aggregateRank } from './aggregate-rank';
import { packageImport } from './package-import';
import { reports } from './reports';
import { expertPanel } from './expert-panel';
import { say, type BenchWorkload } from './timing';
import { verifyMerge } from './verify-merge';

const WORKLOADS: BenchWorkload[] = [aggregateRank, verifyMerge, packageImport, reports, expertPanel];

/** The workloads `--only a,b` (or `--only=a,b`, or repeated) names; all of them without it. */
function selected(argv: readonly string[]): BenchWorkload[] {
  const names: string[] = [];
  argv.forEach((argument, index) => {
    if (argument === '--only') names.push(...(argv[index + 1] ?? '').split(','));
    else if (argument.startsWith('--only=')) names.push(...argument.slice('--only='.length).split(','));
  });
  const wanted = names.map((name) => name.trim()).filter((name) => name !== '');
  if (argv.includes('--only') && wanted.length === 0) throw new Error('--only needs a workload name');
  const unknown = wanted.filter((name) => !WORKLOADS.some((workload) => workload.id === name));
  if (unknown.length > 0) {
    throw new Error(`unknown workload ${unknown.join(', ')}; known: ${WORKLOADS.map((workload) => workload.id).join(', ')}`);
  }
  return wanted.length === 0 ? WORKLOADS : WORKLOADS.filter((workload) => wanted.includes(workload.id));
}

const start = performance.now();
let allPass = true;
for (const workload of selected(process.argv.slice(2))) {
  // Sequential: each workload has the machine to itself.
  if (!(await workload.run())) allPass = false;
}
say(`bench: ${allPass ? 'every target met' : 'some target missed'} (${((performance.now() - start) / 1000).toFixed(0)} s)`);
process.exitCode = allPass ? 0 : 1;
