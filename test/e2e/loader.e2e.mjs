/**
 * The CDN loader (`dist/cdn/widgets.js`) on real pages: it loads only the modules of the tags on
 * the page, upgrades tags inserted later and inside shadow roots it is told about, mounts
 * `data-tis-widget` placements, survives being loaded twice (and next to a per-widget module),
 * and when a module cannot load (404, SRI mismatch through an import map) leaves that widget's
 * fallback in place with exactly one `tis-error`, the other widgets untouched.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { assert, assertEqual, createSuite, openPage } from './harness.mjs';

export const suite = createSuite();

const LOADER = '<script type="module" src="/dist/cdn/widgets.js"></script>';
const FEED = '/demo/feed.json';
const link = (text) => `<a href="https://example.org/campagne">${text}</a>`;
const BANNER = `<tis-banner src="${FEED}" network="cis">${link('Campagne')}</tis-banner>`;
const CALENDAR = `<tis-event-calendar src="${FEED}">${link('Agenda')}</tis-event-calendar>`;
const COUNTER = `<tis-territory-counter src="${FEED}">${link('Territoires')}</tis-territory-counter>`;
const WIDGET_MODULES = ['initiative-feed', 'event-calendar', 'territory-counter', 'feed'].map(
  (name) => `${name}.js`,
);

const pageHtml = (head, body) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>e2e</title>${head}</head><body>${body}</body></html>`;

function html(server, path, content, headers = {}) {
  server.routes.set(path, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(content);
  });
  return `${server.origin}${path}`;
}

/** Records each `tis-error` (tag, error kind, file) and each `customElements.define` call. */
function recordEvents() {
  window.__tisErrors = [];
  document.addEventListener(
    'tis-error',
    (event) =>
      window.__tisErrors.push({
        tag: event.target.localName,
        kind: event.error?.kind,
        file: event.error?.url?.split('/').pop(),
      }),
    true,
  );
  window.__defines = [];
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, ...rest) => {
    window.__defines.push(tag);
    return define(tag, ...rest);
  };
}

const open = (browser, url) => openPage(browser, url, { init: recordEvents });

/** Waits until `tag` (in the document, or in the shadow root of `host`) has rendered. */
async function rendered(page, tag, host) {
  await page.waitForFunction(
    ([name, hostSelector]) => {
      const root = hostSelector ? document.querySelector(hostSelector)?.shadowRoot : document;
      const el = root?.querySelector(name);
      return customElements.get(name) && el?.shadowRoot?.textContent.trim().length > 0;
    },
    [tag, host],
    { timeout: 15000 },
  );
}

/** The built chunk whose file name matches `pattern` (asserted to exist). */
function cdnChunk(pattern) {
  const file = readdirSync('dist/cdn').find((name) => pattern.test(name));
  assert(file, `dist/cdn has a chunk matching ${pattern}`);
  return file;
}

/** Runs `run` while the CDN file `file` answers 404 (a chunk that cannot load). */
async function whileMissing(server, file, run) {
  server.routes.set(`/dist/cdn/${file}`, (_req, res) => res.writeHead(404).end());
  try {
    return await run();
  } finally {
    server.routes.delete(`/dist/cdn/${file}`);
  }
}

/** Asserts one `tis-error` from `tag`, of kind `script`, naming `file`, and no uncaught error. */
async function oneScriptError(page, record, tag, file) {
  assertEqual(
    await page.evaluate(() => window.__tisErrors),
    [{ tag, kind: 'script', file }],
    'one tis-error, naming the chunk',
  );
  assertEqual(record.errors, [], 'uncaught errors');
}

/** The files of dist/cdn/ the page requested. */
const cdnRequests = (record) =>
  [...new Set(record.requests.map((url) => new URL(url).pathname))]
    .filter((path) => path.startsWith('/dist/cdn/'))
    .map((path) => path.slice('/dist/cdn/'.length))
    .sort();

suite.test(
  'a banner-only page loads the banner module and shared chunks, no other widget',
  async ({ server, browser }) => {
    const url = html(server, '/e2e/loader/banner.html', pageHtml(LOADER, BANNER));
    const { page, context, record } = await open(browser, url);
    await rendered(page, 'tis-banner');
    await page.waitForLoadState('networkidle');
    const files = cdnRequests(record);
    assert(files.includes('widgets.js') && files.includes('banner.js'), files.join(', '));
    assertEqual(
      files.filter((file) => WIDGET_MODULES.includes(file) || file.startsWith('placement-')),
      [],
      'no other widget module, no placement',
    );
    assertEqual(
      files.filter((file) => file.startsWith('explain-')),
      [],
      'a valid feed: no zod (the explain chunk)',
    );
    assertEqual(
      files.filter((file) => file.startsWith('shards-')),
      [],
      'the banner reads the index alone: no shard loading code',
    );
    assertEqual(
      files.filter((file) => file.startsWith('retry-')),
      [],
      'a feed that answers at once: no retry code (ky)',
    );
    assertEqual(await page.evaluate(() => window.__defines), ['tis-banner'], 'defined');
    assertEqual(record.errors, [], 'uncaught errors');
    assertEqual(record.consoleErrors, [], 'console errors');
    await context.close();
  },
);

