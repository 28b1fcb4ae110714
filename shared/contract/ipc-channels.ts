// The Electron IPC names and the shape of a call, said once for the main process (electron/main/ipc-bindings.ts),
// the preload (electron/preload/preload.ts) and the renderer. Pure and import-free at run time on purpose: the
// sandboxed preload bundles it, and the renderer may read it without reaching into electron/.
import type { HostMethod, HostParams, HostProgress } from './host-api-spec';
import type { Locale } from '../i18n/translate';

/** Every channel starts with this, so ours are told apart from anything a library might register. */
export const IPC_PREFIX = 'review-desk:';
/** The channel of one contract method: `review-desk:getHostInfo`. */
export const methodChannel = (method: string): string => `${IPC_PREFIX}${method}`;
/** Main → renderer: a HostProgress of a running call, sent to the frame that made it. */
export const PROGRESS_CHANNEL = `${IPC_PREFIX}progress`;
/** Renderer → main: the operation id of a call to abort. */
export const CANCEL_CHANNEL = `${IPC_PREFIX}cancel`;

/** The same rule as the web host's X-Operation-Id: short, and safe to log or use as a key. */
export const OPERATION_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** What the renderer says with each call besides the parameters. */
export interface IpcCall {
  /** The language refusals and service texts come back in. */
  locale: Locale;
  /** Set when the caller wants progress events or may cancel; unique among its running calls. */
  operationId?: string;
}

/** What crosses the channel: the call's parameters wrapped with who is asking and in which language. */
export interface IpcEnvelope extends IpcCall {
  params: unknown;
}

/**
 * A file the page holds (from a file input or a drop), as the preload sees it. Typed structurally because
 * shared/ has no DOM types; at run time it is a DOM `File`.
 */
export type PageFile = object;

/**
 * `window.reviewDesk`: one function per contract method, the two progress helpers and `pathForFile`, nothing
 * else. Answers are
 * `{ ok: true, result }` or `{ ok: false, failure, error }` (electron/host/call-method.ts, CallOutcome), typed
 * `unknown` because the renderer parses whatever crosses a boundary.
 */
export type ReviewDeskBridge = { readonly [M in HostMethod]: (params: HostParams<M>, call: IpcCall) => Promise<unknown> } & {
  /** Calls listener with this operation's progress until the returned function is called. */
  readonly onProgress: (operationId: string, listener: (progress: HostProgress) => void) => () => void;
  /** Asks the host to abort the running call with this operation id (a no-op when none is running). */
  readonly cancel: (operationId: string) => void;
  /**
   * Where on disk a file the user chose or dropped lives (Electron's `webUtils.getPathForFile`), '' when it has
   * none (dragged out of another program, made in the page). No IPC: the path is the user's own file, which the
   * page then names to a contract method exactly as it would a path from the open dialog. Without this the page
   * would have to copy every dropped file through the host, as the browser does (POST /api/uploads).
   */
  readonly pathForFile: (file: PageFile) => string;
};

/** The bridge's own functions besides the contract's methods. */
export const BRIDGE_EXTRAS = ['onProgress', 'cancel', 'pathForFile'] as const;
