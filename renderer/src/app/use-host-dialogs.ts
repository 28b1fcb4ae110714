// Whether the host has native dialogs (getHostInfo's `dialogs`: Electron yes, the browser no). False until the
// host answers and when it cannot: every screen then offers what works everywhere (a typed path, a download
// link), never a button the host would refuse.
import { useEffect, useState } from 'react';
import type { AppHost } from './app-host';

export function useHostDialogs(host: Pick<AppHost, 'getHostInfo'>): boolean {
  const [dialogs, setDialogs] = useState(false);
  useEffect(() => {
    let live = true;
    host.getHostInfo().then(
      (info) => live && setDialogs(info.dialogs),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);
  return dialogs;
}