suite.test(
  "no widget's module imports another widget's, statically or on demand, however deep",
  async () => {
    const entries = [
      'banner',
      'territory-counter',
      'initiative-feed',
      'event-calendar',
      'feed',
    ].map((name) => `${name}.js`);
    /** Every file `file` can reach: its static imports and its `import()`s, transitively. */
    const reach = (file, seen = new Set()) => {
      for (const [, next] of readFileSync(`dist/cdn/${file}`, 'utf8').matchAll(
        /(?:from|import\(?)\s*["'`]\.\/([\w.-]+\.js)["'`]/g,
      )) {
        if (seen.has(next)) continue;
        seen.add(next);
        reach(next, seen);
      }
      return seen;
    };
    for (const entry of entries) {
      const reached = [...reach(entry)];
      assert(
        reached.some((file) => file.startsWith('core-')),
        `${entry} reaches the core chunk`,
      );
      assertEqual(
        reached.filter((file) => entries.includes(file) && file !== entry),
        [],
        `${entry}: other widgets' modules reached`,
      );
    }
  },
);

suite.test(
  'ky loads when a feed answers 503: the retry after Retry-After shows the banner; a 404 loads no ky',
  async ({ server, browser }) => {
    const feed = readFileSync(FEED.slice(1), 'utf8');
    let answers = 0;
    server.routes.set('/e2e/retry/feed.json', (_req, res) => {
      answers += 1;
      if (answers === 1) {
        res.writeHead(503, { 'retry-after': '0', 'content-type': 'text/plain' }).end('busy');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(feed);
    });
    server.routes.set('/e2e/retry/gone.json', (_req, res) => res.writeHead(404).end('gone'));
    const retry = cdnChunk(/^retry-.*\.js$/);
    const banner = (src) =>
      `<tis-banner src="${src}" network="cis">${link('Campagne')}</tis-banner>`;
    try {
      const busy = await open(
        browser,
        html(server, '/e2e/retry/busy.html', pageHtml(LOADER, banner('/e2e/retry/feed.json'))),
      );
      await rendered(busy.page, 'tis-banner');
      await busy.page.waitForFunction(
        () => /1000/.test(document.querySelector('tis-banner').shadowRoot.textContent),
        undefined,
        { timeout: 15000 },
      );
      assertEqual(answers, 2, 'one 503, then one retry');
      assert(cdnRequests(busy.record).includes(retry), 'the retry chunk was loaded');
      assertEqual(await busy.page.evaluate(() => window.__tisErrors), [], 'no tis-error');
      assertEqual(busy.record.errors, [], 'uncaught errors');
      await busy.context.close();

      const gone = await open(
        browser,
        html(server, '/e2e/retry/gone.html', pageHtml(LOADER, banner('/e2e/retry/gone.json'))),
      );
      await gone.page.waitForFunction(() => window.__tisErrors.length > 0, undefined, {
        timeout: 15000,
      });
      assertEqual(
        await gone.page.evaluate(() => window.__tisErrors),
        [{ tag: 'tis-banner', kind: 'http', file: 'gone.json' }],
        'one tis-error, kind http',
      );
      assert(!cdnRequests(gone.record).includes(retry), 'a 404 is final: no retry chunk');
      assertEqual(
        await gone.page.evaluate(() => document.querySelector('tis-banner a')?.textContent),
        'Campagne',
        "the partner's fallback stays",
      );
      assertEqual(gone.record.errors, [], 'uncaught errors');
      await gone.context.close();
    } finally {
      server.routes.delete('/e2e/retry/feed.json');
      server.routes.delete('/e2e/retry/gone.json');
    }
  },
);

/** The demo feed cut to a few items, one initiative with an empty title. */
function feedWithOneBadItem() {
  const demo = JSON.parse(readFileSync('demo/feed.json', 'utf8'));
  const feed = {
    ...demo,
    initiatives: demo.initiatives.slice(0, 6),
    events: demo.events.slice(0, 6),
  };
  feed.initiatives[2] = { ...feed.initiatives[2], title: { fr: '   ' } };
  return { feed, id: feed.initiatives[2].id };
}

suite.test(
  'zod loads only to explain a dropped item; if it cannot load, the item is dropped all the same',
  async ({ server, browser }) => {
    const { feed, id } = feedWithOneBadItem();
    server.routes.set('/e2e/explain/feed.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(feed));
    });
    const banner = `<tis-banner src="/e2e/explain/feed.json" network="cis">${link('Campagne')}</tis-banner>`;
    const url = html(server, '/e2e/explain/page.html', pageHtml(LOADER, banner));
    const explain = readdirSync('dist/cdn').find((file) => /^explain-.*\.js$/.test(file));
    assert(explain, 'dist/cdn has an explain chunk');
    const run = async () => {
      const opened = await openPage(browser, url, {
        init: () => {
          window.__problems = [];
          document.addEventListener(
            'tis-feed-problems',
            (event) =>
              window.__problems.push(...event.problems.map((p) => [p.code, p.path, p.message.en])),
            true,
          );
        },
      });
      await rendered(opened.page, 'tis-banner');
      await opened.page.waitForFunction(() => window.__problems.length > 0, null, {
        timeout: 15000,
      });
      return { ...opened, problems: await opened.page.evaluate(() => window.__problems) };
    };
    const explained = await run();
    try {
      assertEqual(
        explained.problems,
        [
          [
            'invalid-item',
            'initiatives[2].title.fr',
            `"${id}" dropped: initiatives[2].title.fr: empty text`,
          ],
        ],
        'the precise reason, from zod',
      );
      assert(cdnRequests(explained.record).includes(explain), 'the explain chunk was loaded');
      assertEqual(explained.record.errors, [], 'uncaught errors');
    } finally {
      await explained.context.close();
    }
    server.routes.set(`/dist/cdn/${explain}`, (_req, res) => res.writeHead(404).end());
    const unexplained = await run();
    try {
      assertEqual(
        unexplained.problems,
        [['invalid-item', 'initiatives[2]', `"${id}" dropped: initiatives[2]: invalid value`]],
        'without zod: the item, its path, a provisional reason',
      );
      const text = await unexplained.page.evaluate(
        () => document.querySelector('tis-banner').shadowRoot.textContent,
      );
      assert(/1000/.test(text), 'the banner shows the campaign');
      assertEqual(unexplained.record.errors, [], 'uncaught errors');
    } finally {
      server.routes.delete(`/dist/cdn/${explain}`);
      server.routes.delete('/e2e/explain/feed.json');
      await unexplained.context.close();
    }
  },
);

suite.test(
  "a feed's problems are counted by a chunk loaded only when it has some; if it cannot load, one tis-error names it",
  async ({ server, browser }) => {
    const chunk = cdnChunk(/^problems-.*\.js$/);
    const { feed } = feedWithOneBadItem();
    server.routes.set('/e2e/problems/feed.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(feed));
    });
    const banner = `<tis-banner src="/e2e/problems/feed.json" network="cis">${link('Campagne')}</tis-banner>`;
    const url = html(server, '/e2e/problems/page.html', pageHtml(LOADER, banner));
    const run = async () => {
      const opened = await openPage(browser, url, {
        init: () => {
          window.__events = [];
          for (const type of ['tis-feed-problems', 'tis-error'])
            document.addEventListener(
              type,
              (event) =>
                window.__events.push([
                  type,
                  event.counts?.dropped ?? event.error?.url?.split('/').pop(),
                ]),
              true,
            );
        },
      });
      await rendered(opened.page, 'tis-banner');
      await opened.page.waitForFunction(() => window.__events.length > 0, null, { timeout: 15000 });
      await opened.page.waitForTimeout(300);
      return { ...opened, events: await opened.page.evaluate(() => window.__events) };
    };
    try {
      // A clean feed: the chunk is never requested.
      {
        const clean = html(server, '/e2e/problems/clean.html', pageHtml(LOADER, BANNER));
        const { page, context, record } = await open(browser, clean);
        await rendered(page, 'tis-banner');
        await page.waitForLoadState('networkidle');
        assert(!cdnRequests(record).includes(chunk), 'no problems chunk for a clean feed');
        await context.close();
      }
      const counted = await run();
      assertEqual(counted.events, [['tis-feed-problems', 1]], 'one event, one item dropped');
      assert(cdnRequests(counted.record).includes(chunk), 'the problems chunk was loaded');
      assert(
        counted.record.warnings.some((line) => /1 item dropped/.test(line)),
        'the console warning counts the dropped item',
      );
      assertEqual(counted.record.errors, [], 'uncaught errors');
      await counted.context.close();
      await whileMissing(server, chunk, async () => {
        const missing = await run();
        assertEqual(missing.events, [['tis-error', chunk]], 'one tis-error, naming the chunk');
        const text = await missing.page.evaluate(
          () => document.querySelector('tis-banner').shadowRoot.textContent,
        );
        assert(/1000/.test(text), 'the banner shows the campaign');
        assertEqual(missing.record.errors, [], 'uncaught errors');
        await missing.context.close();
      });
    } finally {
      server.routes.delete('/e2e/problems/feed.json');
    }
  },
);

suite.test(
  "the calendar's event details load when reached for; if they cannot, the dialog still opens, one tis-error",
  async ({ server, browser }) => {
    const list = CALENDAR.replace('<tis-event-calendar ', '<tis-event-calendar view="list" ');
    const url = html(server, '/e2e/loader/calendar.html', pageHtml(LOADER, list));
    const details = cdnChunk(/^details-body-.*\.js$/);
    const openFirstEvent = async (page) => {
      // The events are listed (not the loading state, whose text is enough for `rendered`).
      await page.waitForFunction(
        () =>
          document.querySelector('tis-event-calendar').shadowRoot.querySelector('.title-button'),
        null,
        { timeout: 15000 },
      );
      // Keyboard only: Tab into the calendar until a details button has focus, then Enter.
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const onButton = await page.evaluate(() =>
          document
            .querySelector('tis-event-calendar')
            .shadowRoot.activeElement?.classList.contains('title-button'),
        );
        if (onButton) break;
      }
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('tis-event-calendar').shadowRoot.querySelector('dialog[open]'),
        null,
        { timeout: 10000 },
      );
      return page.evaluate(
        () =>
          document.querySelector('tis-event-calendar').shadowRoot.querySelector('dialog[open]')
            .textContent,
      );
    };
    {
      const { page, context, record } = await open(browser, url);
      await rendered(page, 'tis-event-calendar');
      await page.waitForLoadState('networkidle');
      assert(!cdnRequests(record).includes(details), 'no details chunk at first paint');
      await openFirstEvent(page);
      // The dialog opens at once; its details (the .ics link) follow when their chunk arrives.
      const text = await page
        .waitForFunction(
          () => {
            const dialog = document
              .querySelector('tis-event-calendar')
              .shadowRoot.querySelector('dialog[open]');
            return /\.ics/.test(dialog?.textContent ?? '') && dialog.textContent;
          },
          null,
          { timeout: 10000 },
        )
        .then((handle) => handle.jsonValue())
        .catch(() => 'no .ics link within 10 s');
      assert(cdnRequests(record).includes(details), 'the details chunk, once reached for');
      assert(/\.ics/.test(text), `the dialog offers the .ics file: ${text.slice(0, 200)}`);
      assertEqual(await page.evaluate(() => window.__tisErrors), [], 'no tis-error');
      assertEqual(record.errors, [], 'uncaught errors');
      await context.close();
    }
    await whileMissing(server, details, async () => {
      const { page, context, record } = await open(browser, url);
      await rendered(page, 'tis-event-calendar');
      const text = await openFirstEvent(page);
      assert(!/\.ics/.test(text) && text.trim().length > 0, 'the dialog shows what it has');
      await oneScriptError(page, record, 'tis-event-calendar', details);
      await context.close();
    });
  },
);

