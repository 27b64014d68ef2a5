/**
 * Robustness promises, on the built CDN bundles in Chromium:
 * - loading twice, both bundles, a tag taken by the page: no uncaught error, the others work;
 * - 1,000 items with 100 invalid in ten ways: exactly the 900 valid ones render, and the
 *   problems are reported once (one `tis-feed-problems` event, one console warning);
 * - every broken feed (404, 500 then success, hung, HTML, empty, truncated, wrong type, another
 *   major version) ends in its documented state, never blank, never an uncaught error;
 * - offline after a first visit: the last good copy, marked with its date;
 * - 1,000 mount/unmount cycles per widget leave no timer, frame, observer or global listener,
 *   and no instance or memory behind;
 * - aggressive host CSS does not break the widgets;
 * - `loading="lazy"` waits for the viewport; the widgets cause no layout shift.
 */
import { assert, assertEqual, createSuite, openPage } from './harness.mjs';
import {
  ALL,
  CDN,
  ES,
  IIFE,
  WIDGETS,
  assertNone,
  checkLayout,
  createHardeningSuite,
  page,
  parisMonth,
  serveFeed,
  servePage,
  settled,
  smallFeed,
  widgetsMarkup,
} from './hardening.mjs';

export const suite = createHardeningSuite(createSuite);

// ---------------------------------------------------------------------------------------------
suite.test(
  'double load, both bundles and a tag taken by the page: the other widgets work, one warning at most',
  async ({ server, browser }) => {
    serveFeed(server, '/e2e/rob/double.json', smallFeed());
    const head = `<script>customElements.define('tis-banner', class extends HTMLElement {});</script>
    ${ES}${IIFE}<script src="${CDN}/widgets.iife.js?again"></script><script type="module" src="${CDN}/widgets.js?again"></script>`;
    const url = servePage(
      server,
      '/e2e/rob/double.html',
      page({ head, body: widgetsMarkup('/e2e/rob/double.json') }),
    );
    const { page: p, context, record } = await openPage(browser, url);
    await settled(p, 'tis-territory-counter, tis-initiative-feed, tis-event-calendar');
    const state = await p.evaluate(() => ({
      statuses: ['tis-territory-counter', 'tis-initiative-feed', 'tis-event-calendar'].map(
        (tag) => document.querySelector(tag).feedController.state.status,
      ),
      banner: document.querySelector('tis-banner').shadowRoot === null,
      bannerFallback: document.querySelector('tis-banner a').getBoundingClientRect().height > 0,
    }));
    assertEqual(state.statuses, ['ready', 'ready', 'ready'], 'the other widgets loaded');
    assert(
      state.banner && state.bannerFallback,
      'the page’s own <tis-banner> is left alone, its content visible',
    );
    assertEqual(record.errors, [], 'uncaught errors');
    assertEqual(record.consoleErrors, [], 'console errors');
    const ours = record.warnings.filter((w) => w.includes('[1000territoires]'));
    assert(ours.length <= 1, `one warning at most, got ${ours.length}: ${ours}`);
    await context.close();
  },
);

// ---------------------------------------------------------------------------------------------
/** 1,000 initiatives: 900 valid (20 of them with an unsafe link), 100 invalid in ten ways. */
function partlyBadFeed() {
  const feed = smallFeed({ initiatives: 0, events: 2 });
  const valid = (i) => ({
    id: `reseau-a/ok-${i}`,
    title: `Initiative valide ${i}`,
    summary: 'Résumé.',
    url: i % 50 === 0 ? `javascript:alert(${i})` : `https://example.org/i/${i}`,
    network: 'reseau-a',
    territories: ['commune:29019'],
    themes: ['mobilite'],
    updatedAt: '2026-01-01T10:00:00Z',
  });
  let deep = 'x';
  for (let d = 0; d < 200; d++) deep = [deep];
  const breakers = [
    (item) => {
      delete item.title;
      return item;
    },
    (item) => ({ ...item, title: 12345 }),
    (item) => ({ ...item, title: 'x'.repeat(100_000) }),
    (item) => ({ ...item, id: 'bad id with spaces!' }),
    (item) => ({ ...item, territories: 'commune:29019' }),
    (item) => ({ ...item, territories: ['paris'] }),
    () => null,
    () => 'just a string',
    (_item, i) => ({ ...valid(i), id: 'reseau-a/ok-0' }),
    (item) => ({ ...item, summary: deep }),
  ];
  const items = [];
  let invalid = 0;
  for (let i = 0; i < 1000; i++) {
    if (i % 10 === 9) {
      items.push(breakers[invalid % breakers.length](valid(i), i));
      invalid += 1;
    } else items.push(valid(i));
  }
  feed.initiatives = items;
  return feed;
}

