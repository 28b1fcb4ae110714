// What only some hosts have, as ports the host services are written against (DESIGN.md §2): the Electron
// binding plugs in native dialogs, `safeStorage` and `utilityProcess`; plain Node (the local web host, the CLI,
// tests) gets the defaults below, or a HostError saying the host cannot do it.
import { plainFileKeyWrapper, type KeyWrapper } from '../keys/key-wrapper';
import { HostError } from './host-error';

export interface FileFilter {
  /** Shown to the user, e.g. "申报材料包". */
  name: string;
  /** Without the dot: ["zip"]. */
  extensions: string[];
}

/** Native open/save dialogs. In a browser the page picks files itself, so the web host has none. */
export interface DialogsPort {
  /** Absolute paths the user chose; empty when cancelled. */
  openFiles(options: { title: string; filters?: FileFilter[]; multiple?: boolean }): Promise<string[]>;
  /** The absolute path to write to, or null when cancelled. */
  saveFile(options: { title: string; defaultName: string; filters?: FileFilter[] }): Promise<string | null>;
  /** The absolute path of the folder the user chose, or null when cancelled. */
  chooseFolder(options: { title: string; defaultPath?: string }): Promise<string | null>;
}

/** A job for the isolated worker: a module and the export to call with the input (all structured-clonable). */
export interface IsolatedJob {
  /** A file URL or absolute path of the module that holds the job. */
  module: string;
  /** The exported async function `(input, { signal }) => output` to call. */
  exportName: string;
  input: unknown;
}

/**
 * Runs parsing of untrusted files (archives, office files) away from the host process. Electron uses a
 * `utilityProcess` with size, ratio and count limits; the Node default runs the job in this process.
 */
export interface IsolatedWorkerPort {
  /** True when a crash or runaway job cannot take the host process down with it. */
  readonly isolated: boolean;
  run(job: IsolatedJob, options?: { signal?: AbortSignal; timeoutMs?: number }): Promise<unknown>;
}

export interface HostPorts {
  dialogs: DialogsPort;
  /** Protects the private key at rest (Electron: safeStorage; plain Node: file permissions only). */
  keyWrapper: KeyWrapper;
  isolatedWorker: IsolatedWorkerPort;
}

/** No native dialogs: every call is refused with a message the UI can show. */
export const noDialogs: DialogsPort = {
  openFiles: () => Promise.reject(new HostError('host.error.unsupported', { what: 'dialogs.openFiles' })),
  saveFile: () => Promise.reject(new HostError('host.error.unsupported', { what: 'dialogs.saveFile' })),
  chooseFolder: () => Promise.reject(new HostError('host.error.unsupported', { what: 'dialogs.chooseFolder' })),
};

type JobFunction = (input: unknown, context: { signal: AbortSignal }) => Promise<unknown>;

/** Runs the job's export in this process (not isolated), honouring the abort signal and a timeout. */
export const inProcessWorker: IsolatedWorkerPort = {
  isolated: false,
  async run(job, options = {}) {
    const loaded = (await import(job.module)) as Record<string, unknown>;
    const fn = loaded[job.exportName];
    if (typeof fn !== 'function') throw new Error(`${job.module} has no function export ${job.exportName}`);
    const signals = [options.signal, options.timeoutMs === undefined ? undefined : AbortSignal.timeout(options.timeoutMs)];
    const signal = AbortSignal.any(signals.filter((s): s is AbortSignal => s !== undefined));
    signal.throwIfAborted();
    return new Promise((resolve, reject) => {
      const onAbort = (): void => reject(signal.reason as Error);
      signal.addEventListener('abort', onAbort, { once: true });
      (fn as JobFunction)(job.input, { signal })
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
  },
};

export const nodeDefaultPorts: HostPorts = { dialogs: noDialogs, keyWrapper: plainFileKeyWrapper, isolatedWorker: inProcessWorker };