suite.test(
  'a week grid that cannot load shows the week as a list, with one tis-error',
  async ({ server, browser }) => {
    const week = CALENDAR.replace('<tis-event-calendar ', '<tis-event-calendar view="week" ');
    const url = html(server, '/e2e/loader/week.html', pageHtml(LOADER, week));
    const chunk = cdnChunk(/^week-view-.*\.js$/);
    await whileMissing(server, chunk, async () => {
      const { page, context, record } = await open(browser, url);
      await rendered(page, 'tis-event-calendar');
      await page.waitForFunction(
        () =>
          document
            .querySelector('tis-event-calendar')
            .shadowRoot.querySelector('.calendar.view-list'),
        null,
        { timeout: 10000 },
      );
      const state = await page.evaluate(() => {
        const root = document.querySelector('tis-event-calendar').shadowRoot;
        return {
          pending: Boolean(root.querySelector('.week-pending')),
          events: root.querySelectorAll('.title-button').length,
        };
      });
      assertEqual(state.pending, false, 'no empty box waiting for the grid');
      assert(state.events > 0, 'the events of the week, as a list');
      await oneScriptError(page, record, 'tis-event-calendar', chunk);
      await context.close();
    });
  },
);

suite.test(
  'a map that cannot load leaves no hole: the counter shows its list, the feed its results, one tis-error each',
  async ({ server, browser }) => {
    const chunk = cdnChunk(/^france-map-.*\.js$/);
    const body = `<tis-territory-counter src="${FEED}" view="map" no-animation>${link('Territoires')}</tis-territory-counter>
      <tis-initiative-feed src="${FEED}" layout="map">${link('Initiatives')}</tis-initiative-feed>`;
    const url = html(server, '/e2e/loader/map-404.html', pageHtml(LOADER, body));
    await whileMissing(server, chunk, async () => {
      const { page, context, record } = await open(browser, url);
      await rendered(page, 'tis-territory-counter');
      await rendered(page, 'tis-initiative-feed');
      await page.waitForFunction(() => window.__tisErrors.length >= 2, null, { timeout: 10000 });
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => {
        const counter = document.querySelector('tis-territory-counter').shadowRoot;
        const feed = document.querySelector('tis-initiative-feed').shadowRoot;
        const rows = [...counter.querySelectorAll('.breakdown .row:not(.filler)')];
        return {
          maps:
            counter.querySelectorAll('tis-france-map').length +
            feed.querySelectorAll('tis-france-map').length,
          rows: rows.length,
          rowsShown: rows.filter((row) => row.getBoundingClientRect().height > 0).length,
          closed: Boolean(counter.querySelector('details.map-list:not([open])')),
          results: feed.querySelectorAll('article').length,
        };
      });
      assertEqual(state.maps, 0, 'no empty map element left on the page');
      assert(
        state.rows > 0 && state.rowsShown === state.rows,
        `the counter's rows, shown: ${JSON.stringify(state)}`,
      );
      assertEqual(state.closed, false, 'the list is not behind a closed disclosure');
      assert(state.results > 0, 'the feed lists its initiatives');
      assertEqual(
        await page.evaluate(() => window.__tisErrors.sort((a, b) => a.tag.localeCompare(b.tag))),
        [
          { tag: 'tis-initiative-feed', kind: 'script', file: chunk },
          { tag: 'tis-territory-counter', kind: 'script', file: chunk },
        ],
        'one tis-error per widget, naming the chunk',
      );
      assertEqual(record.errors, [], 'uncaught errors');
      await context.close();
    });
  },
);

