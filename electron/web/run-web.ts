// `npm run web`: resolve and create the data directory, build the renderer if stale, start the host on
// 127.0.0.1, print the link with its token, and stop cleanly on SIGINT/SIGTERM. main.ts is only the entry.
import { join } from 'node:path';
import { translate, type MessageKey, type MessageParams } from '../../shared/i18n/translate';
import type { CliIo } from '../cli/io';
import { hostTarget } from '../host/call-method';
import { dataDirOfThisProcess, ensureDataDir } from '../host/data-dir';
import { createHostServices } from '../host/host-services';
import { parseWebArgs } from './args';
import { openBrowser } from './open-browser';
import { buildRendererIfStale } from './renderer-build';
import { startWebHost, type WebHost } from './web-host';

const ROOT = join(import.meta.dirname, '..', '..');
export const RENDERER_PATHS = {
  rendererDir: join(ROOT, 'renderer'),
  outDir: join(ROOT, 'out', 'renderer'),
  sourceDirs: [join(ROOT, 'shared')],
};

const zh = (key: MessageKey, params: MessageParams = {}): string => translate('zh-CN', key, params);

export type WebRun = { ok: true; host: WebHost; dataDir: string } | { ok: false; exitCode: number };

export async function runWeb(argv: readonly string[], io: CliIo): Promise<WebRun> {
  const parsed = parseWebArgs(argv);
  if (!parsed.ok) {
    io.err(zh(parsed.code, parsed.params));
    io.err(zh('host.web.usage'));
    return { ok: false, exitCode: 2 };
  }
  const { args } = parsed;
  if (args.help) {
    io.out(zh('host.web.usage'));
    return { ok: false, exitCode: 0 };
  }

  const dataDir = dataDirOfThisProcess(args.dataDir);
  const ensured = await ensureDataDir(dataDir);
  if (ensured.openMode !== null) io.err(zh('host.dataDir.openPermissions', { path: dataDir, mode: ensured.openMode }));
  await buildRendererIfStale(RENDERER_PATHS, () => io.out(zh('host.web.building')));

  const services = createHostServices({ host: 'web', dataDir });
  let host: WebHost;
  try {
    host = await startWebHost({ target: hostTarget(services), staticRoot: RENDERER_PATHS.outDir, port: args.port, files: { dataDir } });
  } catch (error) {
    io.err(zh('host.web.listenFailed', { port: args.port, detail: error instanceof Error ? error.message : String(error) }));
    return { ok: false, exitCode: 1 };
  }
  io.out(zh('host.web.dataDir', { path: dataDir }));
  io.out(zh('host.web.openInBrowser', { url: host.url }));
  io.out(zh('host.web.stopHint'));
  if (args.open) openBrowser(host.url);
  return { ok: true, host, dataDir };
}

/** Stops on the first SIGINT or SIGTERM; a second one ends the process at once. */
export function stopOnSignals(host: WebHost, io: CliIo): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(signal === 'SIGINT' ? 130 : 143);
    stopping = true;
    io.out(zh('host.web.stopping'));
    void host.close().then(() => {
      io.out(zh('host.web.stopped'));
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
