// `npm start`'s decisions with every effect faked (no Electron binary, no network here): Electron runs on the
// project folder when its binary is there, is fetched first when it is not, and a failed fetch ends with the
// bilingual message pointing at ELECTRON_MIRROR and `npm run web`, a non-zero code, and no Electron started.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELECTRON_DOWNLOAD_FAILED, EXIT_NO_ELECTRON, launchElectron, type LaunchEffects } from '../../scripts/electron-launch';

const projectDir = join('/', 'work', 'app');
const electronDir = join(projectDir, 'node_modules', 'electron');
const binary = join(electronDir, 'dist', 'electron');

interface World {
  build?: number;
  /** path.txt and the binary are on disk from the start. */
  installed?: boolean;
  /** What install.js does: its exit code, and whether it leaves the binary behind. */
  install?: { code: number; leavesBinary: boolean };
  electronExit?: number;
}

function play(world: World): { effects: LaunchEffects; calls: string[]; errors: string[] } {
  const files = new Map<string, string>();
  const putBinary = (): void => {
    files.set(join(electronDir, 'path.txt'), 'electron');
    files.set(binary, '');
  };
  if (world.installed) putBinary();
  const calls: string[] = [];
  const errors: string[] = [];
  const effects: LaunchEffects = {
    runBuild: async () => {
      calls.push('build');
      return world.build ?? 0;
    },
    exists: (path) => files.has(path),
    readText: (path) => files.get(path) ?? null,
    runInstall: async (script) => {
      calls.push(`install ${script}`);
      const install = world.install ?? { code: 1, leavesBinary: false };
      if (install.leavesBinary) putBinary();
      return install.code;
    },
    runElectron: async (path, args) => {
      calls.push(`electron ${path} ${args.join(' ')}`);
      return world.electronExit ?? 0;
    },
    error: (text) => errors.push(text),
  };
  return { effects, calls, errors };
}

describe('launchElectron', () => {
  it('runs Electron on the project folder when the binary is there, and exits with its code', async () => {
    const { effects, calls, errors } = play({ installed: true, electronExit: 7 });
    expect(await launchElectron({ projectDir, electronDir }, effects)).toBe(7);
    expect(calls).toEqual(['build', `electron ${binary} ${projectDir}`]);
    expect(errors).toEqual([]);
  });

  it("fetches Electron with its own install.js when the binary is missing, then runs it", async () => {
    const { effects, calls } = play({ install: { code: 0, leavesBinary: true } });
    expect(await launchElectron({ projectDir, electronDir }, effects)).toBe(0);
    expect(calls).toEqual(['build', `install ${join(electronDir, 'install.js')}`, `electron ${binary} ${projectDir}`]);
  });

  it('when the download fails, says so in Chinese and English, points at ELECTRON_MIRROR and npm run web, and exits non-zero', async () => {
    const { effects, calls, errors } = play({ install: { code: 1, leavesBinary: false } });
    const code = await launchElectron({ projectDir, electronDir }, effects);
    expect(code).toBe(EXIT_NO_ELECTRON);
    expect(code).not.toBe(0);
    expect(calls.some((call) => call.startsWith('electron'))).toBe(false);
    expect(errors).toEqual([ELECTRON_DOWNLOAD_FAILED]);
    expect(ELECTRON_DOWNLOAD_FAILED).toContain('无法下载 Electron');
    expect(ELECTRON_DOWNLOAD_FAILED).toContain('Electron could not be downloaded');
    expect(ELECTRON_DOWNLOAD_FAILED).toContain('ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/');
    expect(ELECTRON_DOWNLOAD_FAILED).toContain('npm run web');
  });

  it('trusts the binary on disk, not the exit code: an install that "succeeds" without it is a failure', async () => {
    const { effects, calls, errors } = play({ install: { code: 0, leavesBinary: false } });
    expect(await launchElectron({ projectDir, electronDir }, effects)).toBe(EXIT_NO_ELECTRON);
    expect(calls.some((call) => call.startsWith('electron'))).toBe(false);
    expect(errors).toEqual([ELECTRON_DOWNLOAD_FAILED]);
  });

  it('stops after a failed build with its exit code, fetching and starting nothing', async () => {
    const { effects, calls } = play({ build: 2, installed: true });
    expect(await launchElectron({ projectDir, electronDir }, effects)).toBe(2);
    expect(calls).toEqual(['build']);
  });
});
