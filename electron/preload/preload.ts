// The preload: `window.reviewDesk`, one function per method of the host API plus onProgress, cancel and
// pathForFile, and nothing else. The page never gets ipcRenderer, a generic invoke or send, or an IPC event object (its `sender`
// would be ipcRenderer again), so a compromised page can reach only what the contract offers, and main checks
// even that (electron/main/ipc-bindings.ts).
//
// Bundling: a sandboxed preload can `require` only 'electron' (and a few polyfilled modules) at run time, so this
// file must be bundled into one script before packaging. Keep its imports to 'electron' and pure modules of
// shared/ (test/electron/preload/preload.test.ts checks that).
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { HOST_METHODS, hostProgressSchema, type HostProgress } from '../../shared/contract/host-api-spec';
import { CANCEL_CHANNEL, methodChannel, PROGRESS_CHANNEL, type IpcCall, type IpcEnvelope, type PageFile, type ReviewDeskBridge } from '../../shared/contract/ipc-channels';

/** The name of the bridge on `window`. */
export const BRIDGE_NAME = 'reviewDesk';

type ProgressListener = (progress: HostProgress) => void;

/** Electron's webUtils.getPathForFile, or a stand-in in tests. */
type PathOfFile = (file: File) => string;

/** Builds the bridge over an ipcRenderer (tests pass fakes); exposed by exposeReviewDesk. */
export function createReviewDeskBridge(ipc: Pick<typeof ipcRenderer, 'invoke' | 'send' | 'on'>, pathOfFile: PathOfFile): ReviewDeskBridge {
  // One IPC listener for all operations, routed by id, rather than one per call (no listener leak warnings).
  const listeners = new Map<string, Set<ProgressListener>>();
  let listening = false;
  const route = (_event: IpcRendererEvent, payload: unknown): void => {
    const progress = hostProgressSchema.safeParse(payload);
    if (!progress.success) return;
    for (const listener of listeners.get(progress.data.operationId) ?? []) listener(progress.data);
  };

  const methods = Object.fromEntries(
    HOST_METHODS.map((method) => [
      method,
      // The envelope is rebuilt from known fields, so nothing else the page attaches travels to main.
      (params: unknown, call: IpcCall): Promise<unknown> => {
        const envelope: IpcEnvelope = { locale: call.locale, params, ...(call.operationId === undefined ? {} : { operationId: call.operationId }) };
        return ipc.invoke(methodChannel(method), envelope);
      },
    ]),
  );

  return {
    ...methods,
    onProgress(operationId: string, listener: ProgressListener): () => void {
      if (!listening) {
        ipc.on(PROGRESS_CHANNEL, route);
        listening = true;
      }
      const forOperation = listeners.get(operationId) ?? new Set<ProgressListener>();
      forOperation.add(listener);
      listeners.set(operationId, forOperation);
      return () => {
        forOperation.delete(listener);
        if (forOperation.size === 0 && listeners.get(operationId) === forOperation) listeners.delete(operationId);
      };
    },
    cancel(operationId: string): void {
      ipc.send(CANCEL_CHANNEL, operationId);
    },
    pathForFile(file: PageFile): string {
      // Anything but a File (a Blob made in the page, a plain object) has no place on disk.
      if (!(file instanceof File)) return '';
      try {
        return pathOfFile(file);
      } catch {
        return '';
      }
    },
    // The methods come from Object.fromEntries, which TypeScript types loosely; the test compares the keys.
  } as ReviewDeskBridge;
}

export function exposeReviewDesk(): void {
  contextBridge.exposeInMainWorld(BRIDGE_NAME, createReviewDeskBridge(ipcRenderer, (file) => webUtils.getPathForFile(file)));
}

exposeReviewDesk();
