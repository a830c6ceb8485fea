// Serves the built game (dist/) beside the rooms, on the same port: GET and HEAD only,
// files under the folder only, index.html for the folder itself.
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** A request handler for the files of `root`; calls `next` for anything it does not serve. */
export function staticFiles(root: string) {
  const base = resolve(root);
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return next();
    }
    if (path.includes('\0')) return next();
    let file = resolve(join(base, normalize(path)));
    if (file !== base && !file.startsWith(base + sep)) return next();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const size = statSync(file).size;
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', // i18n-ignore: an HTTP header
        'Content-Length': size, // i18n-ignore: an HTTP header
        'X-Content-Type-Options': 'nosniff', // i18n-ignore: an HTTP header
        'Cache-Control': extname(file) === '.html' ? 'no-cache' : 'public, max-age=3600', // i18n-ignore: an HTTP header
      });
      if (req.method === 'HEAD') return void res.end();
      createReadStream(file).pipe(res);
    } catch {
      next();
    }
  };
}
