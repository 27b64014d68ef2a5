#!/usr/bin/env node
/**
 * A small self-hosting server for the iframe mode with oEmbed, for partners who want editors of
 * any oEmbed-aware CMS (WordPress, every role) to paste an embed page URL and get the widget.
 *
 *   npm run build:demo
 *   node scripts/oembed-server.mjs --port 8080 --public-url https://widgets.example.org/
 *
 * It serves the built `dist/demo/` folder (`--root`) with `Access-Control-Allow-Origin: *` (the
 * sandboxed frame has an opaque origin), plus:
 * - `<base>embed.html?widget=…`: the page with its oEmbed discovery link pointing at this
 *   server's endpoint for exactly that URL (a static host cannot do this);
 * - `<base>oembed?url=…&format=json`: the endpoint (`src/oembed/oembed.ts`).
 * `--public-url` is the address visitors and CMSes use (behind a reverse proxy, its public
 * https URL, path prefix included, forwarded unchanged); default `http://<host>:<port>/`.
 * Needs the repository's dev dependencies (esbuild reads the TypeScript module at start-up).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { importTs, ROOT } from './import-ts.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};
/** The discovery `<link>` of embed.html, whatever its formatting. */
const DISCOVERY = /<link\b[^>]*\stype="application\/json\+oembed"[^>]*>/;

let oembedModule;
/** The endpoint module, bundled from its TypeScript source once per process. */
function loadOembed() {
  oembedModule ??= importTs(
    "export { oembedResponse, embedPageUrl, escapeHtml } from './src/oembed/oembed.ts';",
  );
  return oembedModule;
}

/**
 * The request handler. `publicUrl`: the server's public base URL (ends with `/` once
 * normalised); `root`: the built demo folder.
 */
export async function createOembedHandler({ root = join(ROOT, 'dist/demo'), publicUrl }) {
  const { oembedResponse, embedPageUrl, escapeHtml } = await loadOembed();
  const base = new URL(publicUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  base.search = '';
  base.hash = '';
  const options = { embedOrigin: base.origin, embedPath: `${base.pathname}embed.html` };
  const folder = resolve(root);

  return async function handle(req, res) {
    const url = new URL(req.url ?? '/', base);
    const send = (status, headers, body) => {
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }, 'Method not allowed');
    if (!url.pathname.startsWith(base.pathname))
      return send(404, { 'content-type': 'text/plain' }, 'Not found');
    const path = url.pathname.slice(base.pathname.length);

    if (path === 'oembed') {
      const { status, headers, body } = oembedResponse(req.url ?? '/', {
        ...options,
        method: req.method,
      });
      return send(status, headers, body);
    }

    const file = normalize(join(folder, decodeURIComponent(path) || 'index.html'));
    if (file !== folder && !file.startsWith(folder + sep))
      return send(403, { 'content-type': 'text/plain' }, 'Forbidden');
    let body;
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      body = await readFile(file);
    } catch {
      return send(404, { 'content-type': 'text/plain' }, 'Not found');
    }
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    if (path === 'embed.html') {
      // The discovery link names this very page: `url` is the page's public address.
      const page = embedPageUrl(new URL(`embed.html${url.search}`, base).href, options);
      const html = body.toString('utf8');
      const endpoint = new URL('oembed', base);
      if (page) {
        endpoint.searchParams.set('url', page.href);
        endpoint.searchParams.set('format', 'json');
      }
      body = page
        ? html.replace(DISCOVERY, (tag) =>
            tag.replace(/\shref="[^"]*"/, ` href="${escapeHtml(endpoint.href)}"`),
          )
        : html.replace(new RegExp(`\\s*${DISCOVERY.source}`), '');
      headers['cache-control'] = 'no-cache';
    }
    return send(200, headers, body);
  };
}

/** Starts the server; resolves to `{ origin, publicUrl, close }`. `port` 0 picks a free one. */
export async function startOembedServer({ root, publicUrl, port = 0, host = '127.0.0.1' } = {}) {
  let handle;
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Server error');
    });
  });
  await new Promise((done) => server.listen(port, host, done));
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${server.address().port}`;
  const publicBase = publicUrl ?? `${origin}/`;
  handle = await createOembedHandler({ root, publicUrl: publicBase });
  return {
    origin,
    publicUrl: publicBase,
    close: () => new Promise((done) => server.close(done)),
  };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      'public-url': { type: 'string' },
      root: { type: 'string', default: join(ROOT, 'dist/demo') },
    },
  });
  const { origin, publicUrl } = await startOembedServer({
    root: values.root,
    publicUrl: values['public-url'],
    port: Number(values.port),
    host: values.host,
  });
  console.log(`serving ${values.root} on ${origin} (public URL ${publicUrl})`);
  console.log(`  embed page: ${publicUrl}embed.html?widget=banner`);
  console.log(`  oEmbed:     ${publicUrl}oembed?url=…&format=json`);
}