suite.test(
  '1,000 items with 100 invalid: exactly 900 render, problems reported once (event and warning)',
  async ({ server, browser }) => {
    serveFeed(server, '/e2e/rob/partial.json', partlyBadFeed());
    const body = `
    <tis-initiative-feed src="/e2e/rob/partial.json" page-size="1000" controls="none"></tis-initiative-feed>
    <tis-territory-counter src="/e2e/rob/partial.json" metric="initiatives" no-animation></tis-territory-counter>
    <tis-feed src="/e2e/rob/partial.json"><tis-territory-counter metric="initiatives" no-animation></tis-territory-counter></tis-feed>
    <tis-event-calendar src="/e2e/rob/partial.json"></tis-event-calendar>`;
    const url = servePage(server, '/e2e/rob/partial.html', page({ head: ES, body }));
    const { page: p, context, record } = await openPage(browser, 'about:blank');
    await p.addInitScript(() => {
      window.__problemEvents = [];
      document.addEventListener('tis-feed-problems', (event) =>
        window.__problemEvents.push({
          url: event.url,
          counts: event.counts,
          problems: event.problems.length,
          target: event.composedPath()[0].localName,
        }),
      );
    });
    await p.goto(url);
    await settled(p);
    await p.waitForTimeout(300);
    const result = await p.evaluate(() => {
      const feed = document.querySelector('tis-initiative-feed');
      return {
        kept: feed.feedController.state.feed.initiatives.length,
        articles: feed.shadowRoot.querySelectorAll('article').length,
        counters: [...document.querySelectorAll('tis-territory-counter')].map((el) =>
          el.shadowRoot.textContent.replace(/\s+/g, ' '),
        ),
        events: window.__problemEvents,
      };
    });
    assertEqual(result.kept, 900, 'valid initiatives kept');
    assertEqual(result.articles, 900, 'initiatives rendered');
    for (const text of result.counters)
      assert(/\b900\b/.test(text), `the counter says 900: ${text.slice(0, 120)}`);
    assertEqual(result.events.length, 1, 'tis-feed-problems events');
    const [event] = result.events;
    assertEqual(event.counts.dropped, 100, 'items dropped');
    assertEqual(event.counts.linksRemoved, 20, 'links removed');
    assertEqual(event.problems, 120, 'problems listed');
    // Ten ways to be invalid: nine reasons (null and a string are both "expected object"), plus the removed links.
    const reasons = event.counts.byReason;
    assertEqual(Object.keys(reasons).length, 10, `reasons: ${JSON.stringify(reasons)}`);
    assertEqual(
      reasons['invalid initiatives.title (required field is missing)'],
      10,
      'missing title',
    );
    assertEqual(event.counts.byReason['duplicate-id'], 10, 'duplicates');
    const warnings = record.warnings.filter((w) => w.includes('[1000territoires] feed'));
    assertEqual(warnings.length, 1, 'console warnings about the feed');
    assert(
      /100 items dropped, 20 links removed/.test(warnings[0]) &&
        /duplicate-id: 10/.test(warnings[0]),
      `warning: ${warnings[0]}`,
    );
    assertEqual(record.errors, [], 'uncaught errors');
    assertEqual(record.consoleErrors, [], 'console errors');
    await context.close();
  },
);

// ---------------------------------------------------------------------------------------------
/** Broken feeds and the state each must end in: `ready`, or `error` of a kind. */
function brokenCases(good) {
  const text = JSON.stringify(good);
  return {
    'not-found': {
      answer: () => ({ status: 404, body: 'Not found', type: 'text/plain' }),
      expect: 'http',
    },
    'error-then-ok': {
      answer: (n) => (n === 1 ? { status: 500, body: 'oops' } : {}),
      expect: 'ready',
    },
    'error-retry-button': {
      answer: (n) => (n <= 3 ? { status: 503, body: 'down' } : {}),
      expect: 'http',
      retry: true,
    },
    hung: { answer: () => ({ hang: true }), expect: 'timeout' },
    'html-200': {
      answer: () => ({
        body: '<!doctype html><title>Erreur</title><h1>Maintenance</h1>',
        type: 'text/html',
      }),
      expect: 'not-json',
    },
    empty: { answer: () => ({ body: '' }), expect: 'not-json' },
    truncated: {
      answer: () => ({ body: text.slice(0, Math.floor(text.length / 2)) }),
      expect: 'not-json',
    },
    'wrong-type': { answer: () => ({ type: 'text/plain; charset=utf-8' }), expect: 'ready' },
    'utf8-bom': { answer: () => ({ body: `\uFEFF${text}` }), expect: 'ready' },
    'version-2': {
      answer: () => ({ body: JSON.stringify({ ...good, version: 2 }) }),
      expect: 'invalid-feed',
    },
    'json-null': { answer: () => ({ body: 'null' }), expect: 'invalid-feed' },
    'json-array': { answer: () => ({ body: '[]' }), expect: 'invalid-feed' },
  };
}

