/**
 * 5. Load: a partner page with the four jobs (banner, counter, initiative feed, month calendar).
 * - ours: the four widgets from the CDN loader (`dist/cdn/widgets.js`: the loader, then the
 *   modules of the four tags and their shared chunks), one feed request;
 * - theirs: the same page where FullCalendar (month view) and countUp.js do two of the jobs
 *   (calendar, counter), our `all.js` (every tag and the data API) still doing the banner and the feed (nothing else does them).
 *   Their glue reads the feed from our shared store: no second download or parse, the kindest
 *   setup for them.
 * Served gzip (level 9) from localhost, fresh context each run (no cache). Reported: bytes
 * transferred (encoded body sizes: code = JS + CSS, data = the feed) and main-thread time
 * (CDP TaskDuration) from navigation until all four jobs have rendered, and the wall time then.
 */
import { CACHE_URL } from '../lib/paths.mjs';
import { freshPage } from '../lib/browser.mjs';
import { open, shell } from '../lib/pages.mjs';
import { ratio, summarize } from '../lib/stats.mjs';

const FALLBACK = '<a href="https://example.org/campagne">#1000territoiresIS</a>';

const OURS_PAGE = shell({
  head: '<script type="module" src="/dist/cdn/widgets.js"></script>',
  body: `<main style="width:1000px">
    <tis-banner src="/demo/feed.json">${FALLBACK}</tis-banner>
    <tis-territory-counter src="/demo/feed.json">${FALLBACK}</tis-territory-counter>
    <tis-initiative-feed src="/demo/feed.json">${FALLBACK}</tis-initiative-feed>
    <tis-event-calendar src="/demo/feed.json" view="month" from="2026-12">${FALLBACK}</tis-event-calendar>
  </main>
  <script type="module">
    const tags = ['tis-banner', 'tis-territory-counter', 'tis-initiative-feed', 'tis-event-calendar'];
    await Promise.all(tags.map((tag) => new Promise((resolve) => document.querySelector(tag).addEventListener('tis-load', resolve, { once: true }))));
    const feed = document.querySelector('tis-initiative-feed');
    await __bench.until(feed.shadowRoot, () => feed.shadowRoot.querySelector('article'));
    document.body.offsetHeight;
    window.__benchDone(performance.now());
  </script>`,
});

const THEIRS_PAGE = shell({
  head: `<script type="module" src="/dist/cdn/all.js"></script>
    <link rel="stylesheet" href="${CACHE_URL}/fullcalendar-month.css">
    <script src="${CACHE_URL}/fullcalendar-month.js"></script>
    <script src="${CACHE_URL}/countup.js"></script>`,
  body: `<main style="width:1000px">
    <tis-banner src="/demo/feed.json">${FALLBACK}</tis-banner>
    <p><span id="count">0</span> territoires engagés</p>
    <tis-initiative-feed src="/demo/feed.json">${FALLBACK}</tis-initiative-feed>
    <div id="calendar"></div>
  </main>
  <script type="module">
    import { getFeedStore } from '/dist/cdn/all.js';
    const tags = ['tis-banner', 'tis-initiative-feed'];
    const ours = Promise.all(tags.map((tag) => new Promise((resolve) => document.querySelector(tag).addEventListener('tis-load', resolve, { once: true }))));
    const { feed } = await getFeedStore('/demo/feed.json').load();
    const joined = feed.territories.filter((t) => t.joinedAt).length;
    new BenchCountUp.CountUp(document.getElementById('count'), joined, { duration: 1.4, separator: '\\u202f' }).start();
    const { Calendar, plugins, locale } = BenchFullCalendar;
    const host = document.getElementById('calendar');
    new Calendar(host, {
      plugins, locale, initialView: 'dayGridMonth', initialDate: '2026-12-01', dayMaxEvents: 3, eventClass: 'bench-event',
      events: feed.events.map((e) => ({ id: e.id, title: e.title, start: e.start, end: e.end })),
    }).render();
    await ours;
    const list = document.querySelector('tis-initiative-feed');
    await __bench.until(list.shadowRoot, () => list.shadowRoot.querySelector('article'));
    await __bench.until(host, () => host.querySelector('.bench-event'));
    document.body.offsetHeight;
    window.__benchDone(performance.now());
  </script>`,
});

async function measure(browser, server, path) {
  const { page, context, check, close } = await freshPage(browser);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let resolveDone;
  const done = new Promise((resolve) => (resolveDone = resolve));
  await page.exposeFunction('__benchDone', async (wall) => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name) => metrics.find((m) => m.name === name).value * 1000;
    resolveDone({ wall, task: get('TaskDuration'), script: get('ScriptDuration') });
  });
  await open(page, `${server.origin}${path}`, { tis: false });
  const timing = await Promise.race([
    done,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`${path}: not rendered in 60 s`)), 60000),
    ),
  ]);
  const bytes = await page.evaluate(() => {
    const out = {
      code: 0,
      data: 0,
      document: performance.getEntriesByType('navigation')[0].encodedBodySize,
    };
    for (const entry of performance.getEntriesByType('resource')) {
      if (/\.json(\?|$)/.test(entry.name)) out.data += entry.encodedBodySize;
      else if (/\.(m?js|css)(\?|$)/.test(entry.name)) out.code += entry.encodedBodySize;
    }
    return out;
  });
  check();
  await close();
  return { ...timing, bytes };
}

export async function run({ browser, server, smoke, competitors }) {
  const runs = smoke ? 1 : 7;
  const have = competitors?.['fullcalendar-month'] && competitors?.countup;
  server.set('/bench/load-ours.html', OURS_PAGE);
  if (have) server.set('/bench/load-theirs.html', THEIRS_PAGE);
  const samples = { ours: [], theirs: [] };
  for (let r = 0; r < runs; r++) {
    samples.ours.push(await measure(browser, server, '/bench/load-ours.html'));
    if (have) samples.theirs.push(await measure(browser, server, '/bench/load-theirs.html'));
  }
  const pack = (list) => ({
    bytes: list[0].bytes,
    mainThreadUntilRendered: summarize(list.map((s) => s.task)),
    scriptUntilRendered: summarize(list.map((s) => s.script)),
    wallUntilRendered: summarize(list.map((s) => s.wall)),
  });
  const out = { runs, feed: '/demo/feed.json', ours: pack(samples.ours) };
  if (have) {
    out.theirs = pack(samples.theirs);
    out.ratio = {
      codeBytes: ratio(out.ours.bytes.code, out.theirs.bytes.code),
      mainThread: ratio(
        out.ours.mainThreadUntilRendered.median,
        out.theirs.mainThreadUntilRendered.median,
      ),
    };
  } else {
    out.theirs = null;
    out.skipped = 'FullCalendar/countUp.js not installed (npm ci --prefix bench)';
  }
  return out;
}
