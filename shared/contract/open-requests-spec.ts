// Files the operating system asked the app to open (a double-clicked .rdsession, .rdscores or .rdarchive, or
// one chosen with the desktop menu's 打开文件…), handed to the UI, which decides what to do with each by its
// kind and the user's role. Spread into `hostApiSpec`. Only the Electron host ever has any: the local web host
// and the CLI answer with none.
import { z } from 'zod';

export const OPEN_REQUEST_KINDS = ['session', 'scores', 'archive'] as const;
export type OpenRequestKind = (typeof OPEN_REQUEST_KINDS)[number];

/** The extension (lower case, with its dot) of each kind: the ones the installers associate with the app. */
export const OPEN_REQUEST_EXTENSIONS: Readonly<Record<OpenRequestKind, string>> = {
  session: '.rdsession',
  scores: '.rdscores',
  archive: '.rdarchive',
};

/** The kind a path's extension says (case-insensitive), or null for any other file. */
export function openRequestKindOf(path: string): OpenRequestKind | null {
  const lower = path.toLowerCase();
  return OPEN_REQUEST_KINDS.find((kind) => lower.endsWith(OPEN_REQUEST_EXTENSIONS[kind])) ?? null;
}

export const openRequestSchema = z.strictObject({
  /** Absolute, on the host's disk; the UI hands it back to openSession or importScores as it is. */
  path: z.string().min(1).max(4096),
  kind: z.enum(OPEN_REQUEST_KINDS),
});
export type OpenRequest = z.infer<typeof openRequestSchema>;

export const openRequestsSpec = {
  /**
   * Takes every file waiting to be opened, oldest first: each is answered once, so a second call returns only
   * what arrived since. With `wait`, on a host that receives files (Electron) the answer comes once at least
   * one is waiting, at once if some already are: the page keeps one such call open and is told of a file
   * double-clicked while the app runs without polling. A newer waiting call answers an older one with no
   * files (a reloaded page's call replaces the one its previous page left behind). `more` says whether this
   * host can receive files later at all; where it cannot (the local web host, the CLI) there is nothing to
   * wait for and the answer is always at once.
   */
  takeOpenRequests: {
    params: z.object({ wait: z.boolean().default(false) }),
    result: z.strictObject({ files: z.array(openRequestSchema), more: z.boolean() }),
  },
} as const;
