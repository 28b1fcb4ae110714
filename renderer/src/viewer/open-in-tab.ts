// The fallback for what the viewer cannot show: the bytes in a new tab through a blob URL, so the page's CSP
// and cookie stay with the workspace and the county's file never becomes part of it.
import type { AppHost } from '../app/app-host';

/** How long a blob URL outlives the click: enough for the new tab to load it, then its memory is freed. */
const BLOB_URL_LIFETIME_MS = 60_000;

export async function openInNewTab(host: AppHost, sha256: string, fileName: string): Promise<void> {
  const blob = await host.fetchDocument(sha256, fileName);
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}
