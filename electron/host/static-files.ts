/**
 * Resolves a request path to a file under the built renderer directory and reads it, for both
 * the Electron `app://` protocol and the web host. It must never serve anything outside that
 * directory (no `..`, no symlink escape, no dotfiles) and never serves directory listings.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** `pathname` is the raw (still percent-encoded) URL path; `/` maps to index.html. */
export async function readStaticFile(root: string, pathname: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const segments = relative.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.startsWith('.') || s.includes('\\') || s.includes('\0'))) {
    return null;
  }
  const contentType = CONTENT_TYPES[extname(relative).toLowerCase()];
  if (!contentType) return null;
  try {
    const realRoot = await realpath(root);
    const real = await realpath(resolve(realRoot, ...segments));
    if (!real.startsWith(realRoot + sep)) return null;
    if (!(await stat(real)).isFile()) return null;
    return { body: await readFile(real), contentType };
  } catch {
    return null;
  }
}
