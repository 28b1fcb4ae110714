// The built renderer, served from one folder. The path comes from the raw request line (Node does not
// normalise it), so `..`, encoded `..%2f`, backslashes and NUL are refused before any file is touched, and
// the file found must still lie inside the folder after symlinks are resolved.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const contentTypeOf = (path: string): string => CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

export type StaticLookup = { kind: 'file'; path: string; size: number } | { kind: 'badPath' } | { kind: 'notFound' };

/** The URL path's segments, or null when the path tries to leave the folder or is malformed. */
export function safeSegments(pathname: string): string[] | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..' || /^[a-zA-Z]:/.test(segment))) return null;
  return segments;
}

export async function findStaticFile(root: string, pathname: string): Promise<StaticLookup> {
  const segments = safeSegments(pathname);
  if (segments === null) return { kind: 'badPath' };
  // Hidden files are never part of the build.
  if (segments.some((segment) => segment.startsWith('.'))) return { kind: 'notFound' };
  if (segments.length === 0 || pathname.endsWith('/')) segments.push('index.html');
  const candidate = join(root, ...segments);
  if (!candidate.startsWith(root + sep)) return { kind: 'badPath' };
  try {
    const real = await realpath(candidate);
    if (!real.startsWith(root + sep)) return { kind: 'badPath' };
    const info = await stat(real);
    return info.isFile() ? { kind: 'file', path: real, size: info.size } : { kind: 'notFound' };
  } catch {
    return { kind: 'notFound' };
  }
}

export function sendFile(req: IncomingMessage, res: ServerResponse, file: { path: string; size: number }, headers: Record<string, string> = {}): void {
  res.writeHead(200, { ...headers, 'Content-Type': contentTypeOf(file.path), 'Content-Length': file.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file.path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
