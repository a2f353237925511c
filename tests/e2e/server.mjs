// A tiny static file server for the release build (dist/), used by the end-to-end tests and
// `scripts/test`. Serves .wasm as application/wasm; binds to 127.0.0.1 only. With { gzip: true }
// (the phone measurement in tests/perf/measure.mjs) it compresses as a web host does.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The standalone page's policy (also in index.html as a meta tag); sent as a header too. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** The types a host compresses (nginx's gzip_types as usually configured): not the images. */
const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.json', '.svg']);

/** Whether the request's accept-encoding allows gzip (`gzip` or `*`, with a q above 0). */
function acceptsGzip(req) {
  return String(req.headers['accept-encoding'] ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';').map((x) => x.trim());
    const q = params.find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * Start serving `root` on 127.0.0.1:`port` (0 = any free port). Resolves to { server, url }.
 *
 * `options.gzip`: serve as a host with gzip does. When the request accepts gzip, the file's `.gz`
 * next to it is sent if there is one, else the file is compressed on the fly (zlib level 6, as
 * nginx does), with `content-encoding: gzip`; every compressible response says
 * `vary: accept-encoding`. Never brotli: `.br` files are neither chosen nor served. Off by default
 * (the end-to-end tests rely on plain responses).
 */
export function serve(root, port = 0, options = {}) {
  const gzip = options.gzip === true;
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      if (gzip && file.endsWith('.br')) throw new Error('no brotli when serving gzip');
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'content-security-policy': CSP,
      };
      if (gzip && COMPRESSIBLE.has(extname(file))) {
        headers.vary = 'accept-encoding';
        if (acceptsGzip(req)) {
          body = (await readFile(`${file}.gz`).catch(() => null)) ?? gzipSync(body, { level: 6 });
          headers['content-encoding'] = 'gzip';
        }
        headers['content-length'] = body.length;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      ok({ server, url: `http://127.0.0.1:${server.address().port}/` });
    });
  });
}

// `node server.mjs DIR [PORT]` serves until killed.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  serve(dir, Number(port)).then(({ url }) => console.log(`serving ${dir} on ${url}`));
}
