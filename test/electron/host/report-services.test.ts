// Reports through the host API: written with progress to the end, checked back by file and by typed
// fingerprint, and refused in plain Chinese when the session cannot be this office's.
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callMethod, hostTarget } from '../../../electron/host/call-method';
import { createHostServices } from '../../../electron/host/host-services';
import { buildDemoReportSource } from '../../../shared/demo/demo-report-source';
import { reportDataOf } from '../../../shared/reports/report-source';

async function services() {
  const dataDir = await mkdtemp(join(tmpdir(), 'rd-report-services-'));
  return { dataDir, target: hostTarget(createHostServices({ host: 'cli', dataDir })) };
}

const demoFingerprint = reportDataOf(buildDemoReportSource()).dataFingerprint;

describe('reports through the host API', () => {
  it('writes the demo’s review report and workbook with progress to the end, and verifies them', { timeout: 60_000 }, async () => {
    const { dataDir, target } = await services();
    const outDir = join(dataDir, 'out', 'reports');
    const progress: Array<{ done: number; total: number }> = [];
    const written = await callMethod(target, 'writeReports', { source: { kind: 'demo' }, outDir, kinds: ['reviewReport', 'workbook'] }, {
      operationId: 'op-1',
      onProgress: (event) => progress.push({ done: event.done, total: event.total }),
    });
    if (!written.ok) throw new Error(JSON.stringify(written));
    const result = written.result as { ok: true; dataFingerprint: string; files: Array<{ kind: string; path: string; bytes: number }> };
    expect(result.ok).toBe(true);
    expect(result.dataFingerprint).toBe(demoFingerprint);
    expect(result.files.map((f) => f.kind)).toEqual(['reviewReport', 'workbook']);
    for (const file of result.files) expect((await stat(file.path)).size).toBe(file.bytes);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((p, i) => i === 0 || p.done >= (progress[i - 1]?.done ?? 0))).toBe(true);
    const last = progress.at(-1);
    expect(last?.done).toBe(last?.total);

    for (const file of result.files) {
      const verified = await callMethod(target, 'verifyReport', { source: { kind: 'demo' }, report: { kind: 'file', path: file.path } });
      expect(verified).toMatchObject({ ok: true, result: { ok: true, matches: true, reportFingerprint: demoFingerprint } });
    }
    const typed = await callMethod(target, 'verifyReport', { source: { kind: 'demo' }, report: { kind: 'fingerprint', value: 'ab12 '.repeat(16) } });
    expect(typed).toMatchObject({ ok: true, result: { ok: true, matches: false, dataFingerprint: demoFingerprint } });

    // A PDF whose fingerprint was edited no longer matches.
    const pdf = result.files[0]?.path ?? '';
    const edited = Buffer.from(await readFile(pdf)).toString('latin1').replace(demoFingerprint, 'f'.repeat(64));
    const editedPath = join(dataDir, 'edited.pdf');
    await writeFile(editedPath, Buffer.from(edited, 'latin1'));
    expect(await callMethod(target, 'verifyReport', { source: { kind: 'demo' }, report: { kind: 'file', path: editedPath } })).toMatchObject({
      ok: true,
      result: { ok: true, matches: false },
    });
  });

  it('refuses a session file without an office key here, and a report folder it cannot create, in Chinese', async () => {
    const { dataDir, target } = await services();
    const missingSession = await callMethod(target, 'writeReports', { source: { kind: 'session', sessionFile: join(dataDir, 'none.rdsession') }, outDir: dataDir });
    expect(missingSession).toMatchObject({ ok: true, result: { ok: false } });
    const blocker = join(dataDir, 'a-file');
    await writeFile(blocker, 'x');
    const blocked = await callMethod(target, 'writeReports', { source: { kind: 'demo' }, outDir: join(blocker, 'reports'), kinds: ['reviewReport'] });
    if (!blocked.ok) throw new Error(JSON.stringify(blocked));
    const refusal = blocked.result as { ok: false; messages: string[] };
    expect(refusal.ok).toBe(false);
    expect(refusal.messages[0]).toContain('无法创建报告文件夹');
  });

  it('refuses an unknown report kind as bad parameters', async () => {
    const { dataDir, target } = await services();
    expect(await callMethod(target, 'writeReports', { source: { kind: 'demo' }, outDir: dataDir, kinds: ['poster'] })).toMatchObject({ ok: false });
  });
});
