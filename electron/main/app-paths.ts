// Where the packaged app finds its own files. Everything is relative to app.getAppPath() (the app.asar root in
// an installed app, the project folder when run from source), never to the working directory, which is
// wherever the user double-clicked a file from.
//
// The build (not part of this module) must produce, inside the app path:
//   out/renderer/           the Vite build of renderer/ (index.html and its assets), served as app://review-desk
//   out/preload/preload.js  electron/preload/preload.ts bundled into one script (a sandboxed preload cannot
//                           require our other files at run time)
import { join } from 'node:path';

export interface AppPaths {
  /** The folder app:// serves. */
  rendererRoot: string;
  /** The preload script of every window. */
  preload: string;
}

export function appPathsOf(appPath: string): AppPaths {
  return {
    rendererRoot: join(appPath, 'out', 'renderer'),
    preload: join(appPath, 'out', 'preload', 'preload.js'),
  };
}