suite.test(
  'broken feeds end in their documented state: data, or the fallback and a tis-error',
  async ({ server, browser }) => {
    const now = Date.now();
    const good = smallFeed({ now });
    const cases = brokenCases(good);
    let body = '';
    for (const [name, c] of Object.entries(cases)) {
      serveFeed(server, `/e2e/rob/broken-${name}.json`, good, c.answer);
      body += `<section class="case" data-case="${name}">${widgetsMarkup(`/e2e/rob/broken-${name}.json`, { from: parisMonth(now + 3600e3) })}</section>`;
    }
    const url = servePage(
      server,
      '/e2e/rob/broken.html',
      page({ head: ES, body, style: '.case { width: 800px }' }),
    );
    const { page: p, context, record } = await openPage(browser, 'about:blank');
    await p.addInitScript(() => {
      window.__events = [];
      for (const type of ['tis-load', 'tis-error'])
        document.addEventListener(type, (event) => {
          const el = event.composedPath()[0];
          window.__events.push({
            type,
            tag: el.localName,
            src: el.getAttribute('src'),
            kind: event.error?.kind,
          });
        });
    });
    const started = Date.now();
    await p.goto(url);
    // The hung feed gives up after the client's 8 s timeout.
    await settled(p, WIDGETS.join(','), 20000);
    const hungAfter = Date.now() - started;
    assert(hungAfter >= 7500 && hungAfter < 15000, `the hung feed timed out after ${hungAfter} ms`);

    const states = await p.evaluate(() =>
      [...document.querySelectorAll('.case')].map((section) => ({
        name: section.dataset.case,
        widgets: [
          ...section.querySelectorAll(
            'tis-banner, tis-territory-counter, tis-initiative-feed, tis-event-calendar',
          ),
        ].map((el) => {
          const state = el.feedController.state;
          const link = el.querySelector(':scope > a');
          const slot = el.shadowRoot.querySelector('slot:not([name])');
          return {
            tag: el.localName,
            status: state.status,
            kind: state.error?.kind,
            height: el.getBoundingClientRect().height,
            fallbackShown: Boolean(
              link &&
              slot &&
              slot.assignedElements().includes(link) &&
              link.getBoundingClientRect().height > 0,
            ),
            text: el.shadowRoot.textContent.trim().length,
          };
        }),
      })),
    );
    const events = await p.evaluate(() => window.__events);
    const problems = [];
    for (const { name, widgets } of states) {
      const expected = cases[name].expect;
      for (const w of widgets) {
        const where = `${name} ${w.tag}`;
        if (w.height < 8) problems.push(`${where}: blank (${w.height}px)`);
        if (expected === 'ready') {
          if (w.status !== 'ready')
            problems.push(`${where}: ${w.status} ${w.kind ?? ''}, expected data`);
        } else {
          if (w.status !== 'error' || w.kind !== expected)
            problems.push(`${where}: ${w.status} ${w.kind}, expected error ${expected}`);
          if (!w.fallbackShown) problems.push(`${where}: the partner's fallback is not shown`);
          const fired = events.filter(
            (e) =>
              e.src === `/e2e/rob/broken-${name}.json` && e.tag === w.tag && e.type === 'tis-error',
          );
          if (fired.length !== 1 || fired[0].kind !== expected)
            problems.push(`${where}: tis-error events ${JSON.stringify(fired)}`);
        }
      }
    }
    assertNone(problems, 'states');

    // "Réessayer" after the 503s: the feed answers now, and every widget of that feed shows it.
    const retry = p
      .locator('[data-case="error-retry-button"] tis-initiative-feed')
      .locator('button', { hasText: 'Réessayer' });
    await retry.click();
    await p.waitForFunction(() =>
      [...document.querySelectorAll('[data-case="error-retry-button"] > *')].every(
        (el) => el.feedController.state.status === 'ready',
      ),
    );
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);

// ---------------------------------------------------------------------------------------------
suite.test(
  'offline after a first visit: the last good copy shows, marked with its date',
  async ({ server, browser }) => {
    const now = Date.now();
    let online = true;
    serveFeed(server, '/e2e/rob/offline.json', smallFeed({ now }), () =>
      online ? {} : { status: 503, body: 'offline' },
    );
    const from = parisMonth(now + 3600e3);
    const url = servePage(
      server,
      '/e2e/rob/offline.html',
      page({ head: ES, body: widgetsMarkup('/e2e/rob/offline.json', { from }) }),
    );
    const { page: p, context, record } = await openPage(browser, url);
    await settled(p);
    online = false;
    // "Données du 28 novembre…": day and month at least (the year may be left out this year).
    const dateOf = (ms) =>
      new Intl.DateTimeFormat('fr-FR', {
        day: 'numeric',
        month: 'long',
        timeZone: 'Europe/Paris',
      }).format(ms);

    // The copies are in IndexedDB (database tis-widgets): ages them as if fetched at `at`.
    const ageCopies = (at) =>
      p.evaluate(
        (fetchedAt) =>
          new Promise((resolve, reject) => {
            const request = indexedDB.open('tis-widgets');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const tx = request.result.transaction('feeds', 'readwrite');
              const store = tx.objectStore('feeds');
              store.openCursor().onsuccess = (event) => {
                const cursor = event.target.result;
                if (!cursor) return;
                cursor.update({ ...cursor.value, fetchedAt });
                cursor.continue();
              };
              tx.oncomplete = () => {
                request.result.close();
                resolve();
              };
            };
          }),
        at,
      );

    // The copy is stored when the page is idle (IndexedDB): wait until it is there.
    const storedCopies = () =>
      p.evaluate(async () => {
        if (!(await indexedDB.databases()).some((db) => db.name === 'tis-widgets')) return 0;
        return new Promise((resolve) => {
          const request = indexedDB.open('tis-widgets');
          request.onerror = () => resolve(0);
          request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains('feeds')) return resolve(0);
            const count = db.transaction('feeds').objectStore('feeds').count();
            count.onsuccess = () => {
              db.close();
              resolve(count.result);
            };
          };
        });
      });
    for (let tries = 0; (await storedCopies()) === 0; tries += 1) {
      assert(tries < 50, 'the copy was stored within 10 s');
      await p.waitForTimeout(200);
    }
    // Second visit moments later: the stored copy shows with no request at all (fresh).
    const before = record.requests.length;
    await p.reload();
    await settled(p);
    assertEqual(
      record.requests.slice(before).filter((u) => u.includes('/e2e/rob/offline.json')),
      [],
      'a repeat view within five minutes asks nothing',
    );

    // Later the same day: the copy shows at once, then the failed revalidation marks it.
    const earlier = now - 10 * 60e3;
    await ageCopies(earlier);
    await p.reload();
    await p.waitForFunction(() =>
      [
        ...document.querySelectorAll(
          'tis-banner, tis-territory-counter, tis-initiative-feed, tis-event-calendar',
        ),
      ].every((el) => el.feedController?.state.stale),
    );
    await p.waitForTimeout(100);
    const marked = (tags) =>
      p.evaluate(
        (names) =>
          names.map((tag) => {
            const el = document.querySelector(tag);
            const stale = el.shadowRoot.querySelector('.stale');
            return {
              tag,
              status: el.feedController.state.status,
              stale: stale?.textContent.replace(/\s+/g, ' ').trim() ?? null,
            };
          }),
        tags,
      );
    const DATED = ['tis-territory-counter', 'tis-initiative-feed', 'tis-event-calendar'];
    for (const w of await marked(DATED)) {
      assertEqual(w.status, 'ready', `${w.tag} shows the copy`);
      assert(
        w.stale && w.stale.includes(dateOf(earlier)),
        `${w.tag} marks the copy with its date: ${w.stale}`,
      );
    }
    const banner = await p.evaluate(
      () =>
        document.querySelector('tis-banner').shadowRoot.querySelector('section')?.textContent
          .length ?? 0,
    );
    assert(banner > 0, 'the banner shows from the copy');

    // A copy older than a day, and still offline: shown after the failure, with its (old) date.
    const old = now - 3 * 864e5;
    await ageCopies(old);
    await p.reload();
    await settled(p);
    for (const w of await marked(DATED)) {
      assertEqual(w.status, 'ready', `${w.tag} shows the old copy`);
      assert(
        w.stale && w.stale.includes(dateOf(old)),
        `${w.tag} marks the old copy with its date: ${w.stale}`,
      );
    }
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);

