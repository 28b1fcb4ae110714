// What `npm start` decides (scripts/start-electron.ts runs it), over injected effects so that a test can play
// every case without an Electron binary or a network: build, find Electron's binary, fetch it when missing
// (its postinstall is denied on purpose: package.json allowScripts, .npmrc), say plainly what to do when that
// fails, and otherwise run Electron on the project folder.
import { join } from 'node:path';

export interface LaunchEffects {
  /** Runs `npm run build` (scripts/build-app.mjs); resolves with its exit code. */
  runBuild(): Promise<number>;
  exists(path: string): boolean;
  /** The file's text, or null when it cannot be read. */
  readText(path: string): string | null;
  /** Runs Electron's own install.js, which honours ELECTRON_MIRROR; resolves with its exit code. */
  runInstall(installScript: string): Promise<number>;
  /** Runs the Electron binary; resolves with its exit code. */
  runElectron(binary: string, args: readonly string[]): Promise<number>;
  error(text: string): void;
}

export interface LaunchPaths {
  /** The folder Electron is started on (its package.json names the bundled main). */
  projectDir: string;
  /** node_modules/electron. */
  electronDir: string;
}

/** Exit code when Electron could not be fetched (a failed build exits with the build's own code). */
export const EXIT_NO_ELECTRON = 3;

export const ELECTRON_DOWNLOAD_FAILED = [
  '无法下载 Electron（桌面版的运行环境）。',
  '可设置镜像后重试，例如 ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start',
  '也可以运行 npm run web，在浏览器中使用评审台。',
  'Electron could not be downloaded. Set ELECTRON_MIRROR (e.g. https://npmmirror.com/mirrors/electron/) and',
  'run npm start again, or run npm run web to use Review Desk in a browser.',
].join('\n');

/** The binary electron's install.js unpacked (path.txt names it inside dist/), or null when it is not there. */
export function electronBinary(electronDir: string, effects: Pick<LaunchEffects, 'exists' | 'readText'>): string | null {
  const relative = effects.readText(join(electronDir, 'path.txt'))?.trim();
  if (!relative) return null;
  const binary = join(electronDir, 'dist', relative);
  return effects.exists(binary) ? binary : null;
}

/** The whole of `npm start`; resolves with the exit code for the process. */
export async function launchElectron(paths: LaunchPaths, effects: LaunchEffects): Promise<number> {
  const built = await effects.runBuild();
  if (built !== 0) return built;
  let binary = electronBinary(paths.electronDir, effects);
  if (binary === null) {
    const installed = await effects.runInstall(join(paths.electronDir, 'install.js'));
    // A zero exit is not enough: only the binary on disk counts.
    binary = installed === 0 ? electronBinary(paths.electronDir, effects) : null;
    if (binary === null) {
      effects.error(ELECTRON_DOWNLOAD_FAILED);
      return EXIT_NO_ELECTRON;
    }
  }
  return effects.runElectron(binary, [paths.projectDir]);
}
