// The packaging, end to end short of an installer: the real `npm run build`, then electron-builder's `--dir`
// target for Linux x64 with build/electron-builder.config.cjs, into a temporary folder. No Electron zip can be
// downloaded here, so electron-builder is given a stand-in Electron distribution: an "electron" file that
// carries Electron's fuse wire (the sentinel @electron/fuses looks for, then version, length and one byte per
// fuse, set to Electron's defaults), and the locales folder electronLanguages trims.
// It proves: the fuses are flipped as configured (read back from the output binary); app.asar holds the
// bundles, the renderer, the font and package.json and nothing else (no node_modules, tests, sources, source
// maps or anything that looks like a key); the packaged package.json points at the bundled main and lists no
// dependencies; and the packaged bundles run with no node_modules anywhere: the report worker renders a PDF
// with the embedded Chinese font, the import worker answers, and main.js evaluates (with a stand-in for the
// `electron` module, as a second instance that quits at once).
// Not provable here: that Electron itself starts the app (no binary), and ASAR integrity: electron-builder
// computes it, but writes it only into the Windows .exe and the macOS Info.plist; Linux has no such check.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { extractAll, extractFile, listPackage } from '@electron/asar';
import { Arch, build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoReportSource } from '../../shared/demo/demo-report-source';

const ROOT = join(import.meta.dirname, '..', '..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_ON = '1'.charCodeAt(0);
const FUSE_OFF = '0'.charCodeAt(0);
/** The fuse wire in fuse order (@electron/fuses FuseV1Options), as Electron ships it. */
const ELECTRON_DEFAULT_WIRE = '10110001';
/** What build/electron-builder.config.cjs must make of it; the V8 snapshot fuse (index 6) is left alone. */
const EXPECTED_FUSES = [
  ['runAsNode', FUSE_OFF],
  ['enableCookieEncryption', FUSE_ON],
  ['enableNodeOptionsEnvironmentVariable', FUSE_OFF],
  ['enableNodeCliInspectArguments', FUSE_OFF],
  ['enableEmbeddedAsarIntegrityValidation', FUSE_ON],
  ['onlyLoadAppFromAsar', FUSE_ON],
  ['loadBrowserProcessSpecificV8Snapshot', FUSE_OFF],
  ['grantFileProtocolExtraPrivileges', FUSE_OFF],
] as const;

/** The worker scripts scripts/build-app.mjs bundles when their sources exist (another part may retire one). */
const WORKER_SCRIPTS = {
  'import-worker-entry.js': 'electron/package/import-worker-entry.ts',
  'render-worker-entry.js': 'electron/reports/render-worker-entry.ts',
  'isolated-worker.js': 'electron/main/isolated-worker-entry.ts',
};

let work: string;
let unpacked: string;
let asarPath: string;
let files: string[];

/** A stand-in for Electron's linux-x64 zip, unpacked: what electron-builder copies, renames and flips. */
async function standInElectronDist(dir: string): Promise<void> {
  await mkdir(join(dir, 'locales'), { recursive: true });
  await mkdir(join(dir, 'resources'), { recursive: true });
  for (const locale of ['zh-CN', 'en-US', 'fr', 'de']) await writeFile(join(dir, 'locales', `${locale}.pak`), locale);
  await writeFile(join(dir, 'LICENSE'), 'stand-in');
  const wire = Buffer.concat([Buffer.from(SENTINEL, 'latin1'), Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]), Buffer.from(ELECTRON_DEFAULT_WIRE, 'latin1')]);
  await writeFile(join(dir, 'electron'), Buffer.concat([Buffer.from('\x7fELF stand-in\n'), Buffer.alloc(256), wire, Buffer.alloc(256)]));
  await chmod(join(dir, 'electron'), 0o755);
}

function readFuseWire(binary: Buffer): { version: number; states: number[] } {
  const at = binary.indexOf(SENTINEL, 0, 'latin1');
  if (at < 0) throw new Error('no fuse sentinel in the packaged binary');
  const version = binary[at + SENTINEL.length] ?? -1;
  const length = binary[at + SENTINEL.length + 1] ?? 0;
  return { version, states: [...binary.subarray(at + SENTINEL.length + 2, at + SENTINEL.length + 2 + length)] };
}

