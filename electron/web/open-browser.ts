// Opens the link in the user's default browser; failure is harmless (the link is printed anyway).
import { spawn } from 'node:child_process';

export function browserCommand(platform: NodeJS.Platform, url: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // `start` would need cmd.exe quoting; the URL handler takes the link as one argument.
  if (platform === 'win32') return ['rundll32', ['url.dll,FileProtocolHandler', url]];
  return ['xdg-open', [url]];
}

export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const [command, args] = browserCommand(platform, url);
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser opener on this machine: the printed link is enough.
  }
}
