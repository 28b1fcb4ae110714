// Files dropped into the browser wait under `<dataDir>/uploads/` until openSession has read them (the page
// has bytes, not a path; Electron gets real paths and never uses this). They are copies the user still has,
// so they are deleted as soon as the open is done, whatever its outcome, and any left over (a page closed
// before opening) when the web host next starts.
import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { uploadsDirOf } from './data-layout';

/** True for a file directly inside the data directory's uploads folder. */
export function isUploadPath(dataDir: string, path: string): boolean {
  const inside = relative(uploadsDirOf(dataDir), resolve(path));
  return inside !== '' && !inside.startsWith('..') && !inside.includes(sep);
}

/** Removes the file if it is an upload; anything else (the user's own file) is never touched. */
export async function removeIfUpload(dataDir: string, path: string): Promise<void> {
  if (isUploadPath(dataDir, path)) await rm(resolve(path), { force: true }).catch(() => undefined);
}

/** Empties the uploads folder (at host start). */
export async function clearUploads(dataDir: string): Promise<void> {
  await rm(uploadsDirOf(dataDir), { recursive: true, force: true, maxRetries: 3 });
}

const EXTENSION = /^\.[a-z0-9]{1,16}$/;

/** A fresh path in the uploads folder (created 0700), keeping the sent name's extension when it is a plain one. */
export async function newUploadPath(dataDir: string, name: string): Promise<string> {
  const dir = uploadsDirOf(dataDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const extension = extname(name).toLowerCase();
  return join(dir, `${randomUUID()}${EXTENSION.test(extension) ? extension : ''}`);
}
