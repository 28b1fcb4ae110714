// The host ports of the desktop app (host/ports.ts): native dialogs on the main window, the private key
// wrapped by the OS keychain through safeStorage, and untrusted files parsed in a utilityProcess per job.
// The web host and the CLI keep nodeDefaultPorts.
import type { BaseWindow } from 'electron';
import type { HostPorts } from '../host/ports';
import { electronDialogs, type DialogLike } from './electron-dialogs';
import { safeStorageKeyWrapper, type SafeStorageLike } from './safe-storage-key-wrapper';
import { utilityProcessWorker, type IsolatedLimits, type UtilityProcessForker } from './utility-process-worker';

export interface PortModules {
  dialog: DialogLike;
  safeStorage: SafeStorageLike;
  utilityProcess: UtilityProcessForker;
}

export interface PortOptions {
  /** The isolated worker's script (AppPaths.isolatedWorker). */
  workerEntry: string;
  platform: NodeJS.Platform;
  /** The window dialogs attach to, when there is one. */
  getWindow: () => BaseWindow | null;
  limits?: Partial<IsolatedLimits>;
}

export function electronPorts({ dialog, safeStorage, utilityProcess }: PortModules, options: PortOptions): HostPorts {
  return {
    dialogs: electronDialogs(dialog, options.getWindow),
    keyWrapper: safeStorageKeyWrapper(safeStorage, options.platform),
    isolatedWorker: utilityProcessWorker(utilityProcess, options.workerEntry, options.limits),
  };
}
