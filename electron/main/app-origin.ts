// The one origin the renderer is ever served from. It never changes between runs or installs, so what the
// renderer keeps in IndexedDB stays reachable, and every navigation check compares against these two parts.
// (A custom scheme's URL.origin is "null" in Node, so checks compare protocol and host, never origin.)
export const APP_SCHEME = 'app';
export const APP_HOST = 'review-desk';
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
/** Chromium's serialisation of the origin (WebFrameMain.origin), which the IPC sender check compares against. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** True when the URL parses and is on app://review-desk. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST;
  } catch {
    return false;
  }
}
