// `npm run security`: scan electron/ with electronegativity, take out what the allow-list explains, print the
// table, and fail on any HIGH or MEDIUM finding left, on a stale allow-list entry, on a scan of nothing, and on
// a tool that failed or answered in a shape we do not know. The tool itself always exits 0, hence this.
//
// The allow-list lives in test/security/, beside the tests of this check, not in electron/: electron/ is the
// app's own code, bundled into the app, and the list is review evidence about that code, not part of it.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseAllowList } from './allow-list';
import { evaluate } from './evaluate';
import { failureLines, findingsTable, summaryLine } from './report';
import { scanWithElectronegativity } from './run-scanner';

export const DEFAULT_INPUT = 'electron';
export const DEFAULT_ALLOW_LIST = 'test/security/electronegativity-allow.json';

const PACKAGE_JSON = new URL('../../package.json', import.meta.url);

const packageJsonSchema = z.object({ devDependencies: z.object({ electron: z.string().regex(/^\d+\.\d+\.\d+$/, 'an exact version') }) });

/** The checks' defaults change between Electron versions, so they assume the one package.json pins. */
async function pinnedElectronVersion(): Promise<string> {
  const text = await readFile(PACKAGE_JSON, 'utf8');
  return packageJsonSchema.parse(JSON.parse(text)).devDependencies.electron;
}

export interface CheckArgs {
  input: string;
  allowList: string;
}

export function parseCheckArgs(argv: readonly string[]): CheckArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: { input: { type: 'string', default: DEFAULT_INPUT }, allow: { type: 'string', default: DEFAULT_ALLOW_LIST } },
    strict: true,
    allowPositionals: false,
  });
  return { input: values.input, allowList: values.allow };
}

/** Runs the check with paths relative to `cwd` (the repository root under npm); returns the exit code. */
export async function runCheck(argv: readonly string[], cwd: string, print: (line: string) => void): Promise<number> {
  let args: CheckArgs;
  try {
    args = parseCheckArgs(argv);
  } catch (error) {
    print(`electronegativity check: ${(error as Error).message}`);
    print('usage: electronegativity-check [--input DIR] [--allow FILE]');
    return 2;
  }
  try {
    const allowList = parseAllowList(await readFile(resolve(cwd, args.allowList), 'utf8'));
    const scan = await scanWithElectronegativity({ dir: resolve(cwd, args.input), root: cwd, electronVersion: await pinnedElectronVersion() });
    const verdict = evaluate(scan, allowList.entries);
    for (const line of findingsTable(verdict)) print(line);
    const failures = failureLines(verdict);
    if (failures.length > 0) print(['', 'electronegativity check FAILED:', ...failures.map((line) => `  - ${line}`), ''].join('\n'));
    print(summaryLine(scan.scannedFiles.length, verdict));
    return verdict.passed ? 0 : 1;
  } catch (error) {
    print(`electronegativity check FAILED: ${error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message}`);
    return 1;
  }
}
