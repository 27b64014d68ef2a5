/**
 * Privacy promises, on the built CDN bundle in Chromium, with every widget mounted and used:
 * no request but the page's own (page, bundle), the feed and its images; no cookie written and
 * none sent with the feed; nothing stored outside the widgets' `tis-widgets:` localStorage keys
 * (the banner's dismissal) and their `tis-widgets` IndexedDB database (the feed copies); no
 * sessionStorage, Cache Storage or service worker; images and the feed sent
 * with no referrer.
 */
import { assert, assertEqual, createSuite, openPage } from './harness.mjs';
import {
  CDN,
  ES,
  createHardeningSuite,
  page,
  parisMonth,
  serveFeed,
  serveImage,
  servePage,
  settled,
  smallFeed,
  widgetsMarkup,
} from './hardening.mjs';

export const suite = createHardeningSuite(createSuite);

suite.test(
  'used widgets request only the feed and its images, with no referrer and no cookie',
  async ({ server, browser }) => {
    const now = Date.now();
    const imageRequests = [];
    for (const name of [
      'logo',
      'network',
      ...Array.from({ length: 6 }, (_, i) => `initiative-${i}`),
    ])
      imageRequests.push(serveImage(server, `/e2e/priv/img/${name}.png`));
    const feedRequests = serveFeed(
      server,
      '/e2e/priv/feed.json',
      smallFeed({ now, imageBase: `${server.origin}/e2e/priv/img` }),
    );
    const from = parisMonth(now + 3600e3);
    const url = servePage(
      server,
      '/e2e/priv/page.html',
      page({ head: ES, body: widgetsMarkup('/e2e/priv/feed.json', { from }) }),
    );
    const { page: p, context, record } = await openPage(browser, 'about:blank');
    // The partner's own cookie and referrer must not travel with our requests.
    await context.addCookies([{ name: 'partner-session', value: 'secret', url: server.origin }]);
    await p.goto(`${url}?visitor=42#section`, { referer: 'https://partner.example/previous-page' });
    const t0 = Date.now();
    const lap = (label) => process.env.TIS_E2E_VERBOSE && console.log(label, Date.now() - t0);
    await settled(p);
    lap('settled');
    await p.waitForFunction(() =>
      [...document.querySelector('tis-initiative-feed').shadowRoot.querySelectorAll('img')].every(
        (img) => img.complete,
      ),
    );

    lap('images');
    // Use everything a visitor can: search, theme filter, calendar dialog and months, banner close.
    const feed = p.locator('tis-initiative-feed');
    await feed.locator('input[type="search"]').first().fill('Initiative');
    await feed.locator('input[type="search"]').first().press('Enter');
    await p.waitForTimeout(200);
    await feed.locator('input[type="search"]').first().fill('');
    const calendar = p.locator('tis-event-calendar');
    await calendar.locator('.chip').first().click();
    await calendar.locator('dialog[open]').waitFor();
    await p.keyboard.press('Escape');
    await calendar.locator('.nav-button').last().click();
    await calendar.locator('.nav-button').first().click();
    await p.locator('tis-banner').locator('button.close').click();
    await p.mouse.wheel(0, 2000);
    await p.waitForTimeout(500);
    lap('used');

    // Requests: the page, the bundle, the feed (once for four widgets), the images.
    const paths = [...new Set(record.requests.map((u) => new URL(u).pathname))].sort();
    const allowed = (path) =>
      path === '/e2e/priv/page.html' ||
      // The loader and the modules it imports for the tags on the page: all from the CDN folder.
      (path.startsWith(`${CDN}/`) && path.endsWith('.js')) ||
      path === '/e2e/priv/feed.json' ||
      path.startsWith('/e2e/priv/img/') ||
      path === '/favicon.ico';
    assertEqual(
      paths.filter((path) => !allowed(path)),
      [],
      'requests besides page, bundle, feed and images',
    );
    assertEqual(
      record.requests.filter((u) => !u.startsWith(server.origin)),
      [],
      'requests to other hosts',
    );
    assertEqual(feedRequests.length, 1, 'feed requests');

    // The feed: no cookie, no referrer, no credentials.
    const feedHeaders = feedRequests[0].headers;
    assertEqual(feedHeaders.cookie, undefined, 'cookie sent with the feed');
    assertEqual(feedHeaders.referer, undefined, 'referer sent with the feed');

    // Images: the no-referrer policy on every <img>, and no Referer on the wire.
    const images = await p.evaluate(() => {
      const out = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName === 'img')
            out.push({
              src: el.getAttribute('src'),
              policy: el.getAttribute('referrerpolicy'),
              loading: el.getAttribute('loading'),
            });
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return out;
    });
    assert(images.length >= 6, `images rendered: ${images.length}`);
    assertEqual(
      images.filter((img) => img.policy !== 'no-referrer').map((img) => img.src),
      [],
      'images without referrerpolicy="no-referrer"',
    );
    const served = imageRequests.flat();
    assert(served.length >= 6, `image requests served: ${served.length}`);
    assertEqual(
      served
        .filter((r) => r.headers.referer !== undefined)
        .map((r) => `${r.url} ← ${r.headers.referer}`),
      [],
      'Referer on image requests',
    );

    // Storage: no cookie written, only namespaced localStorage keys, nothing else anywhere.
    const storage = await p.evaluate(async () => ({
      cookie: document.cookie,
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      databases: (await indexedDB.databases?.())?.map((db) => db.name) ?? [],
      caches: typeof caches === 'undefined' ? [] : await caches.keys(),
      workers: (await navigator.serviceWorker?.getRegistrations?.())?.length ?? 0,
    }));
    assertEqual(
      storage.cookie,
      'partner-session=secret',
      'document.cookie (only the partner’s own)',
    );
    assertEqual(
      (await context.cookies()).map((c) => c.name),
      ['partner-session'],
      'cookies in the browser',
    );
    assert(storage.local.length > 0, 'the dismissal is stored');
    assertEqual(
      storage.local.filter((key) => !key.startsWith('tis-widgets:')),
      [],
      'localStorage keys outside tis-widgets:',
    );
    assertEqual(storage.session, [], 'sessionStorage keys');
    assertEqual(storage.databases, ['tis-widgets'], 'IndexedDB databases (the feed copies only)');
    assertEqual(storage.caches, [], 'Cache Storage');
    assertEqual(storage.workers, 0, 'service workers');
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);

