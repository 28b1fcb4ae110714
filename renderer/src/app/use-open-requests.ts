// Asks the host for files waiting to be opened when the page starts, and again each time the window gets the
// focus: the main process brings the window forward whenever a file arrives (a double-click while the app
// runs, macOS's open-file, the menu's 打开文件…), so the focus is the moment to look.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { OpenRequest } from '../../../shared/contract/open-requests-spec';
import type { AppHost } from './app-host';
import type { OpenRequests } from './open-requests-context';

type FocusTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>;

export function useOpenRequests(host: Pick<AppHost, 'takeOpenRequests'>, target: FocusTarget = window): OpenRequests {
  const [files, setFiles] = useState<readonly OpenRequest[]>([]);

  useEffect(() => {
    const take = (): void => {
      host.takeOpenRequests().then(
        // Kept even if this effect was cleaned up meanwhile: the host has handed them over and will not again.
        ({ files: arrived }) => {
          if (arrived.length === 0) return;
          setFiles((current) => [...current, ...arrived.filter((file) => !current.some((known) => known.path === file.path))]);
        },
        // A failed look shows nothing (there is nothing the user could do about it); the next focus asks again.
        () => undefined,
      );
    };
    take();
    target.addEventListener('focus', take);
    return () => target.removeEventListener('focus', take);
  }, [host, target]);

  const settle = useCallback((paths: readonly string[]) => setFiles((current) => current.filter((file) => !paths.includes(file.path))), []);
  return useMemo(() => ({ files, settle }), [files, settle]);
}