suite.test(
  'the banner bars and ribbon come in a chunk of their own: drawn once it loads, the fallback and one tis-error when it cannot',
  async ({ server, browser }) => {
    const chunk = cdnChunk(/^overlay-.*\.js$/);
    const banners = (variant) =>
      ['inline', variant]
        .map((v) => BANNER.replace('<tis-banner ', `<tis-banner id="${v}" variant="${v}" `))
        .join('');
    // Loaded: an inline banner and a bar on one page; the bar is drawn with its controls.
    const ok = html(server, '/e2e/loader/overlay.html', pageHtml(LOADER, banners('top')));
    {
      const { page, context, record } = await open(browser, ok);
      await page.waitForFunction(
        () => document.querySelector('#top')?.shadowRoot?.querySelector('.bar-toggle'),
        null,
        { timeout: 10000 },
      );
      const bar = await page.evaluate(() => {
        const frame = document.querySelector('#top').shadowRoot.querySelector('.frame');
        return {
          position: getComputedStyle(frame).position,
          top: frame.getBoundingClientRect().top,
        };
      });
      assertEqual(bar, { position: 'fixed', top: 0 }, 'the bar is fixed to the top edge');
      assert(cdnRequests(record).includes(chunk), 'the page loaded the overlay chunk');
      assertEqual(await page.evaluate(() => window.__tisErrors), [], 'no tis-error');
      assertEqual(record.errors, [], 'uncaught errors');
      await context.close();
    }
    // An inline banner alone never downloads it.
    {
      const url = html(server, '/e2e/loader/inline.html', pageHtml(LOADER, BANNER));
      const { page, context, record } = await open(browser, url);
      await rendered(page, 'tis-banner');
      await page.waitForLoadState('networkidle');
      assert(!cdnRequests(record).includes(chunk), 'no overlay chunk for an inline banner');
      await context.close();
    }
    // Missing: the corner banner keeps the partner's link, the inline one is untouched.
    const url = html(server, '/e2e/loader/overlay-404.html', pageHtml(LOADER, banners('corner')));
    await whileMissing(server, chunk, async () => {
      const { page, context, record } = await open(browser, url);
      await page.waitForFunction(() => window.__tisErrors.length >= 1, null, { timeout: 10000 });
      await page.waitForFunction(
        () => document.querySelector('#inline')?.shadowRoot?.querySelector('.title'),
        null,
        { timeout: 10000 },
      );
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => {
        const corner = document.querySelector('#corner').shadowRoot;
        const slot = corner.querySelector('slot');
        const shown = slot?.assignedElements()[0];
        return {
          toggle: Boolean(corner.querySelector('.toggle')),
          link: shown?.textContent,
          linkHeight: Math.round(shown?.getBoundingClientRect().height ?? 0) > 0,
          inline:
            document.querySelector('#inline').shadowRoot.querySelector('.title').textContent.trim()
              .length > 0,
        };
      });
      assertEqual(
        state,
        { toggle: false, link: 'Campagne', linkHeight: true, inline: true },
        'the fallback link shows in place of the ribbon; the inline banner is drawn',
      );
      await oneScriptError(page, record, 'tis-banner', chunk);
      await context.close();
    });
  },
);