/** A name that looks like a credential: a key, a secret, a certificate, an env file. */
function looksSecret(path: string): boolean {
  const name = basename(path).toLowerCase();
  const words = name.split(/[^a-z0-9]+/);
  return (
    /\.(pem|key|p12|pfx|crt|cer|der)$/.test(name) ||
    name.startsWith('.env') ||
    name.includes('secret') ||
    words.some((word) => ['key', 'keys', 'privatekey', 'signingkey', 'id_rsa', 'id_ed25519'].includes(word))
  );
}

/** Runs a bundled worker script with its input; resolves with every message it posted until it stopped. */
function runWorker(script: string, workerData: unknown): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const messages: unknown[] = [];
    const worker = new Worker(script, { workerData });
    worker.on('message', (message: unknown) => messages.push(message));
    worker.on('error', reject);
    worker.on('exit', () => resolve(messages));
  });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'rd-electron-builder-'));
  // A project folder of its own (package.json, build/ and a fresh out/), never the repository's out/: the
  // end-to-end tests serve out/renderer while this runs, and a rebuild there would pull files from under them.
  const project = join(work, 'project');
  await mkdir(project, { recursive: true });
  await cp(join(ROOT, 'package.json'), join(project, 'package.json'));
  await symlink(join(ROOT, 'build'), join(project, 'build'), 'dir');
  await promisify(execFile)('npm', ['run', 'build', '--silent', '--', '--out', join(project, 'out')], { cwd: ROOT, shell: process.platform === 'win32', maxBuffer: 64 * 1024 * 1024 });
  await standInElectronDist(join(work, 'electron-dist'));
  await build({
    projectDir: project,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    config: {
      extends: 'build/electron-builder.config.cjs',
      electronDist: join(work, 'electron-dist'),
      directories: { output: join(work, 'dist') },
    },
  });
  unpacked = join(work, 'dist', 'linux-unpacked');
  asarPath = join(unpacked, 'resources', 'app.asar');
  files = listPackage(asarPath, { isPack: false }).map((path) => path.replaceAll('\\', '/').replace(/^\//, ''));
  const { size } = await stat(asarPath);
  console.log(`app.asar: ${(size / 1024 / 1024).toFixed(1)} MB, ${files.length} entries`);
}, 180_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('electron-builder --dir (linux x64, stand-in Electron)', () => {
  it('flips every configured fuse in the packaged binary', async () => {
    const wire = readFuseWire(await readFile(join(unpacked, 'review-desk')));
    expect(wire.version).toBe(1);
    expect(wire.states).toHaveLength(EXPECTED_FUSES.length);
    expect(Object.fromEntries(EXPECTED_FUSES.map(([name], i) => [name, String.fromCharCode(wire.states[i] ?? 0)]))).toEqual(
      Object.fromEntries(EXPECTED_FUSES.map(([name, state]) => [name, String.fromCharCode(state)])),
    );
  });

  it('keeps only the Chinese and English Chromium locales', async () => {
    expect((await readdir(join(unpacked, 'locales'))).sort()).toEqual(['en-US.pak', 'zh-CN.pak']);
  });

  it('packs the bundles, the renderer, the report font and package.json', () => {
    for (const file of [
      'package.json',
      'out/main/main.js',
      ...Object.entries(WORKER_SCRIPTS)
        .filter(([, source]) => existsSync(join(ROOT, source)))
        .map(([script]) => `out/main/${script}`),
      'out/preload/preload.js',
      'out/renderer/index.html',
      'out/fonts/NotoSansHans-Regular.otf',
      'out/fonts/NotoSansHans-Bold.otf',
    ]) {
      expect(files, file).toContain(file);
    }
  });

  it('packs nothing else: no node_modules, tests, sources, source maps or credentials, and nothing unpacked', async () => {
    expect(files.filter((file) => file.split('/').includes('node_modules'))).toEqual([]);
    expect(files.filter((file) => /^(test|electron|shared|renderer|scripts|build)\//.test(file))).toEqual([]);
    expect(files.filter((file) => /\.(ts|tsx|map)$/.test(file))).toEqual([]);
    expect(files.filter(looksSecret)).toEqual([]);
    expect(files.filter((file) => !/^(out\/(main|preload|renderer|fonts)(\/|$)|out$|package\.json$)/.test(file))).toEqual([]);
    await expect(stat(join(unpacked, 'resources', 'app.asar.unpacked'))).rejects.toThrow();
  });

  it('ships a package.json that starts the bundled main and names no dependencies', () => {
    const packaged = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(packaged['main']).toBe('out/main/main.js');
    expect(packaged['type']).toBe('module');
    expect(packaged['dependencies'] ?? null).toBeNull();
    expect(packaged['devDependencies']).toBeUndefined();
    expect(packaged['scripts']).toBeUndefined();
  });

  describe('the packaged bundles run with no node_modules anywhere', () => {
    let app: string;
    beforeAll(() => {
      // Outside the project (a temporary folder): a module the bundles failed to include cannot be found.
      app = join(work, 'app');
      extractAll(asarPath, app);
    });

    it('the report worker renders a PDF with the Chinese font from out/fonts/', async () => {
      const messages = await runWorker(join(app, 'out', 'main', 'render-worker-entry.js'), {
        source: buildDemoReportSource(),
        locale: 'zh-CN',
        generatedAt: '2026-11-28T08:00:00.000Z',
        kinds: ['reviewReport'],
      });
      const rendered = messages.find((m): m is { type: 'rendered'; bytes: Uint8Array } => (m as { type?: unknown }).type === 'rendered');
      expect(rendered).toBeDefined();
      const pdf = Buffer.from(rendered?.bytes ?? new Uint8Array());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.includes('NotoSansHans')).toBe(true);
    }, 120_000);

    it.runIf(existsSync(join(ROOT, WORKER_SCRIPTS['import-worker-entry.js'])))('the import worker loads and answers (a missing package is refused, not a crash)', async () => {
      const messages = await runWorker(join(app, 'out', 'main', 'import-worker-entry.js'), {
        zipPath: join(work, 'no-such-package.zip'),
        stagingDir: join(work, 'staging'),
        limits: {},
      });
      expect(messages).toContainEqual(expect.objectContaining({ type: 'outcome', outcome: expect.objectContaining({ ok: false }) }));
    });

    it('main.js evaluates: with a stand-in electron module it runs as a second instance and quits', async () => {
      const main = join(app, 'out', 'main', 'main.js');
      const names = new Set<string>();
      for (const [, list] of (await readFile(main, 'utf8')).matchAll(/import\s*\{([^}]*)\}\s*from\s*"electron"/g)) {
        for (const part of (list ?? '').split(',')) names.add(part.trim().split(/\s+as\s+/)[0] ?? '');
      }
      names.delete('');
      expect(names.has('app')).toBe(true);
      await mkdir(join(app, 'node_modules', 'electron'), { recursive: true });
      await writeFile(join(app, 'node_modules', 'electron', 'package.json'), '{ "type": "module", "main": "index.js" }');
      await writeFile(
        join(app, 'node_modules', 'electron', 'index.js'),
        [
          '// Any property is a callable stand-in; app holds no single-instance lock, so startApp quits at once.',
          'const stub = (path) => new Proxy(function () {}, {',
          "  get: (_t, key) => key === 'then' ? undefined",
          "    : path === 'app' && key === 'requestSingleInstanceLock' ? () => false",
          "    : path === 'app' && key === 'quit' ? () => process.stdout.write('stand-in quit\\n')",
          "    : stub(path + '.' + String(key)),",
          "  apply: () => stub(path + '()'),",
          "  construct: () => stub('new ' + path),",
          '});',
          ...[...names].map((name) => `export const ${name} = stub('${name}');`),
        ].join('\n'),
      );
      const run = spawnSync(process.execPath, [main], { cwd: app, encoding: 'utf8', timeout: 60_000 });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('stand-in quit');
    }, 90_000);
  });
});
