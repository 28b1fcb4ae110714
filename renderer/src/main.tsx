// The page's entry: the expert workspace (React, antd, Dexie) against the local web host.
import { createRoot } from 'react-dom/client';
import { openExpertDatabase } from './db/open-expert-database';
import { App } from './app/App';
import { createPageHost } from './app/app-host';
import { readCspNonce } from './app/csp-nonce';

// The link's token has become a cookie: take it out of the address bar and the history.
if (new URLSearchParams(location.search).has('token')) history.replaceState(null, '', location.pathname + location.hash);

/** localStorage, or none where the browser's settings forbid it (the workspace works without it). */
function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const container = document.getElementById('app') ?? document.body;
createRoot(container).render(<App makeHost={createPageHost} openDatabase={() => openExpertDatabase()} storage={pageStorage()} nonce={readCspNonce(document)} />);
