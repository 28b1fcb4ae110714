// The one contract between the UI and the machine (DESIGN.md §2): every method the renderer may call, with
// the schema of its parameters and of its result. The Electron IPC binding, the local web host and the CLI
// are all built from this table, so a method added here without an implementation does not compile, and
// every payload crossing a boundary is parsed, never trusted.
import { z } from 'zod';

export const HOST_KINDS = ['electron', 'web', 'cli'] as const;

const hostInfoSchema = z.object({
  /** The app's version (package.json). */
  version: z.string(),
  host: z.enum(HOST_KINDS),
  /** Where this user's data lives (key file, blob store, exports). */
  dataDir: z.string(),
});

export const hostApiSpec = {
  getHostInfo: { params: z.object({}), result: hostInfoSchema },
} as const;

export type HostApiSpec = typeof hostApiSpec;
export type HostMethod = keyof HostApiSpec;
export type HostParams<M extends HostMethod> = z.input<HostApiSpec[M]['params']>;
export type HostResult<M extends HostMethod> = z.output<HostApiSpec[M]['result']>;

/** What a host implements: one async function per method. A missing method is a compile error. */
export type HostApi = { [M in HostMethod]: (params: z.output<HostApiSpec[M]['params']>) => Promise<HostResult<M>> };

/** The method names, for bindings that must expose exactly these and nothing else. */
export const HOST_METHODS = Object.keys(hostApiSpec) as HostMethod[];

/** Progress of a long operation (imports, exports), pushed to the UI while the call is running. */
export const hostProgressSchema = z.object({
  /** Identifies the call it belongs to; the client sends it with the call. */
  operationId: z.string(),
  done: z.number().nonnegative(),
  total: z.number().nonnegative(),
  /** What is being worked on, for the progress bar's caption (a file name, a document title). */
  label: z.string().default(''),
});
export type HostProgress = z.infer<typeof hostProgressSchema>;
