// `programme status` on a real data directory (programme-fixture.ts): one row per county with its batch, state,
// last step (date, 文号) and what is due next (date, days left or overdue, exactly as the host counts them),
// in columns that line up under the header in display width; the quota's working once its base is set; the
// overdue progress reports; `--json` as the host's own answer; and the refusals — no office key (exit 1 with
// the host's sentence and the command that makes a key), an expert's key, options that do not belong.
import { beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../../electron/cli/text-columns';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import { join } from 'node:path';
import { tempDir } from '../office/exchange-fixtures';
import { cli, FUPING, hostCall, LINXI, programmeDir, QINGHE, QINGHE_RETENTION, type ProgrammeDir } from './programme-fixture';

type Overview = Extract<HostResult<'programmeOverview'>, { ok: true }>;

/** Display column where `needle` starts in `line`; -1 when absent. */
const columnOf = (line: string, needle: string): number => {
  const at = line.indexOf(needle);
  return at < 0 ? -1 : displayWidth(line.slice(0, at));
};

describe('programme status', () => {
  let dir: ProgrammeDir;
  beforeAll(async () => {
    dir = await programmeDir();
    await dir.setQuota();
  }, 60_000);

  it('prints every county in aligned columns with its last step and what is due next, as the host counts it', async () => {
    const run = await cli('programme', 'status', '--data-dir', dir.dataDir);
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]);
    const overview = await hostCall(dir.target, 'programmeOverview', {});
    expect(run.out[0]).toBe(`示范县创建工作总览（截至 ${overview.today}，北京时间），共 3 个县`);
    const header = run.out[1] ?? '';
    expect(header).toMatch(/^行政区划代码\s+县名\s+批次\s+状态\s+最近日期\s+最近一步\s+文号\s+下一步\s+应完成日期\s+剩余\/逾期$/);
    const rowOf = (code: string): string => run.out.find((line) => line.startsWith(code)) ?? '';

    const qinghe = rowOf(QINGHE.code);
    for (const cell of ['清河县', '第1批', '整改中', QINGHE_RETENTION.date, '同意保留创建资格半年整改', QINGHE_RETENTION.documentNumber]) expect(qinghe).toContain(cell);
    expect(rowOf(LINXI.code)).toMatch(/^130535\s+临西县\s+第3批\s+已申报\s+—\s+—\s+—\s+/);

    // What is due next and the days, from the host's own reading of today: left or overdue, never recounted.
    for (const county of overview.counties) {
      const row = rowOf(county.code);
      expect(row).toContain(county.stateLabel);
      if (county.nextDue.kind !== 'dated') continue;
      const { dueDate, daysLeft } = county.nextDue;
      expect(row).toContain(dueDate);
      expect(row).toContain(daysLeft < 0 ? `已逾期 ${-daysLeft} 天` : `还有 ${daysLeft} 天`);
      // Each cell starts under its heading, Chinese cells counting two columns.
      expect(columnOf(row, dueDate)).toBe(columnOf(header, '应完成日期'));
    }
    for (const heading of ['县名', '批次', '状态']) {
      const column = columnOf(header, heading);
      const cell = { 县名: (c: Overview['counties'][number]) => c.name, 批次: (c: Overview['counties'][number]) => `第${c.batch}批`, 状态: (c: Overview['counties'][number]) => c.stateLabel }[heading];
      for (const county of overview.counties) expect(columnOf(rowOf(county.code), cell?.(county) ?? '?')).toBe(column);
    }
    expect(overview.counties.some((county) => county.nextDue.kind === 'dated')).toBe(true);
  });

  it('then gives the quota’s working and the overdue progress reports, as the host phrased them', async () => {
    const run = await cli('programme', 'status', '--data-dir', dir.dataDir);
    const overview = await hostCall(dir.target, 'programmeOverview', {});
    const after = (heading: string): string[] => {
      const at = run.out.findIndex((line) => line.startsWith(heading));
      expect(at).toBeGreaterThan(0);
      const end = run.out.findIndex((line, i) => i > at && line === '');
      return run.out.slice(at + 1, end < 0 ? undefined : end).map((line) => line.trim());
    };
    expect(after('名额使用')).toEqual([...(overview.quota?.lines ?? ['?']), ...(overview.quota?.problems ?? [])]);
    expect(overview.overdue.length).toBeGreaterThan(0);
    expect(run.out).toContain(`逾期未报的进度报告（${overview.overdue.length} 份）`);
    expect(after('逾期未报的进度报告')).toEqual(overview.overdueLines);
    expect(after('逾期未报的进度报告').some((line) => line.includes(FUPING.name))).toBe(true);
  });

  it('prints the host’s answer as JSON with --json', async () => {
    const run = await cli('programme', 'status', '--json', '--data-dir', dir.dataDir);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.out.join('\n')) as Overview;
    const overview = await hostCall(dir.target, 'programmeOverview', {});
    expect(printed.ok).toBe(true);
    expect(printed.counties.map(({ code, state, lastTransition, history }) => ({ code, state, lastTransition, history }))).toEqual(
      overview.counties.map(({ code, state, lastTransition, history }) => ({ code, state, lastTransition, history })),
    );
    expect(printed.quota?.cap).toBe(66);
    expect(printed.settings).toEqual(overview.settings);
  });

  it('reads in English with --en', async () => {
    const run = await cli('programme', 'status', '--en', '--data-dir', dir.dataDir);
    expect(run.code).toBe(0);
    expect(run.out[1]).toMatch(/^Code\s+County\s+Batch\s+State/);
    expect(run.text).toContain('Rectifying');
    expect(run.text).not.toContain('整改中');
  });

  it('refuses options that do not belong, with the usage', async () => {
    for (const argv of [['status', '--out', 'x'], ['status', 'extra'], ['overview', '--json'], ['timeline'], ['timeline', '1', '2'], ['nothing'], []]) {
      const run = await cli('programme', ...argv, '--data-dir', dir.dataDir);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.text).toContain('用法：npm run cli -- programme status');
    }
  });
});

describe('programme without the office key', () => {
  it('refuses in Chinese with exit 1 and says how to make the key, for each subcommand and for --json', async () => {
    const dataDir = join(await tempDir('review-desk-cli-programme-nokey-'), 'office');
    for (const argv of [['status'], ['overview'], ['timeline', QINGHE.code]]) {
      const run = await cli('programme', ...argv, '--data-dir', dataDir);
      expect(run.code, argv.join(' ')).toBe(1);
      expect(run.out).toEqual([]);
      expect(run.text).toContain('本机还没有办公室密钥');
      expect(run.text).toContain('identity --create');
    }
    const json = await cli('programme', 'status', '--json', '--data-dir', dataDir);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out.join('\n'))).toMatchObject({ ok: false, code: 'report.needOfficeKey' });
  });

  it('refuses an expert’s key the same way', async () => {
    const dataDir = join(await tempDir('review-desk-cli-programme-expert-'), 'e1');
    expect((await cli('identity', '--create', '--name', '张明华', '--role', 'expert', '--data-dir', dataDir)).code).toBe(0);
    const run = await cli('programme', 'status', '--data-dir', dataDir);
    expect(run.code).toBe(1);
    expect(run.text).toContain('本机还没有办公室密钥');
  });
});
