/* global __bench */
/**
 * 7. The map of France (issue 19): the size of its lazy chunk, and its main-thread time with the
 * demo feed (3,200 initiatives, 400 territories joined) once the data is in memory and the chunk
 * is loaded (network time is not main-thread time):
 * - first paint: with the monolithic demo feed (the counter scans every initiative) and with its
 *   published index (the counter reads the index's figures), from appending `<tis-territory-counter view="map" metric="initiatives">` (or
 *   `<tis-initiative-feed layout="map">`) to its map laid out; Chrome's main-thread time over
 *   that window (CDP `TaskDuration`) and the wall time;
 * - switching the counter's metric (initiatives → territories), and the map's selection (an
 *   area picked: the map redrawn, without the list below), each to the map laid out again;
 * - the feed's whole pick (a click on an area: the map, the filter and the list below redrawn);
 * - the map element alone, given the counter's counts: first paint, and new counts (the part of
 *   the above that is the map's, the rest being the widgets' own queries over the feed).
 * Goals: chunk ≤ 15 kB gzip; first paint ≤ 50 ms; metric or selection switch ≤ 16 ms.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { freshPage } from '../lib/browser.mjs';
import { LOAD_TIS, open, shell } from '../lib/pages.mjs';
import { ROOT } from '../lib/paths.mjs';
import { summarize } from '../lib/stats.mjs';

const CDN = join(ROOT, 'dist', 'cdn');

/** The map's chunk, as built: name and gzip size (level 9). */
export function mapChunk() {
  const name = readdirSync(CDN).find((file) => /^france-map-.*\.js$/.test(file));
  if (!name) throw new Error('dist/cdn has no france-map chunk: npm run build:cdn');
  return { name, gzip: gzipSync(readFileSync(join(CDN, name)), { level: 9 }).length };
}

async function taskTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
}

/** Runs `step` in the page; returns its wall time (measured in the page) and main-thread time. */
async function timed(page, cdp, step, arg) {
  const before = await taskTime(cdp);
  const wall = await page.evaluate(step, arg);
  const after = await taskTime(cdp);
  return { wall, task: after - before };
}

const mapLaidOut = (el) => {
  const map = el.shadowRoot.querySelector('tis-france-map');
  return map?.shadowRoot?.querySelector('.area') ? map : undefined;
};

/** In the page: a `view="map"` counter on `src`, timed from creation to its laid-out map. */
const counterMapFirstPaint = async ({ src, laidOut, remove }) => {
  const ready = eval(laidOut);
  const t0 = performance.now();
  const el = document.createElement('tis-territory-counter');
  el.setAttribute('src', src);
  el.setAttribute('view', 'map');
  el.setAttribute('metric', 'initiatives');
  el.setAttribute('no-animation', '');
  document.getElementById('host').append(el);
  await __bench.until(el.shadowRoot, () => el.shadowRoot.querySelector('tis-france-map'));
  const map = el.shadowRoot.querySelector('tis-france-map');
  await __bench.until(map.shadowRoot, () => ready(el));
  __bench.layout(el);
  const took = performance.now() - t0;
  if (remove) el.remove();
  return took;
};

