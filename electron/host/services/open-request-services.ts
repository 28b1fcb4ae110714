// The files the operating system asked us to open, handed to the UI (shared/contract/open-requests-spec.ts).
// The queue is the Electron main process's (pending-opens.ts); a host without one (the local web host, the
// CLI) never has anything waiting.
import { openRequestKindOf, type OpenRequest } from '../../../shared/contract/open-requests-spec';
import type { HostServices } from '../call-method';

/** Where waiting files come from: taking them empties the queue, so each is handed over once. */
export interface OpenRequestSource {
  take(): string[];
}

export const noOpenRequests: OpenRequestSource = { take: () => [] };

export function openRequestServices(source: OpenRequestSource): Pick<HostServices, 'takeOpenRequests'> {
  return {
    takeOpenRequests: async () => {
      // The queue holds only our extensions already; a path that is none of them is dropped, not guessed at.
      const files = source.take().flatMap((path): OpenRequest[] => {
        const kind = openRequestKindOf(path);
        return kind === null ? [] : [{ path, kind }];
      });
      return { files };
    },
  };
}
