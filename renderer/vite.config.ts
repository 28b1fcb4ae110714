// Builds the renderer (renderer/index.html → out/renderer/) for the local web host and, later, Electron's
// app:// origin. No inline scripts or styles and no data: URLs, so the hosts' strict CSP holds as it is.
// The build goes to out/ (ignored by git and by ESLint's root-relative ignore list), not renderer/dist/,
// which `eslint .` would lint.
// (No node: imports here: the layer rules keep renderer/ free of them, so paths are plain strings.)
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  publicDir: false,
  clearScreen: false,
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
