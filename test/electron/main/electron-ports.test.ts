// The desktop app's ports, assembled from (fake) electron modules: native dialogs, the keychain wrapper and an
// isolated worker that forks the worker script it was given, none of them the plain-Node defaults.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { nodeDefaultPorts } from '../../../electron/host/ports';
import { appPathsOf } from '../../../electron/main/app-paths';
import { electronPorts, type PortModules } from '../../../electron/main/electron-ports';

describe('electronPorts', () => {
  it('plugs in dialogs, the OS keychain and a utilityProcess worker on the bundled worker script', async () => {
    const forked: string[] = [];
    const modules = {
      dialog: { showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: ['/f'] }) },
      safeStorage: {},
      utilityProcess: {
        fork: (path: string) => {
          forked.push(path);
          const child = Object.assign(new EventEmitter(), {
            stderr: null,
            postMessage: (message: { id: string }) => queueMicrotask(() => child.emit('message', { id: message.id, ok: true, output: 'done' })),
            kill: () => (child.emit('exit', 0), true),
          });
          return child;
        },
      },
    } as unknown as PortModules;
    const { isolatedWorker: entry } = appPathsOf('/opt/app.asar');
    const ports = electronPorts(modules, { workerEntry: entry, platform: 'win32', getWindow: () => null });
    expect(entry).toBe('/opt/app.asar/out/main/isolated-worker.js');
    expect(ports.dialogs).not.toBe(nodeDefaultPorts.dialogs);
    expect(await ports.dialogs.chooseFolder({ title: 't' })).toBe('/f');
    expect(ports.keyWrapper.protection).toBe('os-keychain');
    expect(ports.isolatedWorker.isolated).toBe(true);
    expect(await ports.isolatedWorker.run({ name: 'readXlsxSheets', input: new Uint8Array(1) })).toBe('done');
    expect(forked).toEqual([entry]);
  });
});
