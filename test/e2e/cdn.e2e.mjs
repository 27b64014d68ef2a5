/**
 * The built CDN files on real pages: the ES module and the classic script render every widget,
 * loading twice or both bundles together is harmless, a tag already taken by the page does not
 * stop the others, a strict CSP page shows no violation, and nothing is tracked.
 */
import { readFileSync } from 'node:fs';
import { assert, assertEqual, createSuite, openPage } from './harness.mjs';

export const suite = createSuite();

const TAGS = ['tis-banner', 'tis-territory-counter', 'tis-initiative-feed', 'tis-event-calendar'];

const widgetsMarkup = (src = '/demo/feed.json') => `
  <tis-banner src="${src}"><a href="https://example.org/campagne">Campagne #1000territoiresIS</a></tis-banner>
  <tis-territory-counter src="${src}"><a href="https://example.org/campagne">Territoires engagés</a></tis-territory-counter>
  <tis-initiative-feed src="${src}"><a href="https://example.org/campagne">Initiatives</a></tis-initiative-feed>
  <tis-event-calendar src="${src}"><a href="https://example.org/campagne">Agenda</a></tis-event-calendar>`;

const pageHtml = (head, body = widgetsMarkup()) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>e2e</title>${head}</head><body>${body}</body></html>`;

function html(server, path, content, headers = {}) {
  server.routes.set(path, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(content);
  });
  return `${server.origin}${path}`;
}

/** Waits until every widget on the page has fired tis-load or tis-error (or the timeout). */
async function settled(page, tags = TAGS) {
  await page.waitForFunction(
    (names) =>
      names.every((name) => {
        const el = document.querySelector(name);
        return (
          el &&
          customElements.get(name) &&
          el.shadowRoot &&
          el.shadowRoot.textContent.trim().length > 0
        );
      }),
    tags,
    { timeout: 15000 },
  );
}

const ES = '<script type="module" src="/dist/cdn/widgets.js"></script>';
const IIFE = '<script src="/dist/cdn/widgets.iife.js"></script>';

suite.test(
  'the ES module bundle registers and renders every widget',
  async ({ server, browser }) => {
    const { page, context, record } = await openPage(
      browser,
      html(server, '/e2e/es.html', pageHtml(ES)),
    );
    await settled(page);
    assertEqual(record.errors, [], 'uncaught errors');
    assertEqual(record.consoleErrors, [], 'console errors');
    await context.close();
  },
);

suite.test(
  'the classic script works without type="module" and exposes the API as the global TisWidgets',
  async ({ server, browser }) => {
    const { page, context, record } = await openPage(
      browser,
      html(server, '/e2e/iife.html', pageHtml(IIFE)),
    );
    await settled(page);
    assertEqual(record.errors, [], 'uncaught errors');
    assertEqual(
      await page.evaluate(() => ({
        store: typeof window.TisWidgets?.getFeedStore,
        banner: window.TisWidgets?.TisBanner === customElements.get('tis-banner'),
        version: window.TisWidgets?.VERSION,
      })),
      {
        store: 'function',
        banner: true,
        version: JSON.parse(readFileSync('package.json', 'utf8')).version,
      },
      'the public API on window.TisWidgets',
    );
    await context.close();
  },
);

suite.test(
  'minified templates keep their structure in both bundles (SVG children, native headings)',
  async ({ server, browser }) => {
    for (const [name, head] of [
      ['es', ES],
      ['iife', IIFE],
    ]) {
      const { page, context } = await openPage(
        browser,
        html(server, `/e2e/structure-${name}.html`, pageHtml(head)),
      );
      await settled(page);
      const shape = await page.evaluate(() => {
        const banner = document.querySelector('tis-banner').shadowRoot;
        const calendar = document.querySelector('tis-event-calendar').shadowRoot;
        return {
          // An SVG <rect> is not a void element: a minifier that drops its "/>" nests the
          // mark's text inside it, where it is never drawn.
          markText: banner.querySelector('.mark svg > text')?.textContent,
          nestedInRect: banner.querySelectorAll('.mark rect *').length,
          calendarHeadings: calendar.querySelectorAll('h2, h3, h4, h5, h6').length,
        };
      });
      assertEqual(shape.markText, '1000', `${name}: the mark's text is a child of the svg`);
      assertEqual(shape.nestedInRect, 0, `${name}: nothing inside an SVG rect`);
      assert(shape.calendarHeadings > 0, `${name}: the calendar's headings are native h2…h6`);
      await context.close();
    }
  },
);

