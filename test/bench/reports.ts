// R2 "reports for W2" (500 applications × 25 experts × 120 leaves): the review report plus every application
// summary as PDF, and the workbook, made in a child process (report-child.ts) so its peak RSS is measured
// alone. Peer: LibreOffice converting our own workbook to PDF (`soffice --headless --convert-to pdf`), the
// way offices print today. Targets: PDF time ≤ 0.5× the peer's; workbook ≤ 10 s (a limit, this machine).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportChildReport } from './report-child';
import { mib, passes, say, seconds, spawnTimed, verdict, type BenchWorkload } from './timing';

/** How long LibreOffice may take before it is stopped (see peer). */
const PEER_LIMIT_MS = 20 * 60_000;

const PDF_TARGET = 0.5;
const WORKBOOK_LIMIT_MS = 10_000;

const CHILD = fileURLToPath(new URL('./report-child.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function ours(outDir: string): Promise<ReportChildReport> {
  const { stdout } = await spawnTimed(process.execPath, ['--import', import.meta.resolve('tsx'), CHILD, outDir], { collect: true, cwd: REPO_ROOT });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as ReportChildReport;
}

/**
 * LibreOffice with a profile of its own, so a running or broken user profile does not interfere. On W2's
 * 1.5 million detail rows it runs for a very long time; past PEER_LIMIT_MS it is stopped and the limit is
 * used as its time, which makes our ratio an upper bound (printed as such).
 */
async function peer(dir: string, workbook: string): Promise<{ ms: number; bytes: number | null; stopped: boolean }> {
  const profile = join(dir, 'lo-profile');
  const pdfDir = join(dir, 'lo-pdf');
  const args = [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, workbook];
  const { ms, stopped } = await spawnTimedWithLimit('soffice', args, PEER_LIMIT_MS);
  const bytes = stopped ? null : (await stat(join(pdfDir, 'workbook.pdf'))).size;
  return { ms, bytes, stopped };
}

/** Like spawnTimed, but stops the process (and so its soffice.bin child) after `limitMs`. */
function spawnTimedWithLimit(command: string, args: readonly string[], limitMs: number): Promise<{ ms: number; stopped: boolean }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    let stopped = false;
    const timer = setTimeout(() => {
      stopped = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, limitMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const ms = stopped ? limitMs : performance.now() - start;
      if (code === 0 || stopped) resolve({ ms, stopped });
      else reject(new Error(`${command} exited with ${code}`));
    });
  });
}

export const reports: BenchWorkload = {
  id: 'reports',
  run: async () => {
    if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status !== 0) {
      say('R2 reports: SKIPPED — the peer needs LibreOffice (Debian/Ubuntu: apt-get install -y libreoffice-calc)');
      return true;
    }
    const dir = await mkdtemp(join(tmpdir(), 'review-desk-bench-reports-'));
    try {
      const report = await ours(dir);
      const lo = await peer(dir, join(dir, 'workbook.xlsx'));
      const pdfRatio = report.pdfMs / lo.ms;
      const workbookRatio = report.workbookMs / WORKBOOK_LIMIT_MS;
      say(
        `R2 reports: ${report.applications} applications × ${report.experts} experts × ${report.leaves} leaves (model ${seconds(report.modelMs)})\n` +
          `  review report + ${report.applications} application summaries (PDF, ${mib(report.pdfBytes)}) ${seconds(report.pdfMs)} ` +
          (lo.stopped
            ? `vs LibreOffice printing our workbook to PDF: still running after ${seconds(lo.ms)}, stopped → at most ${verdict(pdfRatio, PDF_TARGET)}\n`
            : `vs LibreOffice printing our workbook to PDF ${seconds(lo.ms)} (${mib(lo.bytes ?? 0)}) → ${verdict(pdfRatio, PDF_TARGET)}\n`) +
          `  workbook (${mib(report.workbookBytes)}) ${seconds(report.workbookMs)} vs the ${seconds(WORKBOOK_LIMIT_MS)} limit → ${verdict(workbookRatio, 1, 'limit')}\n` +
          `  peak RSS of the report process ${(report.maxRssBytes / 1e6).toFixed(0)} MB`,
      );
      return passes(pdfRatio, PDF_TARGET) && passes(workbookRatio, 1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
