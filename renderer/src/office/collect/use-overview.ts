// The sent session's overview from the host, read when the step opens and again on refresh (after every
// import). Until the office has exported the session file there is nothing to collect into: the host says
// so with office.collect.noSession, which the step shows as that plain state rather than as an error.
import { useCallback, useEffect, useState } from 'react';
import { errorText, useApp } from '../../app/app-context';
import type { Overview } from './overview';

export type OverviewState =
  | { kind: 'loading' }
  | { kind: 'notExported'; messages: string[] }
  | { kind: 'refused'; messages: string[] }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; overview: Overview };

/** The host's code for "no session file in this session's workspace yet" (electron/office/sent-session.ts). */
const NOT_EXPORTED = 'office.collect.noSession';

export function useOverview(sessionId: string): { state: OverviewState; refresh: () => void } {
  const { host } = useApp();
  const [state, setState] = useState<OverviewState>({ kind: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    // A refresh keeps the matrix on screen until the new one arrives, so it does not flicker after each import.
    host.officeSessionOverview({ sessionId }).then(
      (result) => {
        if (!live) return;
        if (result.ok) setState({ kind: 'ready', overview: result });
        else setState({ kind: result.code === NOT_EXPORTED ? 'notExported' : 'refused', messages: result.messages });
      },
      (cause: unknown) => live && setState({ kind: 'failed', message: errorText(cause) }),
    );
    return () => {
      live = false;
    };
  }, [host, sessionId, version]);

  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return { state, refresh };
}