suite.test(
  "a dismissible banner's close button comes in a chunk of its own: it closes the banner once loaded; without it, the banner shows with no button and one tis-error",
  async ({ server, browser }) => {
    const chunk = cdnChunk(/^dismiss-.*\.js$/);
    const body = BANNER.replace('<tis-banner ', '<tis-banner dismissible dismiss-days="0" ');
    const url = html(
      server,
      '/e2e/loader/dismiss.html',
      pageHtml(LOADER, `${body}<a href="#after">After</a>`),
    );
    {
      const { page, context, record } = await open(browser, url);
      await page.waitForFunction(
        () => document.querySelector('tis-banner')?.shadowRoot?.querySelector('.close'),
        null,
        { timeout: 10000 },
      );
      await page.evaluate(() =>
        document.querySelector('tis-banner').shadowRoot.querySelector('.close').focus(),
      );
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => !document.querySelector('tis-banner').shadowRoot.querySelector('.banner'),
      );
      assertEqual(
        await page.evaluate(() => document.activeElement?.textContent),
        'After',
        'focus moves on to what follows the banner',
      );
      assert(!cdnRequests(record).includes(cdnChunk(/^overlay-.*\.js$/)), 'no overlay chunk');
      assertEqual(await page.evaluate(() => window.__tisErrors), [], 'no tis-error');
      assertEqual(record.errors, [], 'uncaught errors');
      await context.close();
    }
    {
      const inline = html(server, '/e2e/loader/not-dismissible.html', pageHtml(LOADER, BANNER));
      const { page, context, record } = await open(browser, inline);
      await rendered(page, 'tis-banner');
      await page.waitForLoadState('networkidle');
      assert(
        !cdnRequests(record).includes(chunk),
        'no dismiss chunk for a banner that is not dismissible',
      );
      await context.close();
    }
    await whileMissing(server, chunk, async () => {
      const { page, context, record } = await open(browser, url);
      await page.waitForFunction(() => window.__tisErrors.length >= 1, null, { timeout: 10000 });
      await page.waitForFunction(
        () => document.querySelector('tis-banner')?.shadowRoot?.querySelector('.title'),
        null,
        { timeout: 10000 },
      );
      assertEqual(
        await page.evaluate(() =>
          Boolean(document.querySelector('tis-banner').shadowRoot.querySelector('.close')),
        ),
        false,
        'the banner shows, with no close button',
      );
      await oneScriptError(page, record, 'tis-banner', chunk);
      await context.close();
    });
  },
);

