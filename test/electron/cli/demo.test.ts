// `npm run demo` end to end through the CLI command: the files it writes and the list it prints.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import type { PanelResults } from '../../../shared/panel/results';
import { listOf, quotaOf } from '../../shared/support/list-of';

async function runDemo(...extra: string[]): Promise<{ code: number; out: string[]; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'rd-demo-'));
  const out: string[] = [];
  const code = await runCli(['demo', '--out', dir, ...extra], { out: (line) => out.push(line), err: (line) => out.push(line) });
  return { code, out, dir };
}

describe('demo command', () => {
  it('writes results.json, the session input and the four reports, and prints the suggestion list in Chinese', { timeout: 60_000 }, async () => {
    const { code, out, dir } = await runDemo();
    expect(code).toBe(0);
    const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as PanelResults;
    expect(results.format).toBe('review-desk/results');
    expect(results.applications).toHaveLength(12);
    expect(listOf(results).entries).toHaveLength(quotaOf(results).places);
    const input = JSON.parse(readFileSync(join(dir, 'session-input.json'), 'utf8')) as { sheets: unknown[] };
    expect(input.sheets.length).toBeGreaterThan(60);

    const text = out.join('\n');
    expect(text).toContain(`建议名单（${quotaOf(results).places} 个名额，列入 ${quotaOf(results).places} 个）`);
    for (const entry of listOf(results).entries) expect(text).toContain(entry.countyName);
    expect(text).toContain('—— 分数线：');
    expect(text).toContain('一票否决');
    expect(text).toContain('不进入专家评分');
    expect(text).toContain('回避：');
    expect(text).toMatch(/ICC\(2,1\) = 0\.\d{3}/);
    for (const name of ['评审报告.pdf', '申报评审汇总.pdf', '专家评分表.pdf', '评审数据.xlsx']) {
      expect(readFileSync(join(dir, name)).length).toBeGreaterThan(50_000);
      expect(text).toContain(`已写入并核对：${join(dir, name)}`);
    }
    expect(text).toMatch(/数据指纹：[0-9A-F]{4}( [0-9A-F]{4}){15}/);
  });

  it('prints the same results in English with --en', async () => {
    const { code, out } = await runDemo('--en', '--no-reports');
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('Suggestion list (8 places, 8 listed)');
  });

  it('builds the same results on every run', async () => {
    const first = await runDemo('--no-reports');
    const second = await runDemo('--no-reports');
    expect(readFileSync(join(first.dir, 'results.json'), 'utf8')).toBe(readFileSync(join(second.dir, 'results.json'), 'utf8'));
  });

  it('answers an unknown command with the usage and exit code 2', async () => {
    const out: string[] = [];
    const code = await runCli(['no-such-command'], { out: (l) => out.push(l), err: (l) => out.push(l) });
    expect(code).toBe(2);
    expect(out.join('\n')).toContain('可用命令：demo, standard-template, standard-check, pack');
  });
});
