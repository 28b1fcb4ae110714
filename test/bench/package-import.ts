// P1 "package import, 1 GiB": a county's package of 1 GiB of mixed documents (big-package.ts), written
// once per run to a temporary directory. Ours: importPackageInWorker into a fresh blob store, in a child
// process of its own (import-child.ts) so that its peak RSS is measured without the harness's memory; the
// time is the import call's, as the child measures it. Peer: `unzip -q -o -d DIR` of the same zip, then
// `sha256sum` of every extracted file, as spawned processes. Targets: time ≤ 1.5× the peer's, peak RSS
// ≤ 300 MB. Each side runs RUNS times, alternating, from a synced disk; medians are compared.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigPackageDocuments, writeBigPackage, type WrittenPackage } from './big-package';
import type { ImportChildReport } from './import-child';
import { GiB, median, mib, passes, say, seconds, spawnTimed, verdict, type BenchWorkload } from './timing';

const PACKAGE_BYTES = GiB;
const TIME_TARGET = 1.5;
const RSS_LIMIT_BYTES = 300e6;
const RUNS = 3;
/** The zip, one extraction and one store at a time, with room to spare. */
const NEEDED_FREE_BYTES = 5 * GiB;

const CHILD = fileURLToPath(new URL('./import-child.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Flushes what earlier steps left dirty, so one side's writeback is not billed to the other. */
function settleDisk(): void {
  spawnSync('sync', [], { stdio: 'ignore' });
}

function toolMissing(command: string, args: string[]): boolean {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  return probe.error !== undefined || probe.status !== 0;
}

async function ours(zipPath: string, storeDir: string): Promise<ImportChildReport> {
  await rm(storeDir, { recursive: true, force: true });
  settleDisk();
  // --import by URL and the repo as cwd: the child, and the worker it starts with `--import tsx`, find tsx.
  const { stdout } = await spawnTimed(process.execPath, ['--import', import.meta.resolve('tsx'), CHILD, zipPath, storeDir, 'worker'], { collect: true, cwd: REPO_ROOT });
  const last = stdout.trim().split('\n').at(-1) ?? '';
  const report = JSON.parse(last) as ImportChildReport;
  await rm(storeDir, { recursive: true, force: true });
  return report;
}

interface PeerTimes {
  ms: number;
  unzipMs: number;
  hashMs: number;
  files: number;
}

async function peer(zipPath: string, outDir: string): Promise<PeerTimes> {
  await rm(outDir, { recursive: true, force: true });
  settleDisk();
  const start = performance.now();
  const unzip = await spawnTimed('unzip', ['-q', '-o', '-d', outDir, zipPath]);
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  let hashMs = 0;
  // In batches, to stay far from the argument-length limit; usually one.
  for (let at = 0; at < files.length; at += 1000) hashMs += (await spawnTimed('sha256sum', ['--', ...files.slice(at, at + 1000)])).ms;
  const ms = performance.now() - start;
  await rm(outDir, { recursive: true, force: true });
  return { ms, unzipMs: unzip.ms, hashMs, files: files.length };
}

function describePackage(written: WrittenPackage, generateMs: number): string {
  const { documents } = written;
  const sum = (list: typeof documents): number => list.reduce((total, document) => total + document.size, 0);
  const large = documents.filter((document) => document.size >= 100 * 1024 * 1024);
  const text = documents.filter((document) => document.content === 'text');
  return (
    `P1 package import: ${documents.length} documents, ${mib(written.totalBytes)} ` +
    `(${large.length} of ≥ 100 MiB: ${mib(sum(large))}; text-like, compressible: ${mib(sum(text))}; random: ${mib(written.totalBytes - sum(text))}), ` +
    `zip ${mib(written.zipBytes)}, written in ${seconds(generateMs)}`
  );
}

async function measure(dir: string): Promise<boolean> {
  const zipPath = join(dir, 'package.zip');
  const generateStart = performance.now();
  const written = await writeBigPackage(zipPath, bigPackageDocuments(PACKAGE_BYTES));
  say(describePackage(written, performance.now() - generateStart));
  const oursRuns: ImportChildReport[] = [];
  const peerRuns: PeerTimes[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    // Alternating which side goes first, so neither always finds the other's leftovers.
    if (run % 2 === 1) peerRuns.push(await peer(zipPath, join(dir, 'unzipped')));
    oursRuns.push(await ours(zipPath, join(dir, 'store')));
    if (run % 2 === 0) peerRuns.push(await peer(zipPath, join(dir, 'unzipped')));
  }
  for (const report of oursRuns) {
    if (!report.ok) throw new Error(`our import refused the bench package: ${report.code ?? '?'}`);
    if (report.documents !== written.documents.length || report.bytes !== written.totalBytes) {
      throw new Error(`our import stored ${report.documents} documents, ${report.bytes} bytes; expected ${written.documents.length}, ${written.totalBytes}`);
    }
  }
  for (const times of peerRuns) {
    if (times.files !== written.documents.length + 1) throw new Error(`unzip extracted ${times.files} files, expected ${written.documents.length + 1}`);
  }
  const oursMs = median(oursRuns.map((report) => report.importMs));
  const peerMs = median(peerRuns.map((times) => times.ms));
  const maxRss = Math.max(...oursRuns.map((report) => report.maxRssBytes));
  const ratio = oursMs / peerMs;
  const rssRatio = maxRss / RSS_LIMIT_BYTES;
  const all = (values: number[]): string => values.map((ms) => (ms / 1000).toFixed(2)).join(', ');
  say(
    `  import (importPackageInWorker, child process) ${seconds(oursMs)} vs unzip + sha256sum ${seconds(peerMs)} ` +
      `(unzip ${seconds(median(peerRuns.map((times) => times.unzipMs)))}, sha256sum ${seconds(median(peerRuns.map((times) => times.hashMs)))}) ` +
      `→ ${verdict(ratio, TIME_TARGET)}\n` +
      `    medians of ${RUNS}; ours ${all(oursRuns.map((report) => report.importMs))} s, peer ${all(peerRuns.map((times) => times.ms))} s\n` +
      `  peak RSS of the importing process ${(maxRss / 1e6).toFixed(0)} MB (highest of ${RUNS}) vs the ${(RSS_LIMIT_BYTES / 1e6).toFixed(0)} MB limit → ${verdict(rssRatio, 1, 'limit')}`,
  );
  return passes(ratio, TIME_TARGET) && passes(rssRatio, 1);
}

export const packageImport: BenchWorkload = {
  id: 'package-import',
  run: async () => {
    const base = tmpdir();
    const { bavail, bsize } = await statfs(base);
    const free = bavail * bsize;
    if (free < NEEDED_FREE_BYTES) {
      say(`P1 package import: SKIPPED — ${mib(free)} free in ${base}, it needs ${mib(NEEDED_FREE_BYTES)} (set TMPDIR to a disk with room)`);
      return true;
    }
    const missing = ['unzip', 'sha256sum'].filter((command) => toolMissing(command, command === 'unzip' ? ['-v'] : ['--version']));
    if (missing.length > 0) {
      say(`P1 package import: SKIPPED — the peer needs ${missing.join(' and ')} (Debian/Ubuntu: apt-get install -y ${missing.includes('unzip') ? 'unzip' : 'coreutils'})`);
      return true;
    }
    const dir = await mkdtemp(join(base, 'review-desk-bench-'));
    try {
      return await measure(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