suite.test(
  "the modules a page runs as they load carry V8's compile hint on their first line; the loader and the lazy parts do not",
  async ({ server, browser }) => {
    const HINT = '//# allFunctionsCalledOnLoad\n';
    const firstLine = (file) => readFileSync(`dist/cdn/${file}`, 'utf8').slice(0, HINT.length);
    const hinted = [
      cdnChunk(/^core-.*\.js$/),
      cdnChunk(/^shards-.*\.js$/),
      cdnChunk(/^france-map-.*\.js$/),
      'banner.js',
      'initiative-feed.js',
      'event-calendar.js',
      'territory-counter.js',
    ];
    for (const file of hinted) assertEqual(firstLine(file), HINT, `${file} starts with the hint`);
    const lazy = [
      'widgets.js',
      'feed.js',
      cdnChunk(/^errors-.*\.js$/),
      cdnChunk(/^explain-.*\.js$/),
      cdnChunk(/^retry-.*\.js$/),
      cdnChunk(/^ics-.*\.js$/),
      cdnChunk(/^details-body-.*\.js$/),
      cdnChunk(/^week-view-.*\.js$/),
      cdnChunk(/^overlay-.*\.js$/),
      cdnChunk(/^dismiss-.*\.js$/),
      cdnChunk(/^problems-.*\.js$/),
    ];
    for (const file of lazy) assert(firstLine(file) !== HINT, `${file} has no hint`);
    // A page on the hinted files works as before: its widgets render, with no error.
    const body = [BANNER, COUNTER, CALENDAR].join('');
    const url = html(server, '/e2e/loader/hinted.html', pageHtml(LOADER, body));
    const { page, context, record } = await open(browser, url);
    for (const tag of ['tis-banner', 'tis-territory-counter', 'tis-event-calendar'])
      await rendered(page, tag);
    assertEqual(record.errors, [], 'uncaught errors');
    assertEqual(record.consoleErrors, [], 'console errors');
    await context.close();
  },
);

suite.test('a tag inserted later is upgraded', async ({ server, browser }) => {
  const url = html(server, '/e2e/loader/late.html', pageHtml(LOADER, '<main></main>'));
  const { page, context, record } = await open(browser, url);
  await page.waitForTimeout(200);
  assertEqual(
    cdnRequests(record).map((file) => file.replace(/-[\w-]+\.js$/, '')),
    ['errors', 'widgets.js'],
    'before any tag: the loader and what it needs to report a failure, nothing else',
  );
  await page.evaluate((markup) => {
    const main = document.querySelector('main');
    main.innerHTML = `<section>${markup}</section>`;
  }, COUNTER);
  await rendered(page, 'tis-territory-counter');
  assertEqual(record.errors, [], 'uncaught errors');
  await context.close();
});

