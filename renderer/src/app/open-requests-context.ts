// Files the operating system asked the app to open (double-clicked, or chosen with the desktop menu), held
// above both workspaces until a screen deals with them: the expert's and the office's each take the kinds
// that are theirs and explain the others. Without a provider (tests of single screens) there are none.
import { createContext, useContext } from 'react';
import type { OpenRequest } from '../../../shared/contract/open-requests-spec';

export interface OpenRequests {
  /** Waiting, oldest first, each path once. */
  files: readonly OpenRequest[];
  /** Done with these (opened, handed on, or dismissed): they leave the list. */
  settle(paths: readonly string[]): void;
}

const none: OpenRequests = { files: [], settle: () => undefined };

export const OpenRequestsContext = createContext<OpenRequests>(none);

export const useOpenRequestsContext = (): OpenRequests => useContext(OpenRequestsContext);

/** The file's own name, for people (the path's last part, on Windows or anywhere else). */
export const fileNameOf = (path: string): string => path.split(/[\\/]/).pop() ?? path;
