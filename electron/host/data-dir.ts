// The per-user data directory (key file, blob store, exports). Resolution is a pure function of the platform,
// the environment and the home folder, so tests can ask "what would Windows do" on Linux.
import { mkdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

/** The folder name under the platform's application-data folder. */
export const APP_DIR_NAME = { posix: 'review-desk', friendly: 'Review Desk' } as const;
/** Environment variable that overrides the default (`--data-dir` overrides it in turn). */
export const DATA_DIR_ENV = 'REVIEW_DESK_DATA_DIR';

export interface DataDirInputs {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
  /** The working directory a relative override is resolved against. */
  cwd: string;
  /** `--data-dir DIR` from the command line, when given. */
  override?: string | undefined;
}

const nonEmpty = (value: string | undefined): string | undefined => (value !== undefined && value.trim() !== '' ? value : undefined);

/**
 * Linux and other Unixes: `$XDG_DATA_HOME/review-desk` (only when absolute, as the XDG spec says), else
 * `~/.local/share/review-desk`. macOS: `~/Library/Application Support/Review Desk`. Windows:
 * `%APPDATA%\Review Desk` (else `~\AppData\Roaming\Review Desk`). `--data-dir`, then `REVIEW_DESK_DATA_DIR`,
 * override all of them.
 */
export function resolveDataDir(inputs: DataDirInputs): string {
  const path = inputs.platform === 'win32' ? win32 : posix;
  const override = nonEmpty(inputs.override) ?? nonEmpty(inputs.env[DATA_DIR_ENV]);
  if (override !== undefined) return path.resolve(inputs.cwd, override);
  switch (inputs.platform) {
    case 'win32': {
      const appData = nonEmpty(inputs.env.APPDATA);
      const base = appData !== undefined && win32.isAbsolute(appData) ? appData : win32.join(inputs.homedir, 'AppData', 'Roaming');
      return win32.join(base, APP_DIR_NAME.friendly);
    }
    case 'darwin':
      return posix.join(inputs.homedir, 'Library', 'Application Support', APP_DIR_NAME.friendly);
    default: {
      const xdg = nonEmpty(inputs.env.XDG_DATA_HOME);
      const base = xdg !== undefined && posix.isAbsolute(xdg) ? xdg : posix.join(inputs.homedir, '.local', 'share');
      return posix.join(base, APP_DIR_NAME.posix);
    }
  }
}

/** The data directory of this process (real platform, environment and home). */
export function dataDirOfThisProcess(override?: string): string {
  return resolveDataDir({ platform: process.platform, env: process.env, homedir: homedir(), cwd: process.cwd(), override });
}

export interface EnsuredDataDir {
  path: string;
  /** False when it already existed (we then leave its permissions as the user set them). */
  created: boolean;
  /** On POSIX, the permission bits when group or others may read, write or enter it; null otherwise. */
  openMode: string | null;
}

/** Creates the directory (and missing parents) with mode 0700; reports an existing one that others can read. */
export async function ensureDataDir(path: string, platform: NodeJS.Platform = process.platform): Promise<EnsuredDataDir> {
  const existed = await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!existed) await mkdir(path, { recursive: true, mode: 0o700 });
  const mode = (await stat(path)).mode & 0o777;
  const openMode = platform !== 'win32' && (mode & 0o077) !== 0 ? mode.toString(8).padStart(3, '0') : null;
  return { path, created: !existed, openMode };
}