suite.test(
  'a shadow root passed to observe() is watched; one it was not told about is not',
  async ({ server, browser }) => {
    const body = `<div id="host"></div><div id="other"></div>`;
    const url = html(server, '/e2e/loader/shadow.html', pageHtml(LOADER, body));
    const { page, context, record } = await open(browser, url);
    await page.waitForFunction(() => window.TisWidgetsLoader);
    await page.evaluate((markup) => {
      document.querySelector('#other').attachShadow({ mode: 'open' }).innerHTML = markup;
    }, CALENDAR);
    await page.waitForTimeout(300);
    assert(
      !(await page.evaluate(() => customElements.get('tis-event-calendar'))),
      'an unwatched shadow root loads nothing',
    );
    await page.evaluate(async (markup) => {
      const root = document.querySelector('#host').attachShadow({ mode: 'open' });
      // The module export and the global are the same loader.
      const { observe } = await import('/dist/cdn/widgets.js');
      observe(root);
      root.innerHTML = markup;
    }, BANNER);
    await rendered(page, 'tis-banner', '#host');
    await page.evaluate(() =>
      window.TisWidgetsLoader.observe(document.querySelector('#other').shadowRoot),
    );
    await rendered(page, 'tis-event-calendar', '#other');
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);

suite.test('data-tis-widget placements are mounted and loaded', async ({ server, browser }) => {
  const body = `<div data-tis-widget="banner" data-src="${FEED}" data-network="cis">${link('Campagne')}</div>`;
  const url = html(server, '/e2e/loader/placement.html', pageHtml(LOADER, body));
  const { page, context, record } = await open(browser, url);
  await rendered(page, 'tis-banner');
  assert(
    cdnRequests(record).some((file) => file.startsWith('placement-')),
    'the placement chunk is loaded',
  );
  assertEqual(record.errors, [], 'uncaught errors');
  await context.close();
});

suite.test(
  'the loader twice, plus per-widget modules, defines each tag once with no error',
  async ({ server, browser }) => {
    const head = `${LOADER}<script type="module" src="/dist/cdn/widgets.js?again"></script><script type="module" src="/dist/cdn/banner.js"></script><script type="module" src="/dist/cdn/event-calendar.js"></script>`;
    const url = html(server, '/e2e/loader/twice.html', pageHtml(head, BANNER + CALENDAR));
    const { page, context, record } = await open(browser, url);
    await rendered(page, 'tis-banner');
    await rendered(page, 'tis-event-calendar');
    const defines = await page.evaluate(() => window.__defines.sort());
    assertEqual(defines, ['tis-banner', 'tis-event-calendar'], 'each tag defined once');
    assertEqual(record.errors, [], 'uncaught errors');
    assertEqual(record.consoleErrors, [], 'console errors');
    assertEqual(record.warnings, [], 'warnings');
    await context.close();
  },
);

/** A page whose calendar module cannot run: its fallback stays, one tis-error, banner fine. */
async function checkFailedCalendar(page, record, why) {
  await rendered(page, 'tis-banner');
  await page.waitForFunction(() => window.__tisErrors.length > 0, null, { timeout: 15000 });
  // A late calendar of the same (failed) tag gets its own report, once.
  await page.evaluate((markup) => document.body.insertAdjacentHTML('beforeend', markup), CALENDAR);
  await page.waitForTimeout(500);
  const errors = await page.evaluate(() => window.__tisErrors);
  assertEqual(
    errors,
    [
      { tag: 'tis-event-calendar', kind: 'script', file: 'event-calendar.js' },
      { tag: 'tis-event-calendar', kind: 'script', file: 'event-calendar.js' },
    ],
    `${why}: one tis-error per calendar`,
  );
  const fallback = await page.evaluate(() =>
    [...document.querySelectorAll('tis-event-calendar')].map(
      (el) => !el.shadowRoot && el.querySelector('a').getBoundingClientRect().height > 0,
    ),
  );
  assertEqual(fallback, [true, true], `${why}: fallback links visible`);
  assertEqual(record.errors, [], `${why}: uncaught errors`);
}

suite.test(
  'a module that fails to load (404) leaves its fallback and fires one tis-error',
  async ({ server, browser }) => {
    server.routes.set('/dist/cdn/event-calendar.js', (_req, res) => res.writeHead(404).end());
    const url = html(server, '/e2e/loader/404.html', pageHtml(LOADER, BANNER + CALENDAR));
    const { page, context, record } = await open(browser, url);
    try {
      await checkFailedCalendar(page, record, '404');
    } finally {
      server.routes.delete('/dist/cdn/event-calendar.js');
      await context.close();
    }
  },
);

suite.test(
  'an import map with integrity pins every chunk: a tampered one is refused, one tis-error',
  async ({ server, browser }) => {
    const sri = JSON.parse(readFileSync('dist/cdn/sri.json', 'utf8'));
    const integrity = Object.fromEntries(
      Object.entries(sri)
        .filter(([file]) => file.endsWith('.js') && file !== 'widgets.iife.js')
        .map(([file, hash]) => [`/dist/cdn/${file}`, hash]),
    );
    const map = `<script type="importmap">${JSON.stringify({ integrity })}</script>`;
    const good = await open(
      browser,
      html(server, '/e2e/loader/sri-good.html', pageHtml(map + LOADER, BANNER + CALENDAR)),
    );
    await rendered(good.page, 'tis-banner');
    await rendered(good.page, 'tis-event-calendar');
    assertEqual(good.record.consoleErrors, [], 'pinned: console errors');
    await good.context.close();

    const original = readFileSync('dist/cdn/event-calendar.js', 'utf8');
    server.routes.set('/dist/cdn/event-calendar.js', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(`${original}\n// tampered\n`);
    });
    const url = html(server, '/e2e/loader/sri-bad.html', pageHtml(map + LOADER, BANNER + CALENDAR));
    const { page, context, record } = await open(browser, url);
    try {
      await checkFailedCalendar(page, record, 'SRI');
      assert(
        record.consoleErrors.some((text) => /integrity/i.test(text)),
        'the browser reports the integrity failure',
      );
    } finally {
      server.routes.delete('/dist/cdn/event-calendar.js');
      await context.close();
    }
  },
);

