// Where the packaged app finds its own files. Everything is relative to app.getAppPath() (the app.asar root in
// an installed app, the project folder when run from source), never to the working directory, which is
// wherever the user double-clicked a file from.
//
// `npm run build` (scripts/build-app.mjs) produces, inside the app path, and electron-builder packs exactly
// these folders with package.json (build/electron-builder.config.cjs; no node_modules, everything is bundled):
//   out/renderer/           the Vite build of renderer/ (index.html and its assets), served as app://review-desk
//   out/preload/preload.js  electron/preload/preload.ts bundled into one CommonJS script (a sandboxed preload
//                           cannot require our other files at run time)
//   out/main/main.js        electron/main/main.ts bundled as ESM (package.json "main")
//   out/main/*-entry.js     the worker threads' scripts (import-worker-entry.js, render-worker-entry.js), which
//                           their launchers find beside themselves through import.meta.url
//   out/main/isolated-worker.js  electron/main/isolated-worker-entry.ts, the utilityProcess script
//   out/fonts/              the report font, which pdfkit reads by path (electron/reports/pdf-font-files.ts)
import { join } from 'node:path';

export interface AppPaths {
  /** The folder app:// serves. */
  rendererRoot: string;
  /** The preload script of every window. */
  preload: string;
  /** The utilityProcess script that parses untrusted files (electron/main/isolated-worker-entry.ts, bundled). */
  isolatedWorker: string;
}

export function appPathsOf(appPath: string): AppPaths {
  return {
    rendererRoot: join(appPath, 'out', 'renderer'),
    preload: join(appPath, 'out', 'preload', 'preload.js'),
    isolatedWorker: join(appPath, 'out', 'main', 'isolated-worker.js'),
  };
}
