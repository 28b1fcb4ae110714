// What every bench workload shares: timing (the median of several runs, or of spawned processes), verdicts
// on a ratio against a target (a peer measured in the same run, or a limit), and how figures are printed.
import { spawn } from 'node:child_process';

/** One workload of `npm run bench`; `run` prints its figures and says whether every target was met. */
export interface BenchWorkload {
  /** For `npm run bench -- --only <id>`. */
  id: string;
  run(): Promise<boolean>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function timeMs(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** The median of `runs` timings of `work`, in milliseconds. */
export function medianMs(runs: number, work: () => unknown): number {
  return median(Array.from({ length: runs }, () => timeMs(work)));
}

/** `ratio 1.23× ≤ 1.5× target: PASS`, or `(reference)` without a target. */
export function verdict(ratio: number, target: number | null, what = 'target'): string {
  const shown = `ratio ${ratio.toFixed(2)}×`;
  if (target === null) return `${shown} (reference)`;
  return ratio <= target ? `${shown} ≤ ${target.toFixed(1)}× ${what}: PASS` : `${shown} > ${target.toFixed(1)}× ${what}: FAIL`;
}

export const passes = (ratio: number, target: number | null): boolean => target === null || ratio <= target;

export const MiB = 1024 * 1024;
export const GiB = 1024 * MiB;
export const mib = (bytes: number): string => `${(bytes / MiB).toFixed(1)} MiB`;
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/**
 * Runs a command to its end and resolves with its wall time; rejects when it cannot start or exits non-zero.
 * Output is discarded unless `collect` is set, in which case stdout is returned too.
 */
export function spawnTimed(command: string, args: readonly string[], options: { collect?: boolean; cwd?: string } = {}): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', options.collect ? 'pipe' : 'ignore', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - start;
      if (code === 0) resolve({ ms, stdout: Buffer.concat(out).toString('utf8') });
      else reject(new Error(`${command} exited with ${code ?? signal}: ${Buffer.concat(err).toString('utf8').slice(0, 500)}`));
    });
  });
}
