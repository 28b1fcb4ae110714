// The layer rules of DESIGN.md §1 fire on planted violations (test/fixtures/layers/) and pass on the real
// tree, so a wrong import fails `npm test`, not a code review.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const fixtureRoot = join(root, 'test/fixtures/layers');
const require = createRequire(import.meta.url);
const projectConfig = require(join(root, '.dependency-cruiser.cjs')) as IConfiguration;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The rule each planted file must break, from its first line (`// rule: name` or `// rule: none`). */
function expectedRule(path: string): string {
  const match = /^\/\/ rule: (\S+)/.exec(readFileSync(path, 'utf8'));
  if (!match?.[1]) throw new Error(`${path} has no "// rule:" line`);
  return match[1];
}

async function cruiseAt(baseDir: string, folders: string[], exclude: string[]): Promise<ICruiseResult> {
  const options = projectConfig.options ?? {};
  const result = await cruise(
    folders,
    {
      ...options,
      validate: true,
      ruleSet: { forbidden: projectConfig.forbidden ?? [] },
      baseDir,
      exclude: { path: exclude.length > 0 ? exclude : ['^$'] },
      doNotFollow: { path: 'node_modules' },
    },
    { extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'], modules: [join(root, 'node_modules')] },
  );
  if (typeof result.output === 'string') throw new Error(result.output);
  return result.output;
}

function violationsByFile(result: ICruiseResult): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const violation of result.summary.violations) {
    const rules = out.get(violation.from) ?? new Set<string>();
    rules.add(violation.rule.name);
    out.set(violation.from, rules);
  }
  return out;
}

describe('layer rules', () => {
  it('fire on every planted violation and only there', async () => {
    const result = await cruiseAt(fixtureRoot, ['shared', 'electron', 'renderer'], []);
    const found = violationsByFile(result);
    const files = filesUnder(fixtureRoot);
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const name = relative(fixtureRoot, file);
      const rule = expectedRule(file);
      if (rule === 'none') expect(found.get(name), name).toBeUndefined();
      else expect([...(found.get(name) ?? [])], name).toEqual([rule]);
    }
  });

  it('pass on the project itself', async () => {
    const result = await cruiseAt(root, ['shared', 'electron', 'renderer'], ['^test/fixtures/layers/']);
    expect(result.summary.violations.map((v) => `${v.from} → ${v.to}: ${v.rule.name}`)).toEqual([]);
    expect(result.summary.totalCruised).toBeGreaterThan(20);
  });
});
