// What the end-to-end tests share: `npm run web`'s entry started as a process on a free port with its own data
// directory, the link it prints (with this run's token), and Debian's Chromium launched with the flags the
// project uses (a fresh temporary profile each time).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const REPO_ROOT = join(import.meta.dirname, '..', '..');
/** Skipped only outside CI when Chromium is missing; in CI a missing browser fails. */
export const SKIP_WITHOUT_CHROMIUM = !existsSync(CHROMIUM) && !process.env.CI;

export interface RunningHost {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
}

export function startHost(dataDir: string): RunningHost {
  // tsx as a loader in this very process, not its CLI: the CLI runs the script in a second process, which a
  // SIGKILL of the CLI leaves running (a host left listening after every test run).
  // NODE_ENV=production: vitest sets NODE_ENV=test and the host would pass it on to Vite when it builds the
  // renderer, giving a test build (React's dev JSX runtime; antd's rc-util useId answering 'test-id', so every
  // radio group on the page shared one name and checking one unchecked the others). The tests drive what ships.
  const env = { ...process.env, NODE_ENV: 'production' };
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/main.ts', '--no-open', '--port', '0', '--data-dir', dataDir], { cwd: REPO_ROOT, env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Stops the host as Ctrl+C would, and kills it if it has not exited within five seconds. */
export async function stopHost(host: RunningHost | undefined): Promise<void> {
  if (host === undefined || host.child.exitCode !== null || host.child.signalCode !== null) return;
  host.child.kill('SIGINT');
  const timer = setTimeout(() => host.child.kill('SIGKILL'), 5_000);
  await host.exited;
  clearTimeout(timer);
}

export async function printedUrl(host: RunningHost, timeoutMs = 60_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const match = /在浏览器中打开：(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43})\n/.exec(host.output());
    if (match?.[1]) return match[1];
    if (host.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no link printed:\n${host.output()}`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // launch() gives the browser a fresh temporary profile (its own --user-data-dir) every time.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
