// What only some hosts have, as ports the host services are written against (DESIGN.md §2): the Electron
// binding plugs in native dialogs, `safeStorage` and `utilityProcess`; plain Node (the local web host, the CLI,
// tests) gets the defaults below, or a HostError saying the host cannot do it.
import { plainFileKeyWrapper, type KeyWrapper } from '../keys/key-wrapper';
import { HostError } from './host-error';
import type { IsolatedJob, JobRegistry } from './isolated-job-types';
import { ISOLATED_JOBS } from './isolated-jobs';

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

export type { IsolatedJob } from './isolated-job-types';

export interface IsolatedRunOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Called with each progress value the job reports (unparsed: it comes from the job, parse it). */
  onProgress?: (value: unknown) => void;
}

/**
 * Runs parsing of untrusted files (archives, office files) away from the host process. Electron uses a
 * `utilityProcess` with size, ratio and count limits; the Node default runs the job in this process.
 */
export interface IsolatedWorkerPort {
  /** True when a crash or runaway job cannot take the host process down with it. */
  readonly isolated: boolean;
  run(job: IsolatedJob, options?: IsolatedRunOptions): Promise<unknown>;
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

/** Runs jobs from `jobs` in this process (not isolated), honouring the abort signal and a timeout. */
export function inProcessWorkerOf(jobs: JobRegistry): IsolatedWorkerPort {
  return {
    isolated: false,
    async run(job, options = {}) {
      const fn = Object.hasOwn(jobs, job.name) ? jobs[job.name] : undefined;
      if (fn === undefined) throw new Error(`no isolated job named ${job.name}`);
      const signals = [options.signal, options.timeoutMs === undefined ? undefined : AbortSignal.timeout(options.timeoutMs)];
      const signal = AbortSignal.any(signals.filter((s): s is AbortSignal => s !== undefined));
      signal.throwIfAborted();
      const progress = (value: unknown): void => options.onProgress?.(value);
      return new Promise((resolve, reject) => {
        const onAbort = (): void => reject(signal.reason as Error);
        signal.addEventListener('abort', onAbort, { once: true });
        fn(job.input, { signal, progress })
          .then(resolve, reject)
          .finally(() => signal.removeEventListener('abort', onAbort));
      });
    },
  };
}

/** The registry's jobs in this process: the plain-Node default. */
export const inProcessWorker: IsolatedWorkerPort = inProcessWorkerOf(ISOLATED_JOBS);

export const nodeDefaultPorts: HostPorts = { dialogs: noDialogs, keyWrapper: plainFileKeyWrapper, isolatedWorker: inProcessWorker };