export async function run({ browser, server, smoke }) {
  const runs = smoke ? 1 : 9;
  const chunk = mapChunk();
  if (!existsSync(join(ROOT, 'demo', 'published', 'index.json'))) {
    const { publishDemoFeed } = await import('../../scripts/publish-demo-feed.js');
    await publishDemoFeed();
  }
  server.set(
    '/bench/map.html',
    shell({ head: LOAD_TIS, body: '<main id="host" style="width:1000px"></main>' }),
  );
  const samples = {
    counterFirst: [],
    counterFirstTask: [],
    feedFirst: [],
    feedFirstTask: [],
    metric: [],
    metricTask: [],
    select: [],
    selectTask: [],
    feedPick: [],
    feedPickTask: [],
    counterNoMap: [],
    counterNoMapTask: [],
    counterPublished: [],
    counterPublishedTask: [],
    mapFirst: [],
    mapFirstTask: [],
    mapCounts: [],
    mapCountsTask: [],
  };
  /** A fresh page with the feeds in memory and the map's chunk loaded. */
  const preparedPage = async () => {
    const { page, context, check, close } = await freshPage(browser);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await open(page, `${server.origin}/bench/map.html`);
    await page.evaluate(
      async ({ src, chunk }) => {
        const state = await window.TIS.getFeedStore(src).load();
        if (state.status !== 'ready') throw new Error(`feed ${state.status}`);
        const published = await window.TIS.getFeedStore('/demo/published/index.json').load();
        if (published.status !== 'ready') throw new Error(`published index ${published.status}`);
        await import(chunk);
        await customElements.whenDefined('tis-france-map');
        await __bench.idle();
      },
      { src: '/demo/feed.json', chunk: `/dist/cdn/${chunk.name}` },
    );
    return { page, cdp, check, close };
  };
  for (let r = 0; r < runs; r++) {
    // The counter without the map first, in a page of its own: both start from the same cold
    // state (the feed's index and caches are built by the first widget of a page).
    {
      const { page, cdp, check, close } = await preparedPage();
      // The same counter without the map: what the counter's own figures cost (the baseline).
      const counterNoMap = await timed(
        page,
        cdp,
        async (src) => {
          const t0 = performance.now();
          const el = document.createElement('tis-territory-counter');
          el.setAttribute('src', src);
          el.setAttribute('breakdown', 'departement');
          el.setAttribute('metric', 'initiatives');
          el.setAttribute('no-animation', '');
          document.getElementById('host').append(el);
          await __bench.until(el.shadowRoot, () => el.shadowRoot.querySelector('.breakdown'));
          __bench.layout(el);
          const took = performance.now() - t0;
          el.remove();
          return took;
        },
        '/demo/feed.json',
      );
      check();
      await close();
      samples.counterNoMap.push(counterNoMap.wall);
      samples.counterNoMapTask.push(counterNoMap.task);
    }
    const { page, cdp, check, close } = await preparedPage();
    const mapLaidOutSource = `(${mapLaidOut})`;
    const counter = await timed(page, cdp, counterMapFirstPaint, {
      src: '/demo/feed.json',
      laidOut: mapLaidOutSource,
      remove: false,
    });
    await page.evaluate(() => __bench.idle());
    const metric = await timed(page, cdp, async () => {
      const el = document.querySelector('tis-territory-counter');
      const map = el.shadowRoot.querySelector('tis-france-map');
      const t0 = performance.now();
      el.setAttribute('metric', 'territories');
      await el.updateComplete;
      await map.updateComplete;
      __bench.layout(map);
      if (!map.shadowRoot.querySelector('.area').getAttribute('aria-label').includes('territoire'))
        throw new Error('the metric did not switch');
      return performance.now() - t0;
    });
    await page.evaluate(() => __bench.idle());
    const select = await timed(page, cdp, async () => {
      const map = document
        .querySelector('tis-territory-counter')
        .shadowRoot.querySelector('tis-france-map');
      const t0 = performance.now();
      map.selected = 'departement:56';
      await map.updateComplete;
      __bench.layout(map);
      return performance.now() - t0;
    });
    // The map alone, with the counts the counter gave it (initiatives, then territories).
    await page.evaluate(() => {
      const map = document
        .querySelector('tis-territory-counter')
        .shadowRoot.querySelector('tis-france-map');
      window.__counts = map.counts;
      document.querySelector('tis-territory-counter').remove();
      return __bench.idle();
    });
    const counterPublished = await timed(page, cdp, counterMapFirstPaint, {
      src: '/demo/published/index.json',
      laidOut: mapLaidOutSource,
      remove: true,
    });
    await page.evaluate(() => __bench.idle());
    const mapFirst = await timed(page, cdp, async () => {
      const t0 = performance.now();
      const map = document.createElement('tis-france-map');
      map.counts = window.__counts;
      map.label = 'Carte';
      document.getElementById('host').append(map);
      await map.updateComplete;
      __bench.layout(map);
      if (map.shadowRoot.querySelectorAll('.area').length !== 101) throw new Error('no map');
      return performance.now() - t0;
    });
    await page.evaluate(() => __bench.idle());
    const mapCounts = await timed(page, cdp, async () => {
      const map = document.querySelector('tis-france-map');
      const t0 = performance.now();
      map.counts = new Map([...map.counts].map(([id, n]) => [id, n * 3 + 1]));
      await map.updateComplete;
      __bench.layout(map);
      return performance.now() - t0;
    });
    await page.evaluate(() => {
      document.querySelector('tis-france-map').remove();
      return __bench.idle();
    });
    const feed = await timed(
      page,
      cdp,
      async ({ src, laidOut }) => {
        const ready = eval(laidOut);
        const t0 = performance.now();
        const el = document.createElement('tis-initiative-feed');
        el.setAttribute('src', src);
        el.setAttribute('layout', 'map');
        document.getElementById('host').append(el);
        await __bench.until(el.shadowRoot, () => el.shadowRoot.querySelector('tis-france-map'));
        const map = el.shadowRoot.querySelector('tis-france-map');
        await __bench.until(map.shadowRoot, () => ready(el));
        __bench.layout(el);
        return performance.now() - t0;
      },
      { src: '/demo/feed.json', laidOut: mapLaidOutSource },
    );
    await page.evaluate(() => __bench.idle());
    const pick = await timed(page, cdp, async () => {
      const el = document.querySelector('tis-initiative-feed');
      const map = el.shadowRoot.querySelector('tis-france-map');
      const area = map.shadowRoot.querySelector('.area[data-id="departement:29"]');
      const t0 = performance.now();
      area.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      await map.updateComplete;
      __bench.layout(el);
      if (area.getAttribute('aria-pressed') !== 'true') throw new Error('the pick did not apply');
      return performance.now() - t0;
    });
    check();
    await close();
    samples.counterFirst.push(counter.wall);
    samples.counterFirstTask.push(counter.task);
    samples.metric.push(metric.wall);
    samples.metricTask.push(metric.task);
    samples.select.push(select.wall);
    samples.selectTask.push(select.task);
    samples.feedFirst.push(feed.wall);
    samples.feedFirstTask.push(feed.task);
    samples.counterPublished.push(counterPublished.wall);
    samples.counterPublishedTask.push(counterPublished.task);
    samples.mapFirst.push(mapFirst.wall);
    samples.mapFirstTask.push(mapFirst.task);
    samples.mapCounts.push(mapCounts.wall);
    samples.mapCountsTask.push(mapCounts.task);
    samples.feedPick.push(pick.wall);
    samples.feedPickTask.push(pick.task);
  }
  return {
    runs,
    chunk,
    goals: { chunkGzip: 15000, firstPaintMs: 50, switchMs: 16 },
    ...Object.fromEntries(Object.entries(samples).map(([key, list]) => [key, summarize(list)])),
  };
}
