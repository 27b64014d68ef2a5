/**
 * Issue 16, point 9: the README's snippets, with the CDN files self-hosted on another origin.
 * Without `Access-Control-Allow-Origin` the browser blocks the scripts: every widget must still
 * show its fallback link (no holes). With the header the widgets render, reading the feed the
 * page names once in `<meta name="tis-widgets-feed">` (point 6).
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { assert, assertEqual, createSuite, openPage } from './harness.mjs';

export const suite = createSuite();

const CDN = 'https://cdn.jsdelivr.net/npm/@1000territoires/widgets@0.1.0/dist/cdn/widgets.js';

/** The README's "Paste this" snippets (script, banner, then the three other widgets). */
function readmeSnippets() {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Paste this'), readme.indexOf('## For CMS'));
  const blocks = [...section.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert(blocks.length >= 2, 'the README has its two first snippets');
  return blocks.slice(0, 2).join('\n');
}

/** A static host for dist/cdn/ on its own origin, with or without the CORS header. */
async function cdnHost(cors) {
  const base = resolve('.');
  const server = createServer(async (req, res) => {
    const path = normalize(join(base, new URL(req.url, 'http://x').pathname));
    try {
      const body = await readFile(path);
      res.writeHead(200, {
        'content-type': 'text/javascript; charset=utf-8',
        ...(cors ? { 'access-control-allow-origin': '*' } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}/dist/cdn/widgets.js`,
    close: () => new Promise((done) => server.close(done)),
  };
}

function page(server, path, scriptUrl) {
  const markup = readmeSnippets()
    .replace(CDN, scriptUrl)
    .replace('<script type="module"', '<script type="module" crossorigin="anonymous"');
  const head = `<meta name="tis-widgets-feed" content="${server.origin}/demo/feed.json">`;
  server.routes.set(path, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>e2e</title>${head}</head><body>${markup}</body></html>`,
    );
  });
  return `${server.origin}${path}`;
}

const TAGS = ['tis-banner', 'tis-territory-counter', 'tis-initiative-feed', 'tis-event-calendar'];

suite.test(
  'self-hosted without CORS: the scripts are blocked, every README widget shows its link',
  async ({ server, browser }) => {
    const host = await cdnHost(false);
    const { page: tab, context } = await openPage(
      browser,
      page(server, '/e2e/selfhost-blocked.html', host.url),
    );
    await tab.waitForTimeout(500);
    const links = await tab.evaluate(
      (tags) =>
        tags.map((tag) => {
          const link = document.querySelector(`${tag} a[href]`);
          return Boolean(customElements.get(tag)) || !link ? 'missing' : link.offsetHeight > 0;
        }),
      TAGS,
    );
    assertEqual(links, [true, true, true, true], 'a visible fallback link in every widget');
    await context.close();
    await host.close();
  },
);

suite.test(
  'self-hosted with Access-Control-Allow-Origin: the widgets render the <meta> feed',
  async ({ server, browser }) => {
    const host = await cdnHost(true);
    const {
      page: tab,
      context,
      record,
    } = await openPage(browser, page(server, '/e2e/selfhost-cors.html', host.url));
    await tab.waitForFunction(
      (tags) =>
        tags.every((tag) => document.querySelector(tag)?.shadowRoot?.textContent.trim().length),
      TAGS,
      { timeout: 15000 },
    );
    assert(
      record.requests.some((url) => url === `${server.origin}/demo/feed.json`),
      'the feed named by the <meta> was read',
    );
    assert(
      !record.requests.some((url) => url.includes('1000territoires.github.io')),
      'the default feed was not asked for',
    );
    await context.close();
    await host.close();
  },
);
