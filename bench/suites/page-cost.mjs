/**
 * 7. Page cost: what a partner page pays for each widget, as the partner's visitors pay it.
 *
 * Pages (each from the README's one `widgets.js` tag): banner only, counter only (breakdown by
 * région), initiative feed pinned to a département (Finistère), initiative feed with no pin,
 * month calendar, all four. Feeds: the monolithic demo document (`demo/feed.json`, 3,200
 * initiatives) against its published tree (`tis-feed publish`, `demo/published/index.json`),
 * and the published tree of the demo scaled to 100,000 initiatives (its monolithic document,
 * ~60 MB, is not loaded: that is the point).
 *
 * Each measure: a fresh browser context, the page loaded until every widget shows its data
 * (first view), then loaded again in the same context (repeat view: HTTP cache and the
 * widgets' stored copies), at 1× and 4× CPU throttling (CDP `Emulation.setCPUThrottlingRate`).
 * Reported per view: bytes over the wire (CDP `encodedDataLength`, gzip level 9 from the
 * server) split into code and data, requests that reached the network, main-thread time (CDP
 * `TaskDuration`) and total blocking time (long tasks until shown, each counted beyond 50 ms)
 * until shown. The server sends the cache headers of the published tree's `_headers`.
 */
import { importTs } from '../../scripts/import-ts.js';
import { freshPage } from '../lib/browser.mjs';
import { scaledFeed } from '../lib/feeds.mjs';
import { open, shell } from '../lib/pages.mjs';
import { summarize } from '../lib/stats.mjs';

const FALLBACK = '<a href="https://example.org/campagne">#1000territoiresIS</a>';

export const PAGES = {
  banner: (src) => `<tis-banner src="${src}" show-count show-event>${FALLBACK}</tis-banner>`,
  counter: (src) =>
    `<tis-territory-counter src="${src}" breakdown="region">${FALLBACK}</tis-territory-counter>`,
  'feed-pinned': (src) =>
    `<tis-initiative-feed src="${src}" territory="departement:29">${FALLBACK}</tis-initiative-feed>`,
  'feed-unpinned': (src) => `<tis-initiative-feed src="${src}">${FALLBACK}</tis-initiative-feed>`,
  calendar: (src) =>
    `<tis-event-calendar src="${src}" view="month" from="2026-12">${FALLBACK}</tis-event-calendar>`,
  'all-four': (src) =>
    [PAGES.banner, PAGES.counter, PAGES['feed-unpinned'], PAGES.calendar]
      .map((page) => page(src))
      .join('\n'),
};

/** In the page: resolves when every widget shows its data (not a skeleton, not a partial load). */
export const WAIT = `<script type="module">
  const shown = (el) => {
    const root = el.shadowRoot;
    if (!root) return false;
    switch (el.localName) {
      case 'tis-banner': return Boolean(root.querySelector('section'));
      case 'tis-territory-counter': return el.value !== undefined;
      case 'tis-initiative-feed': return Boolean(root.querySelector('article'));
      case 'tis-event-calendar': return Boolean(root.querySelector('.calendar[aria-busy="false"]'));
      default: return true;
    }
  };
  const widgets = [...document.querySelectorAll('main > *')];
  await new Promise((resolve) => {
    const check = () => (widgets.every(shown) ? resolve() : setTimeout(check, 10));
    check();
  });
  document.body.offsetHeight;
  window.__benchDone(performance.now());
</script>`;

const LONG_TASKS = `
window.__longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
} catch {}
`;

/** Cache headers as `tis-feed publish` writes them in `_headers`; code cached a day. */
export function cacheControl(path) {
  if (/\/index\.json$/.test(path)) return 'public, max-age=300, stale-while-revalidate=86400';
  if (/\.[0-9a-f]{10}\.json$/.test(path)) return 'public, max-age=31536000, immutable';
  if (path.startsWith('/dist/cdn/')) return 'public, max-age=86400';
  return 'no-store';
}

/** One view of `url` in `page`: bytes, requests, main-thread time and TBT until shown. */
async function view(page, cdp, url) {
  const requests = new Map();
  const onSent = (event) => requests.set(event.requestId, { url: event.request.url, bytes: 0 });
  const onCache = (event) => {
    const entry = requests.get(event.requestId);
    if (entry) entry.cached = true;
  };
  const onFinished = (event) => {
    const entry = requests.get(event.requestId);
    if (entry) entry.bytes = event.encodedDataLength;
  };
  cdp.on('Network.requestWillBeSent', onSent);
  cdp.on('Network.requestServedFromCache', onCache);
  cdp.on('Network.loadingFinished', onFinished);
  let resolveDone;
  const done = new Promise((resolve) => (resolveDone = resolve));
  page.__done = resolveDone;
  await open(page, url, { tis: false });
  const shownAt = await Promise.race([
    done,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`${url}: not shown in 90 s`)), 90000),
    ),
  ]);
  const after = (await cdp.send('Performance.getMetrics')).metrics.find(
    (m) => m.name === 'TaskDuration',
  ).value;
  await page.waitForTimeout(150);
  const tbt = await page.evaluate(
    (until) =>
      window.__longTasks
        .filter(([start]) => start < until)
        .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
    shownAt,
  );
  cdp.off('Network.requestWillBeSent', onSent);
  cdp.off('Network.requestServedFromCache', onCache);
  cdp.off('Network.loadingFinished', onFinished);
  const out = { code: 0, data: 0, requests: 0, fromCache: 0 };
  for (const entry of requests.values()) {
    const path = new URL(entry.url).pathname;
    if (path.startsWith('/bench/page-cost')) continue;
    if (entry.cached || entry.bytes === 0) {
      out.fromCache += 1;
      continue;
    }
    out.requests += 1;
    if (path.endsWith('.json')) out.data += entry.bytes;
    else out.code += entry.bytes;
  }
  // CDP's Performance metrics restart with each document: `after` is this view's alone.
  return { ...out, mainThread: after * 1000, tbt, shownAt };
}

