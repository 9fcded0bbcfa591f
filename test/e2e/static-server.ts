import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

/**
 * A deliberately plain static server, like `python3 -m http.server` or nginx with its defaults:
 * no special headers, no rewrites (a missing file is a 404, never index.html), a directory
 * answers with its index.html, and only the common file types get a content type. The app is
 * served under a sub-path (`/regiekaart/`), as on a school's intranet.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export function plainStaticServer(root: string, prefix: string): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://server');
    if (!url.pathname.startsWith(prefix)) return notFound(response);
    const relative = decodeURIComponent(url.pathname.slice(prefix.length));
    const file = path.join(root, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
    if (!file.startsWith(root)) return notFound(response);
    try {
      if (!statSync(file).isFile()) return notFound(response);
    } catch {
      return notFound(response);
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
}

function notFound(response: import('node:http').ServerResponse) {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('not found');
}
