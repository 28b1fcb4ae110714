// The page's entry: the expert workspace (React, antd, Dexie) against the local web host, or against the
// Electron host through the preload's `window.reviewDesk` when the page runs in the desktop window.
import { createRoot } from 'react-dom/client';
import { openExpertDatabase } from './db/open-expert-database';
import { App } from './app/App';
import { chooseMakeHost } from './app/app-host';
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

// Chosen once, outside render: App keeps its host for as long as makeHost stays the same function.
const makeHost = chooseMakeHost(window);
const container = document.getElementById('app') ?? document.body;
createRoot(container).render(<App makeHost={makeHost} openDatabase={() => openExpertDatabase()} storage={pageStorage()} nonce={readCspNonce(document)} />);
