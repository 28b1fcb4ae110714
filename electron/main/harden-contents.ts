// Every web contents the app ever creates is checked and fenced here, whoever created it: the page may not
// leave app://review-desk, open windows, attach <webview>s or use any browser permission. The one way out is
// an https: link the user asked to open, and only after they confirm it in a dialog.
import { app, dialog, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { translate } from '../../shared/i18n/translate';
import { isAppUrl } from './app-origin';

// Electron keeps the preferences a contents was created with but leaves the getter out of its public
// typings; it is read through this narrow view. When it is missing the contents is refused (fail closed).
interface WithLastPreferences {
  getLastWebPreferences?: () => WebPreferences | null;
}

/** True when the contents runs sandboxed, isolated, without Node and with web security on. */
export function hasSecurePreferences(contents: WebContents): boolean {
  const preferences = (contents as WebContents & WithLastPreferences).getLastWebPreferences?.() ?? null;
  if (preferences === null) return false;
  return preferences.sandbox === true && preferences.contextIsolation === true && preferences.nodeIntegration !== true && preferences.webSecurity !== false;
}

/** The user confirms in Chinese before an https: link leaves the app for the system browser; nothing else ever does. */
export async function openExternalAfterConfirm(url: string): Promise<boolean> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  const buttons = [translate('zh-CN', 'host.external.open'), translate('zh-CN', 'host.external.cancel')];
  const { response } = await dialog.showMessageBox({
    type: 'question',
    title: translate('zh-CN', 'host.page.title'),
    message: translate('zh-CN', 'host.external.confirm'),
    detail: parsed.href,
    buttons,
    // Enter and Esc both keep the link inside: opening must be a deliberate click.
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  if (response !== 0) return false;
  await shell.openExternal(parsed.href);
  return true;
}

function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

function offerExternal(url: string): void {
  // A refused or failed open changes nothing in the app, so there is nothing to report back to the page.
  openExternalAfterConfirm(url).catch(() => false);
}

export function hardenContents(contents: WebContents): void {
  if (!hasSecurePreferences(contents)) {
    // Closed before it loads anything: no page of ours should ever run without these preferences.
    contents.close();
    return;
  }
  denyPermissions(contents.session);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    offerExternal(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    offerExternal(url);
    return { action: 'deny' };
  });
}

/** Call before any window exists so the very first contents is covered. */
export function hardenAllContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}
