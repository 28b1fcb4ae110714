// Builds the renderer (renderer/index.html → out/renderer/) for the local web host and, later, Electron's
// app:// origin. No inline scripts or styles and no data: URLs, so the hosts' strict CSP holds as it is.
// The build goes to out/ (ignored by git and by ESLint's root-relative ignore list), not renderer/dist/,
// which `eslint .` would lint.
// (No node: imports here: the layer rules keep renderer/ free of them, so paths are plain strings and files
// are read through the bundler's own `this.fs`.)
import { defineConfig, type Plugin } from 'vite';
import { PDFJS_ASSET_FOLDERS, pdfjsAssetCopies } from './src/viewer/pdf-assets';

/**
 * Emits pdfjs's CMaps, standard fonts and no-wasm image decoders (src/viewer/pdf-assets.ts) into the build
 * under pdfjs/, unhashed: pdfjs asks for them by name (`${cMapUrl}UniGB-UCS2-H.bcmap`). They come from the
 * pdfjs-dist the bundle itself resolves, so the data always matches the bundled pdfjs version. Build only:
 * the renderer has no dev-server path (the web host serves the build).
 */
function pdfjsAssets(): Plugin {
  return {
    name: 'review-desk:pdfjs-assets',
    apply: 'build',
    async generateBundle() {
      const resolved = await this.resolve('pdfjs-dist/package.json');
      if (!resolved) return this.error('pdfjs-dist is not installed');
      const packageDir = resolved.id.slice(0, -'/package.json'.length);
      for (const folder of Object.values(PDFJS_ASSET_FOLDERS)) {
        const names = await this.fs.readdir(`${packageDir}/${folder.source}`);
        for (const copy of pdfjsAssetCopies(folder, names)) {
          this.emitFile({ type: 'asset', fileName: copy.to, source: await this.fs.readFile(`${packageDir}/${copy.from}`) });
        }
      }
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  publicDir: false,
  clearScreen: false,
  plugins: [pdfjsAssets()],
  // Always the build that ships, whoever runs it: vitest sets NODE_ENV=test, and a web host started from a test
  // (or a shell that exported it) would otherwise build test-only paths into the page (rc-util's useId answers
  // 'test-id', so every antd radio group shared one name; React's development runtime).
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    // Relative to root.
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'es2023',
    // Assets stay files (a data: URL would need a CSP exception); every browser we run in supports
    // modulepreload, so its polyfill is left out.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
});
