#!/usr/bin/env node
// Builds the demo site into dist/demo/ for static hosting (the campaign's GitHub Pages): the
// demo page, the snippet generator and the iframe embed page (`embed.html?widget=…`), with
// relative paths, plus a copy of the demo feed. `npm start` serves the same pages from the
// sources through Vite, without this step.
import { build } from 'vite';
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { publishDemoFeed } from './publish-demo-feed.js';

const root = resolve(import.meta.dirname, '..');
const demo = resolve(root, 'demo');
const outDir = resolve(root, 'dist/demo');

// The root stays the repository (not demo/): Vite then keeps the side effects of the source
// define modules, which the package's `sideEffects` list (written for dist/) does not name.
await rm(outDir, { recursive: true, force: true });
await build({
  root,
  base: './',
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: false,
    assetsDir: 'demo/assets',
    target: 'es2022',
    // The embed page must run under a strict CSP: no inline module-preload polyfill.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        index: resolve(demo, 'index.html'),
        generator: resolve(demo, 'generator.html'),
        embed: resolve(demo, 'embed.html'),
      },
    },
  },
});
// The pages sit in dist/demo/ beside their assets: make their links work wherever dist/demo is
// published (Vite writes them relative to the repository root: `../demo/assets/`).
for (const page of ['index.html', 'generator.html', 'embed.html']) {
  const file = resolve(outDir, page);
  await writeFile(
    file,
    (await readFile(file, 'utf8')).replaceAll('"../demo/assets/', '"./assets/'),
  );
}
// oEmbed discovery: the page carries a relative placeholder; with TIS_OEMBED_ENDPOINT (an
// absolute http(s) URL) the build writes that endpoint instead. WordPress adds `url=` itself,
// so a fixed endpoint is enough for it; other consumers need scripts/oembed-server.mjs.
const endpoint = process.env.TIS_OEMBED_ENDPOINT;
if (endpoint) {
  if (!/^https?:\/\//.test(endpoint)) throw new Error('TIS_OEMBED_ENDPOINT: absolute http(s) URL');
  const file = resolve(outDir, 'embed.html');
  const escaped = new URL(endpoint).href.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  await writeFile(
    file,
    (await readFile(file, 'utf8')).replace(
      /<link\b[^>]*\stype="application\/json\+oembed"[^>]*>/,
      (tag) => tag.replace(/\shref="[^"]*"/, ` href="${escaped}"`),
    ),
  );
}
await copyFile(resolve(demo, 'feed.json'), resolve(outDir, 'feed.json'));
await publishDemoFeed(resolve(demo, 'feed.json'), resolve(outDir, 'published'));
console.log(
  'wrote dist/demo/ (index.html, generator.html, embed.html, feed.json, published/ tree)',
);
