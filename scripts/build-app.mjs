// `npm run build`: everything the Electron app runs, in out/ (electron/main/app-paths.ts lists the layout).
// The packaged app carries no node_modules (build/electron-builder.config.cjs packs out/ and package.json
// only), so every dependency is bundled here; what cannot be (font files pdfkit reads by path) is copied.
//
//   out/renderer/   Vite build of renderer/ (its own config, renderer/vite.config.ts)
//   out/main/       ESM bundles: main.js, the worker threads' scripts, isolated-worker.js (utilityProcess)
//   out/preload/    preload.js: one CommonJS script, `electron` its only require (a sandboxed preload can
//                   require nothing else)
//   out/fonts/      the report font, beside out/main/ (electron/reports/pdf-font-files.ts looks there)
//
// ESM for main: package.json says "type": "module", Electron ≥ 28 loads an ESM main (and utilityProcess
// entry), and the worker scripts use top-level await, which esbuild cannot emit as CommonJS. `import.meta.url`
// is then the bundle's own URL, so the `new URL('./x-entry.js', import.meta.url)` of the worker launchers
// points into out/main/, where the worker bundles are written.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { build as viteBuild } from 'vite';

// The build that ships, whoever runs it: a test (vitest sets NODE_ENV=test) or a shell that exported another value
// would otherwise get React's development JSX runtime in the renderer, which the mode in vite.config.ts does not
// override (Vite reads NODE_ENV for it).
process.env.NODE_ENV = 'production';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * `--out <folder>` builds somewhere else than out/: the packaging test builds into a folder of its own, so it
 * never replaces out/renderer under an end-to-end test that is serving it at the same moment.
 */
const outFlag = process.argv.indexOf('--out');
const OUT = outFlag >= 0 && process.argv[outFlag + 1] ? resolve(process.argv[outFlag + 1]) : join(ROOT, 'out');
const at = (...parts) => join(ROOT, ...parts);
const outAt = (...parts) => join(OUT, ...parts);

/** The bundles of out/main/: output name → source. Worker scripts are found by name beside main.js. */
const MAIN_ENTRY = { main: 'electron/main/main.ts' };
/**
 * Scripts that run in a thread or process of their own: the worker threads' (their launchers build the URL
 * from this name) and the utilityProcess script (electron/main/app-paths.ts: isolatedWorker). One whose
 * source is gone is skipped with a word; checkWorkerScripts then fails the build if a bundle still needs it.
 */
const WORKER_ENTRIES = {
  'import-worker-entry': 'electron/package/import-worker-entry.ts',
  'render-worker-entry': 'electron/reports/render-worker-entry.ts',
  'isolated-worker': 'electron/main/isolated-worker-entry.ts',
};
/** electron/reports/pdf-font-files.ts names the same two files. */
const FONT_FILES = ['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf'];

// CommonJS dependencies bundled into ESM call `require` for Node built-ins (and esbuild's shim needs one),
// and a few read `__dirname`; an ESM file has neither, so each bundle defines them for itself.
const ESM_BANNER = [
  "import { createRequire as __rdCreateRequire } from 'node:module';",
  "import { fileURLToPath as __rdFileURLToPath } from 'node:url';",
  'const require = __rdCreateRequire(import.meta.url);',
  'const __filename = __rdFileURLToPath(import.meta.url);',
  "const __dirname = __rdFileURLToPath(new URL('.', import.meta.url));",
].join('\n');

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/** Fails the build when a bundle still imports something at run time that the packaged app will not have. */
function checkExternals(metafile, allowed, what) {
  for (const [file, output] of Object.entries(metafile.outputs)) {
    const stray = output.imports.filter((entry) => entry.external && !allowed(entry.path)).map((entry) => entry.path);
    if (stray.length > 0) throw new Error(`${what}: ${relative(ROOT, file)} imports ${[...new Set(stray)].join(', ')} at run time`);
  }
}

/** Every `new URL('./x.js', import.meta.url)` in a bundle must name a file that exists beside it. */
async function checkWorkerScripts(dir) {
  const missing = [];
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.js'))) {
    const text = await readFile(join(dir, name), 'utf8');
    for (const [, target] of text.matchAll(/new URL\(["']\.\/([\w.-]+\.js)["'], import\.meta\.url\)/g)) {
      if (!existsSync(join(dir, target))) missing.push(`${name} → ${target}`);
    }
  }
  if (missing.length > 0) throw new Error(`worker scripts missing from out/main/: ${missing.join('; ')}`);
}

async function buildMain() {
  const entryPoints = { ...MAIN_ENTRY };
  for (const [name, source] of Object.entries(WORKER_ENTRIES)) {
    if (existsSync(at(source))) entryPoints[name] = source;
    else console.warn(`build: ${source} does not exist; out/main/${name}.js not built`);
  }
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints,
    outdir: outAt('main'),
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    external: ['electron'],
    banner: { js: ESM_BANNER },
    define: { 'process.env.NODE_ENV': '"production"' },
    // Readable stack traces from users' logs matter more than a few MB inside app.asar; no source maps ship.
    minify: false,
    sourcemap: false,
    legalComments: 'eof',
    metafile: true,
    logLevel: 'warning',
  });
  checkExternals(result.metafile, (path) => path === 'electron' || NODE_BUILTINS.has(path), 'main');
  await checkWorkerScripts(outAt('main'));
}

async function buildPreload() {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { preload: 'electron/preload/preload.ts' },
    outdir: outAt('preload'),
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    external: ['electron'],
    define: { 'process.env.NODE_ENV': '"production"' },
    sourcemap: false,
    metafile: true,
    logLevel: 'warning',
  });
  checkExternals(result.metafile, (path) => path === 'electron', 'preload');
  // The root package.json says "type": "module"; this keeps the script CommonJS however Electron loads it.
  await writeFile(outAt('preload', 'package.json'), '{ "type": "commonjs" }\n');
}

async function copyFonts() {
  const require = createRequire(import.meta.url);
  // The package's exports map hides the font files; they sit beside its dist/.
  const packageDir = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..');
  const target = outAt('fonts');
  await mkdir(target, { recursive: true });
  await Promise.all(FONT_FILES.map((name) => cp(join(packageDir, 'fonts', name), join(target, name))));
  // The fonts' licence (OFL-1.1) asks that it travel with them.
  await cp(join(packageDir, 'LICENSE'), join(target, 'LICENSE-NotoSansSC.txt'));
}

async function buildRenderer() {
  // Errors only: antd's "use client" directives make rolldown print hundreds of harmless warnings.
  await viteBuild({ configFile: at('renderer', 'vite.config.ts'), logLevel: 'error', build: { outDir: outAt('renderer'), emptyOutDir: true } });
}

const started = performance.now();
// out/ also holds other tools' output (demo, screenshots); only the app's folders are replaced.
await Promise.all(['main', 'preload', 'fonts'].map((dir) => rm(join(OUT, dir), { recursive: true, force: true })));
await buildRenderer();
await Promise.all([buildMain(), buildPreload(), copyFonts()]);
console.log(`build: out/renderer, out/main, out/preload, out/fonts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
