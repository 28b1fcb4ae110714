// The expert workspace's figures in a real browser (test/bench/expert-panel.ts loads this page in Chromium):
// the first render of the scoring panel for a 120-indicator standard, from nothing to laid out, and the
// latency of a score change until its strict-durability IndexedDB transaction has committed, over 500
// changes. Built by Vite like the app; results are published on window for the bench to read.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { syntheticStandard } from '../../shared/demo/synthetic-standard';
import type { ScoreSheet } from '../../shared/scoring/score-sheet';
import { compileStandard } from '../../shared/standard/compile';
import { probeDurableWrites } from '../src/db/durable-write-probe';
import { ExpertDatabase } from '../src/db/expert-database';
import { ScoringPanel } from '../src/scoring/ScoringPanel';
import { emptyScoredSheet } from '../src/scoring/sheet-edit';

export interface ExpertBenchResult {
  indicators: number;
  firstRenderMs: number;
  changes: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

declare global {
  interface Window {
    expertBench?: Promise<ExpertBenchResult>;
  }
}

async function run(): Promise<ExpertBenchResult> {
  const compiled = compileStandard(syntheticStandard(120), 'qualification');
  const sheet: ScoreSheet = emptyScoredSheet('E01', 'A1');
  const app = document.getElementById('app') ?? document.body;
  const start = performance.now();
  const root = createRoot(app);
  flushSync(() => root.render(<ScoringPanel compiled={compiled} sheet={sheet} onChange={() => undefined} locale="zh-CN" />));
  // Reading a layout property makes the browser compute styles and layout now, so the figure includes them.
  void app.getBoundingClientRect().height;
  const firstRenderMs = performance.now() - start;

  const points = compiled.leaves.find((leaf) => leaf.kind === 'points');
  if (!points) throw new Error('the synthetic standard has no points leaf');
  const db = new ExpertDatabase(`bench-${crypto.randomUUID()}`);
  const probe = await probeDurableWrites(db, { sessionId: 'bench', sheet: emptyScoredSheet('E01', 'A1'), indicatorId: points.id, changes: 500 });
  db.close();
  return { indicators: compiled.leaves.length, firstRenderMs, changes: probe.latenciesMs.length, p50Ms: probe.p50Ms, p95Ms: probe.p95Ms, maxMs: probe.maxMs };
}

window.expertBench = run();