/**
 * A first view of `path` in a fresh context at CPU throttling `rate`, then a repeat view: what
 * each cost (`view`). Used by the suite and by `bench/ab/page-cost.mjs`.
 */
export async function measure(browser, server, path, rate) {
  const { page, context, check, close } = await freshPage(browser);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript({ content: LONG_TASKS });
  await page.exposeFunction('__benchDone', (at) => page.__done?.(at));
  const first = await view(page, cdp, `${server.origin}${path}`);
  // Let the stored copies be written (IndexedDB) as a visitor reading the page would.
  await page.waitForTimeout(800);
  const repeat = await view(page, cdp, `${server.origin}${path}`);
  check();
  await close();
  return { first, repeat };
}

const FEEDS = {
  monolithic: '/demo/feed.json',
  published: '/demo/published/index.json',
  'published-100k': '/bench/published-100k/index.json',
};

async function publishScaled(server, count) {
  const { publishFeed, parseFeed } = await importTs(
    "export { publishFeed } from './src/cli/publish.ts';\nexport { parseFeed } from './src/data/parse.ts';",
  );
  const { feed } = parseFeed(scaledFeed({ initiatives: count, events: 250 }));
  const { files } = publishFeed(feed);
  let data = 0;
  for (const [name, text] of files) {
    server.set(`/bench/published-100k/${name}`, text, 'application/json; charset=utf-8');
    data += text.length;
  }
  return { files: files.size, bytes: data };
}

export async function run({ browser, server, smoke }) {
  const { publishDemoFeed } = await import('../../scripts/publish-demo-feed.js');
  await publishDemoFeed();
  server.cacheControl = cacheControl;
  const runs = smoke ? 1 : 3;
  const rates = smoke ? [1] : [1, 4];
  const feeds = smoke ? ['monolithic', 'published'] : Object.keys(FEEDS);
  const pages = smoke ? ['banner', 'all-four'] : Object.keys(PAGES);
  const out = { runs, rates, feeds: {}, pages: {} };
  if (feeds.includes('published-100k'))
    out.feeds['published-100k'] = await publishScaled(server, 100_000);
  for (const name of pages)
    for (const feed of feeds) {
      const path = `/bench/page-cost-${name}-${feed}.html`;
      server.set(
        path,
        shell({
          head: '<script type="module" src="/dist/cdn/widgets.js"></script>',
          body: `<main style="width:1000px">${PAGES[name](FEEDS[feed])}</main>${WAIT}`,
        }),
      );
      for (const rate of rates) {
        const samples = [];
        for (let r = 0; r < runs; r++) samples.push(await measure(browser, server, path, rate));
        const pack = (pick) => ({
          code: samples[0][pick].code,
          data: samples[0][pick].data,
          requests: samples[0][pick].requests,
          fromCache: samples[0][pick].fromCache,
          mainThread: summarize(samples.map((s) => s[pick].mainThread)),
          tbt: summarize(samples.map((s) => s[pick].tbt)),
        });
        out.pages[`${name} · ${feed} · ${rate}x`] = {
          first: pack('first'),
          repeat: pack('repeat'),
        };
      }
    }
  server.cacheControl = undefined;
  return out;
}

/** The page-cost table, as markdown: one row per page, feed and throttling; first | repeat view. */
export function printPageCost(result) {
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)}`;
  const ms = (s) => (s && Number.isFinite(s.median) ? `${Math.round(s.median)}` : '—');
  console.log(
    `\nPage cost (gzip kB over the wire code + data, requests, main-thread ms and TBT ms until shown; median of ${result.runs})`,
  );
  console.log(
    '| page · feed · CPU | first: code + data kB | req | main ms | TBT ms | repeat: code + data kB | req | main ms | TBT ms |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [key, { first, repeat }] of Object.entries(result.pages))
    console.log(
      `| ${key} | ${kB(first.code)} + ${kB(first.data)} | ${first.requests} | ${ms(first.mainThread)} | ${ms(first.tbt)} | ${kB(repeat.code)} + ${kB(repeat.data)} | ${repeat.requests} | ${ms(repeat.mainThread)} | ${ms(repeat.tbt)} |`,
    );
}
