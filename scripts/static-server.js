/**
 * The one static server of the repository's browser tooling (the e2e harness and the bench; the
 * demo runs on Vite's dev server): serves a folder on 127.0.0.1 at a free port, with routes that
 * replace a path (a handler `(req, res, url)`, or a body set with `set()`), every requested path
 * logged, and, when asked, gzip as a CDN would send it.
 *
 *   const server = await startStaticServer({ root, gzip: true });
 *   server.set('/page.html', '<!doctype html>…');
 *   server.routes.set('/feed.json', (req, res) => res.writeHead(500).end());
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg']);

/** gzip at level 9, as the size budgets count bytes. */
export const gzip = (buffer) => gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION });

/**
 * @param {object} options
 * @param {string} options.root the folder served
 * @param {Map<string, Function>} [options.routes] path → handler, checked before the files
 * @param {boolean} [options.gzip] gzip text answers when the browser accepts it (cached per body)
 * @param {string} [options.cacheControl] the Cache-Control of every answer, unless the
 *   `cacheControl` hook says otherwise; none by default
 */
export async function startStaticServer({
  root,
  routes = new Map(),
  gzip: compress = false,
  cacheControl,
}) {
  const base = resolve(root);
  const log = [];
  const compressed = new Map();

  /** Sends a body, gzipped if asked and accepted; `key` identifies it for the gzip cache. */
  const send = (req, res, url, { body, type, key }) => {
    const headers = { 'content-type': type };
    const caching = api.cacheControl?.(url.pathname) ?? cacheControl;
    if (caching) headers['cache-control'] = caching;
    Object.assign(headers, api.headers?.(url.pathname));
    const ext = extname(url.pathname) || '.html';
    if (
      compress &&
      COMPRESSIBLE.has(ext) &&
      /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
    ) {
      if (!compressed.has(key)) compressed.set(key, gzip(body));
      body = compressed.get(key);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers).end(body);
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    log.push(url.pathname);
    const route = routes.get(url.pathname);
    if (route) return route(req, res, url);
    // Browsers ask for it on every page; a 404 would show up as a console error.
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    const path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) return res.writeHead(403).end();
    try {
      const info = await stat(path);
      const file = info.isDirectory() ? join(path, 'index.html') : path;
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      send(req, res, url, { body, type, key: `file:${file}:${info.mtimeMs}` });
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));

  let version = 0;
  const api = {
    origin: `http://127.0.0.1:${server.address().port}`,
    routes,
    /** Every path requested, in order. */
    log,
    /** Optional `(path) => Cache-Control` for files and `set()` bodies (else the option's). */
    cacheControl: undefined,
    /** Optional `(path) => { header: value }`: more headers for files and `set()` bodies. */
    headers: undefined,
    /** Serves `body` (string or Buffer) at `path`; the type comes from the extension (default html). */
    set(path, body, type = TYPES[extname(path)] ?? TYPES['.html']) {
      const entry = {
        body: Buffer.isBuffer(body) ? body : Buffer.from(body),
        type,
        key: `route:${path}:${++version}`,
      };
      routes.set(path, (req, res, url) => send(req, res, url, entry));
    },
    close: () => new Promise((done) => server.close(done)),
  };
  return api;
}
