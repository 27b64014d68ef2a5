/**
 * Embedding as a CMS editor does it: snippets taken from the built snippet generator
 * (dist/demo/generator.html), pasted into plain pages that load the per-widget CDN modules
 * (dist/cdn/<widget>.js); the iframe snippet (dist/demo/embed.html in a sandboxed frame) with
 * and without the resize script; the embed page under a strict CSP with hostile parameters;
 * Subresource Integrity accepted for the real file and refused for a tampered one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname } from 'node:path';
import { assert, assertEqual, createSuite, openPage } from './harness.mjs';

export const suite = createSuite();

const WIDGETS = ['banner', 'initiative-feed', 'event-calendar', 'territory-counter'];
const CDN_PREFIX =
  /https:\/\/cdn\.jsdelivr\.net\/npm\/@1000territoires\/widgets@[^/]+\/dist\/cdn\//g;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' https:; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/** The per-widget modules, the resize script and the built embed page: built here if missing. */
function ensureBuilt() {
  const run = (script) => {
    const result = spawnSync('node', [script], { stdio: ['ignore', 'ignore', 'inherit'] });
    assert(result.status === 0, `${script} failed`);
  };
  const cdnFiles = [...WIDGETS, 'feed', 'embed-resize'].map((name) => `dist/cdn/${name}.js`);
  if (!cdnFiles.every((file) => existsSync(file))) run('scripts/build-cdn.js');
  const sri = existsSync('dist/cdn/sri.json')
    ? JSON.parse(readFileSync('dist/cdn/sri.json', 'utf8'))
    : {};
  if (!cdnFiles.every((file) => sri[file.slice('dist/cdn/'.length)])) run('scripts/write-sri.js');
  if (!existsSync('dist/demo/embed.html') || !existsSync('dist/demo/generator.html'))
    run('scripts/build-demo.js');
}

function html(server, path, content, headers = {}) {
  server.routes.set(path, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(content);
  });
  return `${server.origin}${path}`;
}

/** Serves a file with CORS: a sandboxed frame has an opaque origin, so its module scripts and feed need it. */
function serveCors(server, path, file = `.${path}`, headers = {}) {
  server.routes.set(path, (_req, res) => {
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'access-control-allow-origin': '*',
      ...headers,
    });
    res.end(readFileSync(file));
  });
}

function serveEmbedSite(server, embedHeaders = {}) {
  serveCors(server, '/dist/demo/embed.html', './dist/demo/embed.html', embedHeaders);
  for (const name of readdirSync('dist/demo/assets'))
    serveCors(server, `/dist/demo/assets/${name}`);
  serveCors(server, '/demo/feed.json');
}

/** Like openPage, and every frame (sandboxed ones included) records its uncaught errors. */
async function openEmbedPage(browser, url) {
  const opened = await openPage(browser, 'about:blank');
  await opened.page.addInitScript(() => {
    window.__embedErrors = [];
    addEventListener('error', (event) => window.__embedErrors.push(String(event.message)));
    addEventListener('unhandledrejection', (event) =>
      window.__embedErrors.push(String(event.reason)),
    );
  });
  await opened.page.goto(url);
  return opened;
}