suite.test(
  'loading the bundle twice, and both bundles together, throws nothing',
  async ({ server, browser }) => {
    const twice = html(
      server,
      '/e2e/twice.html',
      pageHtml(`${ES}${IIFE}<script src="/dist/cdn/widgets.iife.js?again"></script>`),
    );
    const { page, context, record } = await openPage(browser, twice);
    await settled(page);
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);

suite.test(
  'a tag already defined by the page does not stop the other widgets',
  async ({ server, browser }) => {
    const taken = `<script>customElements.define('tis-banner', class extends HTMLElement {});</script>${ES}`;
    const { page, context, record } = await openPage(
      browser,
      html(server, '/e2e/taken.html', pageHtml(taken)),
    );
    await settled(
      page,
      TAGS.filter((tag) => tag !== 'tis-banner'),
    );
    assertEqual(record.errors, [], 'uncaught errors');
    assert(record.warnings.length <= 1, `at most one warning, got ${record.warnings.length}`);
    await context.close();
  },
);

suite.test(
  'a strict Content-Security-Policy page renders styled widgets with no violation',
  async ({ server, browser }) => {
    const csp =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' https:; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
    const url = html(server, '/e2e/csp.html', pageHtml(ES), { 'content-security-policy': csp });
    const { page: p, context, record } = await openPage(browser, url);
    await settled(p);
    const violations = await p.evaluate(() => window.__cspViolations);
    assertEqual(violations, [], 'CSP violations');
    const styled = await p.evaluate(
      (tags) =>
        tags.every((tag) => document.querySelector(tag).shadowRoot.adoptedStyleSheets.length > 0),
      TAGS,
    );
    assert(styled, 'every widget has its constructed stylesheets');
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);

suite.test(
  'privacy: no cookie, no request but the page, the bundle and the feed',
  async ({ server, browser }) => {
    const {
      page: p,
      context,
      record,
    } = await openPage(browser, html(server, '/e2e/privacy.html', pageHtml(ES)));
    await settled(p);
    await p.waitForTimeout(300);
    assertEqual(await context.cookies(), [], 'cookies');
    const foreign = record.requests.filter((url) => !url.startsWith(server.origin));
    assertEqual(foreign, [], 'requests to other origins');
    const paths = [...new Set(record.requests.map((url) => new URL(url).pathname))].sort();
    // The loader, then the module of each tag on the page and their shared chunks.
    const code = paths.filter((path) => path.startsWith('/dist/cdn/'));
    assertEqual(
      paths.filter((path) => !code.includes(path)),
      ['/demo/feed.json', '/e2e/privacy.html'],
      'requests',
    );
    assert(
      code.includes('/dist/cdn/widgets.js') && code.every((path) => path.endsWith('.js')),
      `code requests: ${code.join(', ')}`,
    );
    const feedRequests = record.requests.filter((url) => url.endsWith('/demo/feed.json'));
    assertEqual(feedRequests.length, 1, 'one feed request for four widgets');
    const keys = await p.evaluate(() => Object.keys(localStorage));
    assert(
      keys.every((key) => key.startsWith('tis-widgets:')),
      `namespaced storage only: ${keys}`,
    );
    await context.close();
  },
);

suite.test(
  'a dead feed leaves the partner fallback visible and no uncaught error',
  async ({ server, browser }) => {
    server.routes.set('/dead-feed.json', (_req, res) => res.writeHead(404).end('nope'));
    const url = html(server, '/e2e/dead.html', pageHtml(ES, widgetsMarkup('/dead-feed.json')));
    const { page: p, context, record } = await openPage(browser, url);
    await p.waitForFunction(() => document.querySelectorAll('a').length === 4);
    await p.waitForTimeout(1500);
    const visible = await p.evaluate(() =>
      [...document.querySelectorAll('a')].map((a) => a.getBoundingClientRect().height > 0),
    );
    assertEqual(visible, [true, true, true, true], 'fallback links visible');
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);
