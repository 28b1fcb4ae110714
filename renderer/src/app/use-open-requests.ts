// Hears of files the user asked the app to open (double-clicked, or chosen with the desktop menu). The page
// keeps one waiting takeOpenRequests call open, answered by the host as soon as a file arrives, and opens the
// next one; the first answers at once with what arrived before the page started. Where the host never
// receives files (the web host) the first answer says so and nothing waits. The window getting the focus
// asks once more, in case the waiting call failed.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { OpenRequest } from '../../../shared/contract/open-requests-spec';
import type { AppHost } from './app-host';
import type { OpenRequests } from './open-requests-context';

type FocusTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>;

export function useOpenRequests(host: Pick<AppHost, 'takeOpenRequests'>, target: FocusTarget = window): OpenRequests {
  const [files, setFiles] = useState<readonly OpenRequest[]>([]);

  useEffect(() => {
    // Kept even if this effect was cleaned up meanwhile: the host has handed them over and will not again.
    const received = (arrived: readonly OpenRequest[]): void => {
      if (arrived.length === 0) return;
      setFiles((current) => [...current, ...arrived.filter((file) => !current.some((known) => known.path === file.path))]);
    };
    const stop = new AbortController();
    const listen = async (): Promise<void> => {
      try {
        for (;;) {
          const { files: arrived, more } = await host.takeOpenRequests({ wait: true }, stop.signal);
          received(arrived);
          if (!more || stop.signal.aborted) return;
        }
      } catch {
        // Cancelled as the page goes, or the host failed: the focus still asks.
      }
    };
    const take = (): void => {
      host.takeOpenRequests({}).then(
        ({ files: arrived }) => received(arrived),
        // A failed look shows nothing (there is nothing the user could do about it); the next focus asks again.
        () => undefined,
      );
    };
    void listen();
    target.addEventListener('focus', take);
    return () => {
      stop.abort();
      target.removeEventListener('focus', take);
    };
  }, [host, target]);

  const settle = useCallback((paths: readonly string[]) => setFiles((current) => current.filter((file) => !paths.includes(file.path))), []);
  return useMemo(() => ({ files, settle }), [files, settle]);
}