const plainPage = (body) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page partenaire</title></head><body><h1>Mon réseau</h1>${body}<p>Fin de la page.</p></body></html>`;

/**
 * Opens the built generator and, for each `[widget, fields]`, picks the widget, sets the form
 * fields, and reads both snippets. One page for all: it loads the demo feed once.
 */
async function generate(browser, server, requests) {
  const { page, context } = await openPage(browser, `${server.origin}/dist/demo/generator.html`);
  await page.waitForFunction(() => document.querySelector('#network').options.length > 1, null, {
    timeout: 20000,
  });
  const results = [];
  for (const [widget, fields = {}] of requests) {
    await page.check(`input[name="widget"][value="${widget}"]`);
    for (const [name, value] of Object.entries(fields)) {
      const control = page.locator(`[name="${name}"]`);
      if (typeof value === 'boolean') await control.setChecked(value);
      else if ((await control.evaluate((el) => el.tagName)) === 'SELECT')
        await control.selectOption(value);
      else await control.fill(value);
    }
    results.push({
      script: await page.inputValue('#snippet-script'),
      iframe: await page.inputValue('#snippet-iframe'),
      note: await page.textContent('#sri-note'),
    });
  }
  await context.close();
  return results;
}

/** Points the CDN URLs of a snippet at the local build (same bytes, so the same SRI hashes). */
const local = (snippet) => snippet.replaceAll(CDN_PREFIX, '/dist/cdn/');

async function rendered(page, tag, frame = page) {
  await frame.waitForFunction(
    (name) => {
      const el = document.querySelector(name);
      return Boolean(el && customElements.get(name) && el.shadowRoot?.textContent.trim());
    },
    tag,
    { timeout: 15000 },
  );
}

suite.test(
  'each generated script snippet renders its widget from its own module and the shared chunks it pins',
  async ({ server, browser }) => {
    ensureBuilt();
    const sri = JSON.parse(readFileSync('dist/cdn/sri.json', 'utf8'));
    const src = `${server.origin}/demo/feed.json`;
    const snippets = await generate(
      browser,
      server,
      WIDGETS.map((widget) => [widget, { src }]),
    );
    for (const [i, widget] of WIDGETS.entries()) {
      const { script, note } = snippets[i];
      assert(
        / integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/.test(script),
        `${widget}: integrity in the snippet`,
      );
      assert(note.includes('sri.json'), `${widget}: SRI note`);
      assert(script.includes(`/dist/cdn/${widget}.js"`), `${widget}: per-widget module`);
      // The import map pins the shared chunks the module imports (modules.json), with their hashes.
      const map = JSON.parse(
        script.match(/<script type="importmap">([\s\S]*?)<\/script>/)?.[1] ?? '{}',
      );
      const pinned = Object.entries(map.integrity ?? {});
      assert(
        pinned.some(([url]) => /\/dist\/cdn\/core-[\w-]+\.js$/.test(url)) &&
          pinned.every(([url, hash]) => hash === sri[url.split('/').pop()]),
        `${widget}: import map pins the shared chunks`,
      );
      const url = html(server, `/e2e/snippet-${widget}.html`, plainPage(local(script)));
      const { page, context, record } = await openPage(browser, url);
      await rendered(page, `tis-${widget}`);
      const others = await page.evaluate(
        (tags) => tags.filter((tag) => customElements.get(tag)),
        WIDGETS.filter((name) => name !== widget).map((name) => `tis-${name}`),
      );
      assertEqual(others, [], `${widget}: no other tag registered`);
      const scripts = record.requests
        .filter((request) => request.endsWith('.js'))
        .map((request) => new URL(request).pathname);
      // Its module and the shared chunks (`core-…`, `errors-…`, `shards-…`, the calendar's `messages-…`), no other widget's module.
      assertEqual(scripts[0], `/dist/cdn/${widget}.js`, `${widget}: its own module first`);
      assertEqual(
        scripts
          .slice(1)
          .filter((path) => !/^\/dist\/cdn\/(core|errors|shards|messages)-[\w-]+\.js$/.test(path)),
        [],
        `${widget}: only shared chunks besides`,
      );
      assertEqual(record.errors, [], `${widget}: uncaught errors`);
      assertEqual(record.consoleErrors, [], `${widget}: console errors`);
      await context.close();
    }
  },
);