// ---------------------------------------------------------------------------------------------
/** Counts, in the page, what code leaves running: timers, frames, observers, global listeners. */
function instrument() {
  const live = {
    timeouts: new Map(),
    intervals: new Map(),
    frames: new Map(),
    animations: new Map(),
    listeners: new Map(),
    observers: new Set(),
  };
  window.__live = live;
  const where = () => new Error().stack.split('\n').slice(3, 6).join(' | ');
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  const { requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
  window.setTimeout = function (fn, ms, ...rest) {
    const id = st.call(
      window,
      (...args) => {
        live.timeouts.delete(id);
        if (typeof fn === 'function') fn(...args);
      },
      ms,
      ...rest,
    );
    live.timeouts.set(id, where());
    return id;
  };
  window.clearTimeout = (id) => {
    live.timeouts.delete(id);
    ct.call(window, id);
  };
  window.setInterval = function (fn, ms, ...rest) {
    const id = si.call(window, fn, ms, ...rest);
    live.intervals.set(id, where());
    return id;
  };
  window.clearInterval = (id) => {
    live.intervals.delete(id);
    ci.call(window, id);
  };
  window.requestAnimationFrame = (fn) => {
    const id = raf.call(window, (t) => {
      live.frames.delete(id);
      fn(t);
    });
    live.frames.set(id, where());
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    live.frames.delete(id);
    caf.call(window, id);
  };
  // Web Animations (the counter's count-up): one still running or paused once its widget is
  // gone is left running.
  const animate = Element.prototype.animate;
  Element.prototype.animate = function (...args) {
    const animation = animate.apply(this, args);
    live.animations.set(animation, where());
    return animation;
  };
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  const keyOf = (target, type, fn, options) =>
    `${target === window ? 'window' : 'document'} ${type} ${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;
  const fns = new Map();
  EventTarget.prototype.addEventListener = function (type, fn, options) {
    if ((this === window || this === document) && fn) {
      const key = keyOf(this, type, fn, options);
      if (!fns.has(key)) fns.set(key, new Map());
      if (!fns.get(key).has(fn)) fns.get(key).set(fn, where());
      live.listeners = fns;
    }
    return add.call(this, type, fn, options);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, options) {
    if (this === window || this === document) fns.get(keyOf(this, type, fn, options))?.delete(fn);
    return remove.call(this, type, fn, options);
  };
  for (const name of ['IntersectionObserver', 'ResizeObserver', 'MutationObserver']) {
    const Original = window[name];
    window[name] = class extends Original {
      constructor(...args) {
        super(...args);
        this.__targets = new Set();
        this.__where = `${name} ${where()}`;
      }
      observe(target, ...rest) {
        this.__targets.add(target);
        live.observers.add(this);
        return super.observe(target, ...rest);
      }
      unobserve(target) {
        this.__targets.delete(target);
        if (!this.__targets.size) live.observers.delete(this);
        return super.unobserve(target);
      }
      disconnect() {
        this.__targets.clear();
        live.observers.delete(this);
        return super.disconnect();
      }
    };
  }
  window.__liveCounts = () => {
    let listeners = 0;
    const listenerList = [];
    for (const [key, map] of fns) {
      listeners += map.size;
      for (const at of map.values()) listenerList.push(`${key} ${at}`);
    }
    // Observers whose targets all left the document keep nothing alive that matters… but we
    // count them anyway: a widget must disconnect its own.
    const animations = [...live.animations].filter(
      ([animation]) => animation.playState === 'running' || animation.playState === 'paused',
    );
    return {
      timeouts: live.timeouts.size,
      intervals: live.intervals.size,
      frames: live.frames.size,
      animations: animations.length,
      animationsStarted: live.animations.size,
      listeners,
      observers: live.observers.size,
      detail: {
        timeouts: [...live.timeouts.values()].slice(0, 3),
        frames: [...live.frames.values()].slice(0, 3),
        animations: animations.map(([, at]) => at).slice(0, 3),
        listeners: listenerList.slice(0, 5),
        observers: [...live.observers].map((o) => o.__where).slice(0, 3),
      },
    };
  };
}

/** One widget mounted and removed `cycles` times, visiting its interactive states on the way. */
async function cycle(p, tag, cycles, src) {
  return p.evaluate(
    async ({ tag, cycles, src }) => {
      const host = document.querySelector('#stage');
      const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
      for (let i = 0; i < cycles; i++) {
        const el = document.createElement(tag);
        el.setAttribute('src', src);
        if (tag === 'tis-banner') {
          el.setAttribute('variant', i % 2 ? 'corner' : 'inline');
          el.toggleAttribute('dismissible', true);
          el.toggleAttribute('show-event', true);
          el.toggleAttribute('show-count', true);
        }
        if (tag === 'tis-event-calendar' && i % 2) el.setAttribute('view', 'month');
        host.append(el);
        await el.updateComplete;
        await el.updateComplete;
        const root = el.shadowRoot;
        // Every 10th cycle: let frames and observers run, and use the widget before removing it.
        if (i % 10 === 0) {
          await frame();
          if (tag === 'tis-banner') root.querySelector('button.toggle')?.click();
          if (tag === 'tis-initiative-feed') {
            const search = root.querySelector('input[type="search"]');
            if (search) {
              search.value = `mot ${i}`;
              search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
            }
          }
          if (tag === 'tis-event-calendar')
            root.querySelector('.chip, .event-button, button.event')?.click();
          await el.updateComplete;
          await frame();
        }
        el.remove();
      }
    },
    { tag, cycles, src },
  );
}

suite.test(
  '1,000 mount/unmount cycles of each widget leave no timer, frame, animation, observer, listener or memory',
  async ({ server, browser }) => {
    const now = Date.now();
    serveFeed(server, '/e2e/rob/leak.json', smallFeed({ now }));
    const url = servePage(
      server,
      '/e2e/rob/leak.html',
      page({ head: ALL, body: '<div id="stage" style="width: 900px"></div>' }),
    );
    const { page: p, context, record } = await openPage(browser, 'about:blank');
    await p.addInitScript(instrument);
    await p.goto(url);
    await p.waitForFunction((tags) => tags.every((t) => customElements.get(t)), WIDGETS);
    const cdp = await context.newCDPSession(p);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const instances = async (tag) => {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: `customElements.get('${tag}').prototype`,
      });
      const { objects } = await cdp.send('Runtime.queryObjects', {
        prototypeObjectId: result.objectId,
      });
      const { result: length } = await cdp.send('Runtime.callFunctionOn', {
        objectId: objects.objectId,
        functionDeclaration: 'function () { return this.length; }',
        returnByValue: true,
      });
      return length.value;
    };
    const settle = () => p.evaluate(() => new Promise((done) => setTimeout(done, 1600)));
    const report = [];
    const problems = [];
    const cycles = Number(process.env.TIS_E2E_CYCLES || 1000);
    for (const tag of WIDGETS) {
      // Warm up: the feed loads, styles and templates are prepared, caches fill.
      await cycle(p, tag, 50, '/e2e/rob/leak.json');
      await settle();
      const before = await p.evaluate(() => window.__liveCounts());
      const heapBefore = await heap();
      const started = Date.now();
      await cycle(p, tag, cycles, '/e2e/rob/leak.json');
      const took = Date.now() - started;
      // Before settling: an animation left running would have finished by then (1.4 s).
      const animating = await p.evaluate(() => window.__liveCounts());
      if (animating.animations > before.animations)
        problems.push(
          `${tag}: ${animating.animations - before.animations} animations left running (${JSON.stringify(animating.detail.animations)})`,
        );
      await settle();
      const after = await p.evaluate(() => window.__liveCounts());
      const heapAfter = await heap();
      const left = await instances(tag);
      const growth = heapAfter - heapBefore;
      report.push(
        `${tag}: ${cycles} cycles in ${took} ms, ${after.animationsStarted} animations started, heap ${(growth / 1024).toFixed(0)} kB, ${left} instances left`,
      );
      for (const key of ['timeouts', 'intervals', 'frames', 'listeners', 'observers'])
        if (after[key] > before[key])
          problems.push(
            `${tag}: ${after[key] - before[key]} ${key} left (${JSON.stringify(after.detail[key])})`,
          );
      if (left > 0) problems.push(`${tag}: ${left} instances still alive after GC`);
      // Noise: a few hundred kB (V8 pools, string tables). A leak of 1 kB per cycle would be 1 MB.
      if (growth > 1024 * 1024)
        problems.push(`${tag}: heap grew ${(growth / 1024).toFixed(0)} kB over ${cycles} cycles`);
    }
    if (process.env.TIS_E2E_VERBOSE) console.log(report.join('\n'));
    assertNone(problems, 'leaks');
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);

// ---------------------------------------------------------------------------------------------
const HOSTILE_CSS = `
  * { box-sizing: content-box !important; font: 30px serif !important; color: red !important; line-height: 0 }
  *, *::before, *::after { margin: 0; padding: 0; border: 0; background: none }
  html { direction: rtl }
  body { text-align: justify; letter-spacing: 0.3em; word-spacing: 1em; text-transform: uppercase;
         white-space: nowrap; text-indent: -9999px; font-variant: small-caps; text-shadow: 0 0 2px lime;
         word-break: break-all; font-family: "Comic Sans MS", Wingdings, fantasy !important;
         visibility: visible; cursor: none; list-style: square inside; hyphens: auto;
         -webkit-text-fill-color: red; writing-mode: horizontal-tb; font-weight: 900; font-style: italic }
  a { text-decoration: none !important; color: inherit !important }
  div, section, article { overflow: visible !important }
  p, span { display: inline-block; max-width: 50px }
  img, svg { max-width: 100% !important; height: auto !important; width: 1000px }
  button { all: unset }
  ul, ol { list-style: none; display: grid }
  dialog { display: block !important; position: static !important }
  [hidden] { display: block !important }
`;

suite.test(
  'aggressive host CSS (resets, !important, odd fonts, rtl) leaves every widget readable',
  async ({ server, browser }) => {
    const now = Date.now();
    serveFeed(server, '/e2e/rob/css.json', smallFeed({ now }));
    const from = parisMonth(now + 3600e3);
    const body = `<main style="width: 900px">${widgetsMarkup('/e2e/rob/css.json', { from })}</main>
    <div style="width: 320px">${widgetsMarkup('/e2e/rob/css.json', { from })}</div>
    <div class="row" style="display: flex; width: 700px"><tis-territory-counter src="/e2e/rob/css.json" no-animation></tis-territory-counter></div>
    <div class="row" style="display: flex; width: 700px"><tis-initiative-feed src="/e2e/rob/css.json"></tis-initiative-feed></div>`;
    const url = servePage(
      server,
      '/e2e/rob/css.html',
      page({ head: ES, body, style: HOSTILE_CSS }),
    );
    const { page: p, context, record } = await openPage(browser, url);
    await settled(p);
    await p.waitForTimeout(300);
    const overflow = await checkLayout(p);
    if (overflow.length && process.env.TIS_E2E_VERBOSE)
      console.log(
        await p.evaluate(() => {
          const out = [];
          for (const el of document.querySelectorAll(
            'tis-territory-counter, tis-event-calendar, tis-initiative-feed, tis-banner',
          )) {
            const root = el.shadowRoot.querySelector('.root');
            if (!root) continue;
            const { left, right } = root.getBoundingClientRect();
            for (const node of el.shadowRoot.querySelectorAll('*')) {
              const box = node.getBoundingClientRect();
              if (box.width && (box.right > right + 1 || box.left < left - 1))
                out.push(
                  `${el.localName} ${node.localName}.${[...node.classList].join('.')} ${box.left}..${box.right} outside ${left}..${right} "${node.textContent.trim().slice(0, 30)}"`,
                );
            }
          }
          return out.slice(0, 20).join('\n');
        }),
      );
    assertNone(overflow, 'layout');
    // Alone in a flex row (a WordPress Row block): the full width, not collapsed to nothing.
    const inRows = await p.evaluate(() =>
      [...document.querySelectorAll('.row > *')].map((el) =>
        Math.round(el.getBoundingClientRect().width),
      ),
    );
    assertEqual(inRows, [700, 700], 'widths of widgets alone in a flex row');
    const readability = await p.evaluate(() => {
      const problems = [];
      for (const el of document.querySelectorAll(
        'tis-banner, tis-territory-counter, tis-initiative-feed, tis-event-calendar',
      )) {
        const walker = (root) => {
          for (const node of root.querySelectorAll('*')) {
            if (node.shadowRoot) walker(node.shadowRoot);
            const text = [...node.childNodes].filter(
              (n) => n.nodeType === 3 && n.textContent.trim(),
            ).length;
            if (!text) continue;
            const box = node.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) continue; // visually hidden or closed
            const style = getComputedStyle(node);
            if (node.closest('.visually-hidden')) continue;
            const where = `${el.localName} ${node.localName}.${[...node.classList].join('.')}`;
            const size = parseFloat(style.fontSize);
            const lineHeight =
              style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
            if (style.color === 'rgb(255, 0, 0)' || style.webkitTextFillColor === 'rgb(255, 0, 0)')
              problems.push(`${where}: red text`);
            if (lineHeight < size)
              problems.push(`${where}: line-height ${style.lineHeight} for ${style.fontSize}`);
            if (size < 10) problems.push(`${where}: font-size ${style.fontSize}`);
            if (style.textTransform !== 'none')
              problems.push(`${where}: text-transform ${style.textTransform}`);
            if (parseFloat(style.textIndent) < -1)
              problems.push(`${where}: text-indent ${style.textIndent}`);
            if (box.height < 4) problems.push(`${where}: ${box.height}px high`);
          }
        };
        walker(el.shadowRoot);
        const root = el.shadowRoot.querySelector('.root');
        if (root && getComputedStyle(root).visibility !== 'visible')
          problems.push(`${el.localName}: hidden`);
      }
      return [...new Set(problems)];
    });
    assertNone(readability, 'readability');
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);

// ---------------------------------------------------------------------------------------------
suite.test(
  'loading="lazy" below the fold requests nothing until scrolled near',
  async ({ server, browser }) => {
    const requests = serveFeed(server, '/e2e/rob/lazy.json', smallFeed());
    const body = `<div style="height: 3000px">Contenu du partenaire</div>
    <tis-initiative-feed id="lazy" src="/e2e/rob/lazy.json" loading="lazy"><a href="https://example.org/">Initiatives</a></tis-initiative-feed>
    <tis-territory-counter src="/e2e/rob/lazy.json" loading="lazy" no-animation></tis-territory-counter>`;
    const url = servePage(server, '/e2e/rob/lazy.html', page({ head: ES, body }));
    const { page: p, context, record } = await openPage(browser, url);
    await p.waitForFunction(
      () => customElements.get('tis-initiative-feed') && document.querySelector('#lazy').hasUpdated,
    );
    await p.waitForTimeout(800);
    assertEqual(requests.length, 0, 'feed requests before scrolling');
    await p.mouse.wheel(0, 1500);
    await p.waitForTimeout(500);
    assertEqual(requests.length, 0, 'feed requests while still far (over 300 px away)');
    await p.evaluate(() =>
      window.scrollTo(0, document.querySelector('#lazy').offsetTop - window.innerHeight - 200),
    );
    await settled(p, '#lazy');
    assertEqual(requests.length, 1, 'one feed request once near');
    assertEqual(record.errors, [], 'uncaught errors');
    await context.close();
  },
);

/**
 * Loads the four widgets while the feed is delayed 600 ms and returns the layout shifts (no
 * input), each stamped before or after the four custom elements were defined.
 */
async function measureShifts({ server, browser }) {
  const now = Date.now();
  // A realistic network: the loading state is painted before the data arrives.
  const feed = JSON.stringify(smallFeed({ now }));
  server.routes.set('/e2e/rob/cls.json', (_req, res) => {
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(feed);
    }, 600);
  });
  const from = parisMonth(now + 3600e3);
  const body = `<h1>Page du partenaire</h1>${widgetsMarkup('/e2e/rob/cls.json', { from })}<p id="after">Texte après les widgets.</p>`;
  const url = servePage(server, '/e2e/rob/cls.html', page({ head: ES, body }));
  const { page: p, context } = await openPage(browser, 'about:blank');
  await p.addInitScript((names) => {
    window.__shifts = [];
    window.__definedAt = Infinity;
    // The moment the loading states are on screen: defined, first rendered, painted.
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    Promise.all(names.map((n) => customElements.whenDefined(n))).then(async () => {
      const all = () => [...document.querySelectorAll(names.join(','))];
      while (!all().length || !all().every((el) => el.hasUpdated)) await frame();
      await frame();
      await frame();
      window.__definedAt = performance.now();
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (!entry.hadRecentInput)
          window.__shifts.push({
            at: entry.startTime,
            value: entry.value,
            sources: entry.sources.map(
              (s) =>
                `${s.node?.localName ?? '?'}${s.node?.id ? `#${s.node.id}` : ''} ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`,
            ),
          });
    }).observe({ type: 'layout-shift', buffered: true });
  }, WIDGETS);
  await p.goto(url);
  await settled(p);
  await p.waitForTimeout(800);
  const { shifts, definedAt } = await p.evaluate(() => ({
    shifts: window.__shifts,
    definedAt: window.__definedAt,
  }));
  await context.close();
  if (process.env.TIS_E2E_VERBOSE)
    console.log('shifts', definedAt, JSON.stringify(shifts, null, 1).slice(0, 3000));
  const sum = (list) => list.reduce((total, s) => total + s.value, 0);
  const moved = (list) => [...new Set(list.flatMap((s) => s.sources).map((s) => s.split(' ')[0]))];
  // Shifts until the loading states are painted are the upgrade itself (see below).
  const before = shifts.filter((s) => s.at <= definedAt);
  const after = shifts.filter((s) => s.at > definedAt);
  return {
    before: sum(before),
    after: sum(after),
    movedBefore: moved(before),
    movedAfter: moved(after),
  };
}

suite.test(
  'the widgets cause no layout shift (CLS < 0.01) while the feed loads',
  async (context) => {
    // Each loading state takes the loaded box: banner (same reserve), counter (skeleton per
    // the hide-* attributes, breakdown rows kept), feed (controls bar, count line, cards),
    // calendar (month grid of the month).
    const { after, movedAfter } = await measureShifts(context);
    assert(
      after < 0.01,
      `CLS ${after.toFixed(4)} while loading, elements moved: ${movedAfter.join(', ')}`,
    );
  },
);

suite.known(
  'the widgets cause no layout shift (CLS < 0.01) when they are defined',
  'before the module script runs, the page paints the undefined elements inline with their fallback links; the upgrade then gives them their loading height (0.0198 measured, issue 9): only a page rule such as tis-initiative-feed:not(:defined) { display: block; min-height: … } can reserve that',
  async (context) => {
    const { before, movedBefore } = await measureShifts(context);
    assert(
      before < 0.01,
      `CLS ${before.toFixed(4)} at the upgrade, elements moved: ${movedBefore.join(', ')}`,
    );
  },
);
