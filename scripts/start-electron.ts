// `npm start`: builds the app, makes sure Electron's binary is there and runs it on this folder. The decisions
// are in electron-launch.ts (tested in test/scripts/); this file only binds them to real processes and files.
import { spawn, type SpawnOptions } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchElectron } from './electron-launch';

const projectDir = join(import.meta.dirname, '..');

/** Runs a program with this terminal as its own; resolves with its exit code (1 when it could not start or was killed). */
function run(command: string, args: readonly string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: projectDir, stdio: 'inherit', ...options });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

// A shell that exported ELECTRON_RUN_AS_NODE (some tools do) would start Electron as plain Node.
const electronEnv = { ...process.env };
delete electronEnv['ELECTRON_RUN_AS_NODE'];

process.exitCode = await launchElectron(
  { projectDir, electronDir: join(projectDir, 'node_modules', 'electron') },
  {
    runBuild: () => run(process.execPath, [join(projectDir, 'scripts', 'build-app.mjs')]),
    exists: existsSync,
    readText: (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return null;
      }
    },
    runInstall: (installScript) => run(process.execPath, [installScript]),
    runElectron: (binary, args) => run(binary, args, { env: electronEnv }),
    error: (text) => console.error(text),
  },
);