suite.test(
  'the feed provider module shares one feed between per-widget modules',
  async ({ server, browser }) => {
    const body = `<script type="module" src="/dist/cdn/feed.js"></script><script type="module" src="/dist/cdn/territory-counter.js"></script><script type="module" src="/dist/cdn/banner.js"></script>
    <tis-feed src="/demo/feed.json"><tis-banner network="cis" show-count></tis-banner><tis-territory-counter></tis-territory-counter></tis-feed>`;
    const { page, context, record } = await openPage(
      browser,
      html(server, '/e2e/feed-module.html', plainPage(body)),
    );
    await rendered(page, 'tis-territory-counter');
    await rendered(page, 'tis-banner');
    assert(
      await page.evaluate(() => Boolean(customElements.get('tis-feed'))),
      'tis-feed registered',
    );
    assertEqual(
      record.requests.filter((url) => url.endsWith('/demo/feed.json')).length,
      1,
      'one feed request',
    );
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);

suite.test(
  'the iframe snippet renders in a sandbox and the resize script fits its height',
  async ({ server, browser }) => {
    serveEmbedSite(server);
    const [{ iframe }] = await generate(browser, server, [
      ['territory-counter', { src: `${server.origin}/demo/feed.json`, breakdown: 'region' }],
    ]);
    assert(
      iframe.includes('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"'),
      'sandboxed',
    );
    assert(/embed-resize\.js" integrity="sha384-/.test(iframe), 'resize script with integrity');
    const { page, context, record } = await openEmbedPage(
      browser,
      html(server, '/e2e/iframe.html', plainPage(local(iframe))),
    );
    const frame = await (await page.$('iframe[data-tis-embed]')).contentFrame();
    await rendered(page, 'tis-territory-counter', frame);
    const fitted = await page.waitForFunction(
      () => {
        const iframe = document.querySelector('iframe');
        return iframe.style.height && iframe.getBoundingClientRect().height !== 360
          ? iframe.style.height
          : false;
      },
      null,
      { timeout: 10000 },
    );
    await page.waitForTimeout(800); // count-up animation and breakdown settle
    const content = await frame.evaluate(() =>
      Math.ceil(document.querySelector('#tis-embed').getBoundingClientRect().height),
    );
    const height = await page.evaluate(
      () => document.querySelector('iframe').getBoundingClientRect().height,
    );
    assert((await fitted.jsonValue()).endsWith('px'), 'height set in px');
    assert(Math.abs(height - content) <= 1, `frame height ${height} fits its content ${content}`);
    const scrolls = await frame.evaluate(
      () => document.documentElement.scrollHeight > document.documentElement.clientHeight,
    );
    assertEqual(scrolls, false, 'no scroll bar inside the fitted frame');
    const sandboxed = await frame.evaluate(() => {
      try {
        return typeof localStorage.length === 'number' ? 'storage' : 'no';
      } catch {
        return 'no storage';
      }
    });
    assertEqual(sandboxed, 'no storage', 'the frame runs without storage access');
    assertEqual(await frame.evaluate(() => window.__embedErrors), [], 'errors inside the frame');
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);

suite.test(
  'the resize script ignores messages from elsewhere and invalid heights',
  async ({ server, browser }) => {
    serveEmbedSite(server);
    // An unknown widget: the embed page shows a short message, so its height holds still.
    const body = `<iframe data-tis-embed id="a" src="/dist/demo/embed.html?widget=none" height="200" sandbox="allow-scripts"></iframe>
    <iframe id="b" srcdoc="<p>other</p>" height="100"></iframe>
    <script src="/dist/cdn/embed-resize.js"></script><script src="/dist/cdn/embed-resize.js"></script>`;
    const { page, context, record } = await openEmbedPage(
      browser,
      html(server, '/e2e/resize-guard.html', plainPage(body)),
    );
    await page.waitForFunction(() => document.querySelector('#a').style.height !== '', null, {
      timeout: 10000,
    });
    await page.evaluate(() => {
      const set = (height) => window.postMessage({ type: 'tis:embed-height', height }, '*');
      set(5); // from the page itself, not a frame
      document
        .querySelector('#b')
        .contentWindow.parent.postMessage({ type: 'tis:embed-height', height: 7 }, '*');
    });
    const before = await page.evaluate(() => document.querySelector('#a').style.height);
    // Messages from the embedded frame itself but with bad values are ignored too.
    const frame = await (await page.$('#a')).contentFrame();
    await frame.evaluate(() => {
      for (const height of ['9999', Number.NaN, Infinity, -5, null])
        parent.postMessage({ type: 'tis:embed-height', height }, '*');
      parent.postMessage({ type: 'other', height: 3 }, '*');
    });
    await page.waitForTimeout(200);
    assertEqual(
      await page.evaluate(() => document.querySelector('#a').style.height),
      before,
      'height unchanged',
    );
    assertEqual(
      await page.evaluate(() => document.querySelector('#b').style.height),
      '',
      'a frame without data-tis-embed untouched',
    );
    await frame.evaluate(() => parent.postMessage({ type: 'tis:embed-height', height: 1e9 }, '*'));
    await page.waitForFunction(() => document.querySelector('#a').style.height === '20000px');
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);

suite.test(
  'without the resize script the iframe keeps its fixed height and still works',
  async ({ server, browser }) => {
    serveEmbedSite(server);
    const [{ iframe }] = await generate(browser, server, [
      ['initiative-feed', { src: `${server.origin}/demo/feed.json` }],
    ]);
    const withoutScript = local(iframe)
      .replace(/<script[^]*<\/script>/, '')
      .replace(/sandbox="[^"]*"/, 'sandbox="allow-scripts allow-popups"');
    assert(!withoutScript.includes('<script'), 'no script in the snippet');
    const { page, context, record } = await openEmbedPage(
      browser,
      html(server, '/e2e/iframe-fixed.html', plainPage(withoutScript)),
    );
    const frame = await (await page.$('iframe')).contentFrame();
    await rendered(page, 'tis-initiative-feed', frame);
    await page.waitForTimeout(300);
    const height = await page.evaluate(
      () => document.querySelector('iframe').getBoundingClientRect().height,
    );
    assertEqual(height, 900, 'fixed height');
    const scrollable = await frame.evaluate(
      () => document.documentElement.scrollHeight > window.innerHeight,
    );
    assert(scrollable, 'the taller content scrolls inside the frame');
    assertEqual(await frame.evaluate(() => window.__embedErrors), [], 'errors inside the frame');
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);

suite.test(
  'the embed page keeps only whitelisted attributes, under a strict CSP with Trusted Types',
  async ({ server, browser }) => {
    serveEmbedSite(server, { 'content-security-policy': STRICT_CSP });
    const params = new URLSearchParams({
      widget: 'initiative-feed',
      src: '/demo/feed.json',
      lang: 'en',
      layout: 'list',
      query: '<img src=x onerror=alert(1)>',
      network: '"><script>alert(1)</script>',
      territory: 'departement:29',
      'page-size': '9999',
      onclick: 'alert(1)',
      'sync-url': '',
      'subscribe-url': 'javascript:alert(1)',
    });
    const body = `<iframe data-tis-embed src="/dist/demo/embed.html?${params}" height="600" sandbox="allow-scripts allow-popups"></iframe>`;
    const { page, context } = await openEmbedPage(
      browser,
      html(server, '/e2e/embed-hostile.html', plainPage(body)),
    );
    const frame = await (await page.$('iframe')).contentFrame();
    await frame.waitForFunction(() => customElements.get('tis-initiative-feed'), null, {
      timeout: 15000,
    });
    const state = await frame.evaluate(() => {
      const el = document.querySelector('tis-initiative-feed');
      return {
        attributes: el
          .getAttributeNames()
          .filter((name) => name !== 'style')
          .sort(),
        query: el.getAttribute('query'),
        images: document.querySelectorAll('img, script:not([src])').length,
        lang: document.documentElement.lang,
        title: document.title,
      };
    });
    assertEqual(
      state.attributes,
      ['lang', 'layout', 'query', 'src', 'territory'],
      'attributes kept',
    );
    assertEqual(state.query, '<img src=x onerror=alert(1)>', 'text kept as an attribute value');
    assertEqual(state.images, 0, 'nothing parsed as HTML');
    assertEqual(state.lang, 'en', 'document language');
    assertEqual(state.title, '#1000territoiresIS initiatives', 'frame title');
    assertEqual(
      await frame.evaluate(() => window.__cspViolations),
      [],
      'CSP violations in the frame',
    );
    assertEqual(await frame.evaluate(() => window.__embedErrors), [], 'errors inside the frame');

    const unknown = `<iframe src="/dist/demo/embed.html?widget=%3Cb%3Ex" height="200" sandbox="allow-scripts"></iframe>`;
    await page.setContent(plainPage(unknown));
    const other = await (await page.$('iframe')).contentFrame();
    await other.waitForSelector('.tis-embed-message a');
    assert(
      (await other.textContent('.tis-embed-message')).includes('banner, initiative-feed'),
      'lists the widgets',
    );
    await context.close();
  },
);

suite.test(
  'a dismissed banner in a sandboxed frame (no storage) closes and shrinks the frame',
  async ({ server, browser }) => {
    serveEmbedSite(server);
    const body = `<iframe data-tis-embed src="/dist/demo/embed.html?widget=banner&src=/demo/feed.json&network=cis&dismissible" height="300" sandbox="allow-scripts allow-popups"></iframe><script src="/dist/cdn/embed-resize.js"></script>`;
    const { page, context, record } = await openEmbedPage(
      browser,
      html(server, '/e2e/embed-dismiss.html', plainPage(body)),
    );
    const frame = await (await page.$('iframe')).contentFrame();
    await rendered(page, 'tis-banner', frame);
    const close = frame.locator('tis-banner button').first();
    await close.click();
    await page.waitForFunction(
      () => parseFloat(document.querySelector('iframe').style.height) < 20,
      null,
      { timeout: 5000 },
    );
    assertEqual(await frame.evaluate(() => window.__embedErrors), [], 'errors inside the frame');
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);

suite.test('the SRI snippet loads, and a tampered file is refused', async ({ server, browser }) => {
  const sri = JSON.parse(readFileSync('dist/cdn/sri.json', 'utf8'));
  for (const name of [
    'widgets.js',
    'widgets.iife.js',
    ...WIDGETS.map((w) => `${w}.js`),
    'feed.js',
    'embed-resize.js',
  ]) {
    assert(/^sha384-/.test(sri[name] ?? ''), `sri.json covers ${name}`);
  }
  const tag = (path) =>
    `<script type="module" src="${path}" integrity="${sri['banner.js']}" crossorigin="anonymous"></script>`;
  const markup =
    '<tis-banner src="/demo/feed.json"><a href="https://example.org/">Campagne</a></tis-banner>';
  const good = await openPage(
    browser,
    html(server, '/e2e/sri-good.html', plainPage(tag('/dist/cdn/banner.js') + markup)),
  );
  await rendered(good.page, 'tis-banner');
  assertEqual(good.record.errors, [], 'uncaught errors');
  await good.context.close();

  server.routes.set('/tampered/banner.js', (_req, res) => {
    const original = readFileSync('dist/cdn/banner.js', 'utf8');
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(`${original}\n// tampered\n`);
  });
  const bad = await openPage(
    browser,
    html(server, '/e2e/sri-bad.html', plainPage(tag('/tampered/banner.js') + markup)),
  );
  await bad.page.waitForTimeout(800);
  assertEqual(
    await bad.page.evaluate(() => Boolean(customElements.get('tis-banner'))),
    false,
    'tampered module not run',
  );
  assert(
    bad.record.consoleErrors.some((text) => /integrity/i.test(text)),
    'the browser reports the integrity failure',
  );
  const fallback = await bad.page.evaluate(
    () => document.querySelector('tis-banner a').getBoundingClientRect().height > 0,
  );
  assert(fallback, 'the fallback link stays visible');
  await bad.context.close();
});
