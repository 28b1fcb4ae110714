// `npm run web` serves the built renderer; this builds it first when the build is missing or older than
// its sources (the renderer and the shared code it imports). Vite is loaded only when a build is needed.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface RendererPaths {
  /** renderer/ (holds index.html, src/, vite.config.ts). */
  rendererDir: string;
  /** Where the Vite config puts the build (out/renderer). */
  outDir: string;
  /** Other source folders the renderer imports (shared/). */
  sourceDirs: string[];
}

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (info === null) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path, { withFileTypes: true });
  const times = await Promise.all(
    entries.filter((entry) => entry.name !== 'node_modules' && entry.name !== 'dist').map((entry) => newestMtime(join(path, entry.name))),
  );
  return Math.max(info.mtimeMs, ...times);
}

export async function rendererIsStale(paths: RendererPaths): Promise<boolean> {
  const built = await stat(join(paths.outDir, 'index.html')).catch(() => null);
  if (built === null) return true;
  const sources = [join(paths.rendererDir, 'index.html'), join(paths.rendererDir, 'src'), join(paths.rendererDir, 'vite.config.ts'), ...paths.sourceDirs];
  const newest = Math.max(...(await Promise.all(sources.map(newestMtime))));
  return newest > built.mtimeMs;
}

/** Builds with renderer/vite.config.ts when stale; true when it built. */
export async function buildRendererIfStale(paths: RendererPaths, onBuild: () => void = () => {}): Promise<boolean> {
  if (!(await rendererIsStale(paths))) return false;
  onBuild();
  const { build } = await import('vite');
  await build({ configFile: join(paths.rendererDir, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
