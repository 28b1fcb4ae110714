// Runs Doyensec's electronegativity through its programmatic API. Its CLI is unusable here: it does not
// declare `commander` and gets the newer one npm hoisted, which has no `.version()` to call. The API
// (`run(options)`, the package's main) returns the findings directly; its `output` file is not used, because
// the package writes it with un-awaited fs.writeFile callbacks, so it may not exist yet when `run` resolves.
//
// Kept offline and deterministic, because `npm test` must be:
// - The package fetches fresh translations from S3 on every run; got's retry then throws from a timer after
//   the promise settled, crashing the process about a second later. Its i18n module is replaced by one that
//   loads the translations the package ships (en-US), without the network.
// - AvailableSecurityFixesGlobalCheck downloads Electron's release list from GitHub and caches it in the temp
//   folder. It is excluded; the Electron version is pinned in package.json and upgraded on purpose.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire, Module } from 'node:module';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { type Finding, findingsOf, type ParseFailure, parseFailuresOf, repoPath, scannerResultSchema } from './findings';

const PACKAGE = '@doyensec/electronegativity';
const requireHere = createRequire(import.meta.url);

/** The check classes (by class name, as the package matches them) that would need the network. */
const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/** The extensions the package's own file listing hands to its parsers (it also lists package.json files). */
const SOURCE_FILE = /\.(?:js|jsx|ts|tsx|html|htm)$/i;

/** The package's inline suppression (`// eng-disable CHECK_ID`), which would hide a finding without a reason on record. */
const ENG_DISABLE = /(?:\/\*|\/\/|<!--)[ \t]*eng-disable/i;

/** Generous: the repository's scan takes about a second; this only keeps a hung scan from hanging `npm test`. */
const SCAN_TIMEOUT_MS = 120_000;

export interface ScanOptions {
  /** The folder to scan, absolute. */
  dir: string;
  /** The repository root that finding paths are made relative to. */
  root: string;
  /** The Electron version the checks assume (their defaults change between versions). */
  electronVersion: string;
}

export interface ScanOutcome {
  scannedFiles: string[];
  findings: Finding[];
  parseFailures: ParseFailure[];
  inlineDisables: { file: string; line: number }[];
}

interface I18nModule {
  configure: (options: Record<string, unknown>) => void;
  setLocale: (locale: string) => void;
}

function isI18nModule(value: unknown): value is I18nModule {
  const candidate = value as Partial<I18nModule> | null;
  return typeof candidate?.configure === 'function' && typeof candidate.setLocale === 'function';
}

let offlineI18nCalls = 0;

/** Puts the offline i18n where the package's runner will `require` it; must run before the runner is loaded. */
function installOfflineI18n(): void {
  const i18nPath = requireHere.resolve(`${PACKAGE}/dist/locales/i18n.js`);
  if (!existsSync(resolve(dirname(i18nPath), 'en-US.json'))) throw new Error(`${PACKAGE}: its en-US translations are not where 1.10.3 keeps them`);
  const i18n: unknown = createRequire(i18nPath)('i18n');
  if (!isI18nModule(i18n)) throw new Error(`${PACKAGE}: its i18n dependency has an unexpected shape`);
  const stub = new Module(i18nPath);
  stub.filename = i18nPath;
  stub.loaded = true;
  // The same settings as the package's own i18n.js, minus the download. `register: global` defines the `__`
  // function its checks call for every description.
  stub.exports = async function offlineI18n(): Promise<void> {
    offlineI18nCalls += 1;
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: dirname(i18nPath), updateFiles: false, objectNotation: true, retryInDefaultLocale: true, register: globalThis });
    i18n.setLocale('en-US');
  };
  requireHere.cache[i18nPath] = stub;
}

type Runner = (options: Record<string, unknown>) => Promise<unknown>;
type ListFiles = (dir: string) => Promise<unknown>;

function loadPackage(): { run: Runner; listFiles: ListFiles } {
  installOfflineI18n();
  const run: unknown = requireHere(PACKAGE);
  const fileUtil: unknown = requireHere(`${PACKAGE}/dist/util/file.js`);
  const listFiles: unknown = (fileUtil as { list_files?: unknown } | null)?.list_files;
  if (typeof run !== 'function' || typeof listFiles !== 'function') throw new Error(`${PACKAGE}: run() or list_files() is missing`);
  return { run: run as Runner, listFiles: listFiles as ListFiles };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function inlineDisablesIn(files: readonly string[], root: string): Promise<{ file: string; line: number }[]> {
  const found: { file: string; line: number }[] = [];
  for (const file of files) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.forEach((text, index) => {
      if (ENG_DISABLE.test(text)) found.push({ file: repoPath(root, file), line: index + 1 });
    });
  }
  return found;
}

/** Scans `dir`; throws when the tool fails, times out or answers in a shape this check does not know. */
export async function scanWithElectronegativity(options: ScanOptions): Promise<ScanOutcome> {
  const { run, listFiles } = loadPackage();
  // The same listing the runner walks (node_modules skipped), so the count is of what it actually read.
  const listed = z.array(z.string()).parse(await listFiles(options.dir));
  const sourceFiles = listed.filter((file) => SOURCE_FILE.test(file)).sort();

  const callsBefore = offlineI18nCalls;
  const raw = await withTimeout(
    run({ input: options.dir, isRelative: true, electronVersionOverride: options.electronVersion, excludeFromScan: [...NETWORK_CHECKS] }),
    SCAN_TIMEOUT_MS,
    'electronegativity',
  );
  // Had the package's own i18n run instead, it would have gone to the network: refuse rather than half-work.
  if (offlineI18nCalls === callsBefore) throw new Error(`${PACKAGE}: the offline translations were not used`);
  const result = scannerResultSchema.parse(raw);

  const parseFailures = parseFailuresOf(result, options.root);
  const failed = new Set(parseFailures.map((failure) => failure.file));
  const scannedFiles = sourceFiles.map((file) => repoPath(options.root, file)).filter((file) => !failed.has(file));
  return {
    scannedFiles,
    findings: findingsOf(result, options.root, options.dir),
    parseFailures,
    inlineDisables: await inlineDisablesIn(sourceFiles, options.root),
  };
}
