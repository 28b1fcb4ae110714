// The CLI round trip "office → two experts → office", end to end through runCli with real key stores in
// separate data directories: the office signs the demo session for a panel of E1 and E2, each expert opens
// it (checking the office fingerprint) and exports simulated sheets into one shared folder (E2 encrypted),
// the office merges; a re-export, a tampered copy and a tampered session file then each do what they must.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import type { PanelResults } from '../../../shared/panel/results';
import { snapshot } from '../package/store-snapshot';
import { tempDir } from '../office/exchange-fixtures';
import { listOf, quotaOf } from '../../shared/support/list-of';

interface Run {
  code: number;
  out: string[];
  text: string;
}

async function cli(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => out.push(line) });
  return { code, out, text: out.join('\n') };
}

/** The grouped fingerprint an `identity` or `session-create` run printed after `label`. */
function fingerprintIn(run: Run, label: string): string {
  const line = run.out.find((l) => l.startsWith(label));
  if (line === undefined) throw new Error(`no line starting with ${label} in:\n${run.text}`);
  return line.slice(label.length);
}

const readResults = async (path: string): Promise<PanelResults> => JSON.parse(await readFile(path, 'utf8')) as PanelResults;

describe('CLI round trip: office → two experts → office', () => {
  it('signs, opens, exports, merges, and refuses what was tampered with', { timeout: 60_000 }, async () => {
    const root = await tempDir('review-desk-cli-round-trip-');
    const dirs = { office: join(root, 'office'), e1: join(root, 'e1'), e2: join(root, 'e2') };
    const shared = join(root, 'shared');
    const sessionFile = join(root, 'demo.rdsession');
    const resultsFile = join(root, 'results.json');

    expect((await cli('session-create', '--demo', '--out', sessionFile, '--data-dir', dirs.office)).code).toBe(1); // no office key yet
    expect((await cli('identity', '--create', '--name', '示例省文旅厅评审办', '--role', 'office', '--data-dir', dirs.office)).code).toBe(0);
    const created = await cli('session-create', '--demo', '--experts', 'E1,E2', '--out', sessionFile, '--data-dir', dirs.office);
    expect(created.code).toBe(0);
    expect(created.text).toContain('demo-2026-2');
    const officeFingerprint = fingerprintIn(created, '评审办公室密钥指纹：');

    const experts = [
      { id: 'E1', name: '张明华', dir: dirs.e1, extra: [] as string[] },
      { id: 'E2', name: '李秀英', dir: dirs.e2, extra: ['--encrypt'] },
    ];
    const enrol: string[] = [];
    for (const expert of experts) {
      expect((await cli('identity', '--data-dir', expert.dir)).code).toBe(1);
      const identity = await cli('identity', '--create', '--name', expert.name, '--role', 'expert', '--data-dir', expert.dir);
      expect(identity.code).toBe(0);
      expect(identity.text).toContain('仅由文件权限保护');
      enrol.push('--enrol', `${expert.id}=${fingerprintIn(identity, '密钥指纹：')}`);
      const opened = await cli('session-open', sessionFile, '--office', officeFingerprint, '--expert', expert.id, '--data-dir', expert.dir);
      expect(opened.code).toBe(0);
      expect(opened.text).toContain(`分配给 ${expert.name}（${expert.id}） 的申报（12 个）`);
      const exported = await cli('scores-export', '--session', 'demo-2026-2', '--expert', expert.id, '--out', shared, '--simulate', ...expert.extra, '--data-dir', expert.dir);
      expect(exported.code).toBe(0);
      expect(exported.text).toContain('第 1 次导出');
    }
    const firstFiles = (await readdir(shared)).sort();
    expect(firstFiles).toHaveLength(2);

    // Verify each kind of file; E2's is encrypted, so only the office can open it.
    for (const name of firstFiles) expect((await cli('verify', join(shared, name), '--data-dir', dirs.office)).text).toContain('评分文件核验通过');
    const e2File = join(shared, firstFiles.find((n) => n.includes('_E2_')) ?? '');
    const needsKey = await cli('verify', e2File, '--data-dir', dirs.e1);
    expect(needsKey.code).toBe(1);
    expect(needsKey.text).toContain('encryptedForSomeoneElse');
    const sessionVerified = await cli('verify', sessionFile, '--data-dir', dirs.e1);
    expect(sessionVerified.code).toBe(0);
    expect(sessionVerified.text).toContain('专家 2 名，申报 12 个');

    const first = await cli('merge', sessionFile, shared, ...enrol, '--data-dir', dirs.office);
    expect(first.code).toBe(0);
    expect(first.out.filter((l) => l.includes('.rdscores：已导入。'))).toHaveLength(2);
    const results = await readResults(resultsFile);
    expect(results.ranking.length).toBeGreaterThan(5);
    expect(listOf(results).entries).toHaveLength(quotaOf(results).places);
    expect(results.experts.map((e) => [e.expertId, e.scored, e.recused, e.missing])).toEqual([['E1', 11, 0, 0], ['E2', 11, 0, 0]]);
    expect(first.text).toContain(`建议名单（${quotaOf(results).places} 个名额`);

    // Reports for the session from what the office holds, checked against the same data.
    const reportsDir = join(root, 'reports');
    const reportFiles = [join(reportsDir, '评审报告.pdf'), join(reportsDir, '评审数据.xlsx')];
    const reported = await cli('report', sessionFile, '--only', 'reviewReport,workbook', '--out', reportsDir, '--data-dir', dirs.office);
    expect(reported.code, reported.text).toBe(0);
    expect(reported.out.filter((l) => l.startsWith('已写入并核对：'))).toHaveLength(2);
    const matching = await cli('verify-report', ...reportFiles, '--session', sessionFile, '--data-dir', dirs.office);
    expect(matching.code, matching.text).toBe(0);
    expect(matching.out.filter((l) => l.endsWith('：一致。报告由这些数据生成。'))).toHaveLength(2);
    const notOffice = await cli('report', sessionFile, '--out', join(root, 'no'), '--data-dir', dirs.e1);
    expect(notOffice.code).toBe(1);
    expect(notOffice.text).toContain('本机还没有办公室密钥');

    // E1 exports again: only that file is new; E2's first file is recognised as already imported.
    const again = await cli('scores-export', '--session', sessionFile, '--expert', 'E1', '--out', shared, '--simulate', '--data-dir', dirs.e1);
    expect(again.text).toContain('第 2 次导出');
    const second = await cli('merge', sessionFile, shared, ...enrol, '--data-dir', dirs.office);
    expect(second.code).toBe(0);
    expect(second.out.filter((l) => l.includes('：已导入。'))).toEqual([expect.stringContaining('张明华（E1）的第2次导出')]);
    expect(second.out.filter((l) => l.includes('：此前已导入。'))).toHaveLength(2);
    expect(second.text).toContain('李秀英（E2）的第1次导出');
    const afterSecond = await readFile(resultsFile, 'utf8');
    // The reports made before E1's new export no longer match the data the office holds.
    const stale = await cli('verify-report', ...reportFiles, '--session', sessionFile, '--data-dir', dirs.office);
    expect(stale.code).toBe(1);
    expect(stale.out.filter((l) => l.includes('：不一致。'))).toHaveLength(2);

    // A bit-flipped copy of E2's file: tampered, exit 1, nothing changes.
    const bad = join(root, 'bad');
    await mkdir(bad);
    const bytes = await readFile(e2File);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
    await writeFile(join(bad, 'copy.rdscores'), bytes);
    const officeBefore = await snapshot(dirs.office);
    const tampered = await cli('merge', sessionFile, join(bad, 'copy.rdscores'), ...enrol, '--data-dir', dirs.office);
    expect(tampered.code).toBe(1);
    expect(tampered.text).toContain('copy.rdscores：被改动过。');
    expect(tampered.text).not.toContain('{{');
    expect(await readFile(resultsFile, 'utf8')).toBe(afterSecond);
    expect(await snapshot(dirs.office)).toEqual(officeBefore);
    expect((await cli('verify', join(bad, 'copy.rdscores'), '--data-dir', dirs.office)).code).toBe(1);

    // Without --enrol the session carries no key for the experts: their files are refused as unknown keys.
    const notEnrolled = await cli('merge', sessionFile, join(shared, firstFiles[0] ?? ''), '--data-dir', dirs.office, '--out', join(root, 'r2.json'));
    expect(notEnrolled.code).toBe(1);
    expect(notEnrolled.text).toContain('：未登记的密钥。');

    // A session file with one byte of session.json changed: refused with its code, the store untouched.
    const session = await readFile(sessionFile);
    const at = session.indexOf(Buffer.from('"sessionId":"demo-2026-2"'));
    expect(at).toBeGreaterThan(0);
    session[at + 24] = (session[at + 24] ?? 0) ^ 0x01; // the id's last digit: 2 → 3
    const badSession = join(root, 'bad.rdsession');
    await writeFile(badSession, session);
    const e1Before = await snapshot(dirs.e1);
    const refused = await cli('session-open', badSession, '--office', officeFingerprint, '--data-dir', dirs.e1);
    expect(refused.code).toBe(1);
    expect(refused.text).toMatch(/文件未通过核验（session\.[\w.]+）/);
    expect(await snapshot(dirs.e1)).toEqual(e1Before);
    expect((await cli('verify', badSession)).code).toBe(1);
  });
});