suite.test(
  'strict CSP with the loader on another origin (script-src self + CDN, Trusted Types)',
  async ({ server, browser }) => {
    // The CDN: dist/cdn served with CORS from another origin (localhost vs 127.0.0.1).
    const cdn = server.origin.replace('127.0.0.1', 'localhost');
    const files = readdirSync('dist/cdn').filter((file) => file.endsWith('.js'));
    for (const file of files) {
      server.routes.set(`/cdn-x/${file}`, (_req, res) => {
        res.writeHead(200, {
          'content-type': 'text/javascript',
          'access-control-allow-origin': '*',
        });
        res.end(readFileSync(`dist/cdn/${file}`));
      });
    }
    const csp = `default-src 'none'; script-src 'self' ${cdn}; style-src 'self'; connect-src 'self'; img-src 'self' https:; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`;
    const head = `<script type="module" src="${cdn}/cdn-x/widgets.js" crossorigin="anonymous"></script>`;
    const body = `${BANNER}<div data-tis-widget="territory-counter" data-src="${FEED}">${link('Territoires')}</div>`;
    const url = html(server, '/e2e/loader/csp.html', pageHtml(head, body), {
      'content-security-policy': csp,
    });
    const { page, context, record } = await open(browser, url);
    try {
      await rendered(page, 'tis-banner');
      await rendered(page, 'tis-territory-counter');
      // Built node by node: Trusted Types forbid innerHTML strings on this page.
      await page.evaluate((src) => {
        const calendar = document.createElement('tis-event-calendar');
        calendar.setAttribute('src', src);
        document.body.append(calendar);
      }, FEED);
      await rendered(page, 'tis-event-calendar');
      const loaded = record.requests.filter((request) => request.startsWith(`${cdn}/cdn-x/`));
      assert(loaded.length >= 4, `modules from the CDN origin: ${loaded.length}`);
      assertEqual(await page.evaluate(() => window.__cspViolations), [], 'CSP violations');
      assertEqual(record.errors, [], 'uncaught errors');
      assertEqual(record.consoleErrors, [], 'console errors');
    } finally {
      for (const file of files) server.routes.delete(`/cdn-x/${file}`);
      await context.close();
    }
  },
);

suite.test(
  'a <tis-feed> provider and its widgets, loaded in any order, share one feed request',
  async ({ server, browser }) => {
    const body = `<tis-feed src="/demo/feed.json?provider"><tis-banner network="cis">${link('Campagne')}</tis-banner>${COUNTER.replace(` src="${FEED}"`, '')}</tis-feed>`;
    const url = html(server, '/e2e/loader/provider.html', pageHtml(LOADER, body));
    const { page, context, record } = await open(browser, url);
    await rendered(page, 'tis-banner');
    await rendered(page, 'tis-territory-counter');
    await page.waitForLoadState('networkidle');
    const feeds = record.requests
      .map((request) => new URL(request))
      .filter((address) => address.pathname.endsWith('.json'))
      .map(
        (address) =>
          `${address.origin === server.origin ? '' : address.origin}${address.pathname}${address.search}`,
      );
    assertEqual(feeds, ['/demo/feed.json?provider'], 'one request, to the provider feed');
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);

suite.test(
  'the map of France is its own chunk: loaded only when a widget draws a map, under a strict CSP and Trusted Types, pinned in sri.json',
  async ({ server, browser }) => {
    const csp =
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' https:; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
    const FEED_LIST = `<tis-initiative-feed src="${FEED}" page-size="3">${link('Initiatives')}</tis-initiative-feed>`;
    const url = html(server, '/e2e/loader/map.html', pageHtml(LOADER, `${COUNTER}${FEED_LIST}`), {
      'content-security-policy': csp,
    });
    const { page, context, record } = await open(browser, url);
    await rendered(page, 'tis-territory-counter');
    await rendered(page, 'tis-initiative-feed');
    await page.waitForLoadState('networkidle');
    const isMap = (file) => file.startsWith('france-map-');
    assertEqual(cdnRequests(record).filter(isMap), [], 'no map chunk without a map');
    // The page switches the counter to its map, and the feed to its map layout.
    await page.evaluate(() => {
      document.querySelector('tis-territory-counter').setAttribute('view', 'map');
      document.querySelector('tis-initiative-feed').setAttribute('layout', 'map');
    });
    await page.waitForFunction(
      () =>
        ['tis-territory-counter', 'tis-initiative-feed'].every((tag) =>
          document
            .querySelector(tag)
            .shadowRoot.querySelector('tis-france-map')
            ?.shadowRoot?.querySelector('.area'),
        ),
      null,
      { timeout: 15000 },
    );
    const maps = cdnRequests(record).filter(isMap);
    assertEqual(maps.length, 1, `one map chunk for two maps: ${maps.join(', ')}`);
    const sri = JSON.parse(readFileSync('dist/cdn/sri.json', 'utf8'));
    assert(sri[maps[0]]?.startsWith('sha384-'), `${maps[0]} is in sri.json`);
    const modules = JSON.parse(readFileSync('dist/cdn/modules.json', 'utf8'));
    assert(
      modules['territory-counter.js'].includes(maps[0]),
      'modules.json lists the map chunk among what the counter may load',
    );
    // Pick a département with the keyboard: the feed's list follows.
    await page.evaluate(() =>
      document
        .querySelector('tis-initiative-feed')
        .shadowRoot.querySelector('tis-france-map')
        .shadowRoot.querySelector('.area[data-id="departement:29"]')
        .focus(),
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document
        .querySelector('tis-initiative-feed')
        .shadowRoot.querySelector('.active-filters')
        ?.textContent.includes('Finistère'),
    );
    assertEqual(await page.evaluate(() => window.__cspViolations), [], 'CSP violations');
    assertEqual(record.errors, [], 'uncaught errors');
    assertEqual(record.consoleErrors, [], 'console errors');
    await context.close();
  },
);
