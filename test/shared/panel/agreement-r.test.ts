// The stored R fixtures are what R computes today: re-run the R script into a temporary file and compare
// the statistics. Runs wherever Rscript with psych is installed (CI installs it); elsewhere it says why
// it is skipped, and agreement.test.ts still checks the code against the stored values.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const hasRWithPsych = ((): boolean => {
  try {
    execFileSync('Rscript', ['-e', 'library(psych); library(jsonlite)'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

interface Fixture {
  results: Array<Record<string, unknown> & { name: string }>;
}

describe('R fixtures for panel agreement', () => {
  it.skipIf(!hasRWithPsych && !process.env.CI)('are reproduced exactly by the R script', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rd-stats-')), 'expected.json');
    execFileSync('Rscript', ['test/fixtures/stats/make-stats-fixtures.R', out], { cwd: root, stdio: 'pipe' });
    const fresh = JSON.parse(readFileSync(out, 'utf8')) as Fixture;
    const stored = JSON.parse(readFileSync(join(root, 'test/fixtures/stats/expected.json'), 'utf8')) as Fixture;
    expect(fresh.results.length).toBeGreaterThanOrEqual(5);
    expect(fresh.results).toEqual(stored.results);
  });
});
