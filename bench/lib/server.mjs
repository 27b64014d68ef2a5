/**
 * A small static server for the browser benchmarks: serves the repository root, plus in-memory
 * routes (generated pages and feeds), gzip-compressed when the browser asks for it, so the bytes
 * transferred are what a partner's visitors would download from a CDN that gzips.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { ROOT } from './paths.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg']);

export const gzip = (buffer) => gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION });

export async function startServer() {
  /** path -> { body: Buffer, type } */
  const routes = new Map();
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    let body;
    let type;
    let key;
    const route = routes.get(url.pathname);
    if (route) {
      body = route.body;
      type = route.type;
      key = `route:${url.pathname}:${route.version}`;
    } else {
      const path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
      if (!path.startsWith(ROOT)) return res.writeHead(403).end();
      try {
        const info = await stat(path);
        body = await readFile(path);
        type = TYPES[extname(path)] ?? 'application/octet-stream';
        key = `file:${path}:${info.mtimeMs}`;
      } catch {
        return res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
    }
    const headers = {
      'content-type': type,
      'cache-control': api.cacheControl?.(url.pathname) ?? 'no-store',
    };
    const ext = extname(url.pathname) || '.html';
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(key)) gzipped.set(key, gzip(body));
      body = gzipped.get(key);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  let version = 0;
  const api = {
    /** Optional `(path) => Cache-Control` (the page-cost suite); default `no-store`. */
    cacheControl: undefined,
    origin: `http://127.0.0.1:${server.address().port}`,
    /** Serves `body` (string or Buffer) at `path`; the type comes from the extension (default html). */
    set(path, body, type = TYPES[extname(path)] ?? TYPES['.html']) {
      routes.set(path, {
        body: Buffer.isBuffer(body) ? body : Buffer.from(body),
        type,
        version: ++version,
      });
    },
    close: () => new Promise((done) => server.close(done)),
  };
  return api;
}
