// Files the operating system asked us to open: a double-clicked .rdsession, .rdscores or .rdarchive arrives as
// a path on the command line, of this process or of a second instance that hands it over and quits. They are
// only collected here; the UI that takes them (file associations, #7) comes later and drains the queue.
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';

/** The extensions the installers associate with the app (lower case, compared case-insensitively). */
export const OPENABLE_EXTENSIONS: readonly string[] = ['.rdsession', '.rdscores', '.rdarchive'];

function isExistingFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The arguments that name an existing file with one of our extensions, as absolute paths. Everything else
 * (the executable, Chromium's switches, a folder, a file that is gone) is dropped: argv comes from whoever
 * started the process, so only what could be ours is kept. Relative paths are resolved against the directory
 * the starting process ran in.
 */
export function openableFilesIn(argv: readonly string[], workingDirectory: string): string[] {
  const found: string[] = [];
  for (const argument of argv) {
    if (argument.startsWith('-')) continue;
    if (!OPENABLE_EXTENSIONS.includes(extname(argument).toLowerCase())) continue;
    const path = resolve(workingDirectory, argument);
    if (isExistingFile(path) && !found.includes(path)) found.push(path);
  }
  return found;
}

/** A first-in, first-out queue without duplicates among the paths still waiting. */
export class PendingOpens {
  private readonly paths: string[] = [];

  add(paths: readonly string[]): void {
    for (const path of paths) if (!this.paths.includes(path)) this.paths.push(path);
  }

  /** The waiting paths, oldest first, without taking them. */
  peek(): readonly string[] {
    return [...this.paths];
  }

  /** Takes every waiting path, oldest first, leaving the queue empty. */
  take(): string[] {
    return this.paths.splice(0, this.paths.length);
  }
}