suite.test(
  'nothing is sent to the page’s own server but what it asked for (no beacon, no ping)',
  async ({ server, browser }) => {
    // Every way to phone home, counted: sendBeacon, fetch/XHR to anything but the feed, new
    // Image(), <a ping>, WebSocket, EventSource, Worker.
    const now = Date.now();
    serveFeed(server, '/e2e/priv2/feed.json', smallFeed({ now }));
    const url = servePage(
      server,
      '/e2e/priv2/page.html',
      page({ head: ES, body: widgetsMarkup('/e2e/priv2/feed.json') }),
    );
    const { page: p, context, record } = await openPage(browser, 'about:blank');
    await p.addInitScript(() => {
      window.__calls = [];
      const note =
        (name) =>
        (...args) =>
          window.__calls.push(`${name} ${String(args[0]?.url ?? args[0]).slice(0, 120)}`);
      const wrap = (obj, name) => {
        const original = obj[name];
        if (!original) return;
        obj[name] = function (...args) {
          note(name)(...args);
          return original.apply(this, args);
        };
      };
      wrap(navigator, 'sendBeacon');
      wrap(window, 'fetch');
      for (const Name of ['WebSocket', 'EventSource', 'Worker', 'SharedWorker']) {
        const Original = window[Name];
        if (Original)
          window[Name] = function (...args) {
            note(Name)(...args);
            return new Original(...args);
          };
      }
      const open = XMLHttpRequest.prototype.open;
      XMLHttpRequest.prototype.open = function (...args) {
        note('xhr')(args[1]);
        return open.apply(this, args);
      };
    });
    await p.goto(url);
    await settled(p);
    await p.locator('tis-banner').locator('button.close').click();
    await p.waitForTimeout(300);
    const calls = await p.evaluate(() => window.__calls);
    assertEqual(
      calls.filter((c) => !c.startsWith('fetch ')),
      [],
      'beacons, sockets, workers, XHR',
    );
    const fetches = calls.filter((c) => c.startsWith('fetch '));
    assertEqual(fetches.length, 1, `one fetch (the feed): ${fetches}`);
    assert(fetches[0].includes('/e2e/priv2/feed.json'), `the fetch is the feed: ${fetches[0]}`);
    const pings = await p.evaluate(() => {
      let count = 0;
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.hasAttribute('ping')) count += 1;
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return count;
    });
    assertEqual(pings, 0, 'links with ping');
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);
