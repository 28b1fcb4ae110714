// `programme overview` and `programme timeline` on a real data directory (programme-fixture.ts): the reports
// written by the host services the window uses, into --out (made if missing) or the window's default folder
// <dataDir>/示范县报告, the written path printed; the overview refused until the quota's base is set and a county
// not in the register refused, each exit 1 in the host's words. The timeline is read back with pdftotext: the
// failed acceptance shows its panel's score beside its session.
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';
import { cli, programmeDir, QINGHE, QINGHE_ACCEPTANCE, type ProgrammeDir } from './programme-fixture';

const compact = (text: string): string => text.replace(/\s+/g, '');
const WRITTEN = '已写入并核对：';

/** The path a successful run printed. */
function writtenPath(out: readonly string[]): string {
  const line = out.find((l) => l.startsWith(WRITTEN));
  if (line === undefined) throw new Error(`no written path in:\n${out.join('\n')}`);
  return line.slice(WRITTEN.length);
}

describe('programme overview and timeline', () => {
  let dir: ProgrammeDir;
  beforeAll(async () => {
    dir = await programmeDir();
  }, 60_000);

  it('refuses the overview until the quota’s base is set, then writes it into --out', { timeout: 60_000 }, async () => {
    const out = join(dir.root, '导出', '总览');
    const refused = await cli('programme', 'overview', '--out', out, '--data-dir', dir.dataDir);
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([translate('zh-CN', 'programme.reports.noQuota')]);
    expect(refused.out).toEqual([]);

    await dir.setQuota();
    const written = await cli('programme', 'overview', '--out', out, '--data-dir', dir.dataDir);
    expect(written.code, written.text).toBe(0);
    const path = writtenPath(written.out);
    expect(dirname(path)).toBe(out);
    expect(path).toMatch(/示范县创建工作总览（\d{4}-\d{2}-\d{2}）\.xlsx$/);
    expect((await stat(path)).size).toBeGreaterThan(0);
  });

  it('writes a county’s timeline into the window’s default folder, with the acceptance’s score beside its session', { timeout: 60_000 }, async () => {
    const run = await cli('programme', 'timeline', QINGHE.code, '--data-dir', dir.dataDir);
    expect(run.code, run.text).toBe(0);
    const path = writtenPath(run.out);
    expect(dirname(path)).toBe(join(dir.dataDir, '示范县报告'));
    expect(path).toMatch(/清河县（130102）创建历程（\d{4}-\d{2}-\d{2}）\.pdf$/);
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']);
    const text = compact(stdout);
    // The acceptance's row: its 文号 and session, then its score under the result, before the next event's date.
    const from = text.indexOf(QINGHE_ACCEPTANCE.date);
    const row = text.slice(from, text.indexOf('2025-05-01', from));
    expect(from).toBeGreaterThan(0);
    expect(row).toContain(QINGHE_ACCEPTANCE.documentNumber);
    expect(row).toContain(QINGHE_ACCEPTANCE.sessionId);
    expect(row).toContain('得分71.25');
  });

  it('refuses a county not in the register, writing nothing', async () => {
    const out = join(dir.root, '未写');
    const run = await cli('programme', 'timeline', '130999', '--out', out, '--data-dir', dir.dataDir);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([translate('zh-CN', 'programme.reports.unknownCounty', { code: '130999' })]);
    await expect(stat(out)).rejects.toThrow();
  });
});
