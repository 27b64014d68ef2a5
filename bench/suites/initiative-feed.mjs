/* global __bench */
/**
 * 2. Initiative feed: time to first render and per search keystroke at 50, 500 and 5,000
 * initiatives. Each run is a fresh page whose feed is already loaded and parsed (the shared store),
 * so the time is the widget's own: index, sort, first page, style and layout. A keystroke is
 * timed from the input to the updated, laid-out list; Enter applies the text at once (typing
 * is otherwise debounced 150 ms, which is waiting, not work). Query typed: "jardin partage".
 */
import { scaledFeed } from '../lib/feeds.mjs';
import { freshPage } from '../lib/browser.mjs';
import { ISOLATED, LOAD_TIS, open, shell } from '../lib/pages.mjs';
import { ratio, summarize } from '../lib/stats.mjs';

export const QUERY = 'jardin partage';

export async function run({ browser, server, smoke }) {
  const sizes = smoke ? [50, 500] : [50, 500, 5000];
  const runs = smoke ? 1 : 7;
  server.set(
    '/bench/feed.html',
    shell({ head: LOAD_TIS, body: '<main id="host" style="width:1000px"></main>' }),
  );
  // A keystroke takes well under a millisecond: time it in steps of 5 µs, not 100.
  server.headers = (path) => (path === '/bench/feed.html' ? ISOLATED : undefined);
  const out = { query: QUERY, runs, sizes: {} };
  for (const size of sizes) {
    server.set(
      `/bench/feeds/initiatives-${size}.json`,
      JSON.stringify(scaledFeed({ initiatives: size, events: 20 })),
      'application/json; charset=utf-8',
    );
  }
  const samples = Object.fromEntries(
    sizes.map((size) => [size, { first: [], keystroke: [], results: 0 }]),
  );
  // Interleave sizes within each run, so a busy moment of the machine does not hit one size only.
  for (let r = 0; r < runs; r++) {
    for (const size of sizes) {
      const { page, check, close } = await freshPage(browser);
      await open(page, `${server.origin}/bench/feed.html`);
      const result = await typeQuery(page, `/bench/feeds/initiatives-${size}.json`, QUERY);
      check();
      await close();
      samples[size].first.push(result.first);
      samples[size].keystroke.push(...result.keystroke);
      samples[size].results = result.results;
    }
  }
  for (const size of sizes) {
    out.sizes[size] = {
      firstRender: summarize(samples[size].first),
      keystroke: summarize(samples[size].keystroke),
      articlesShownAfterQuery: samples[size].results,
    };
  }
  if (smoke) return out;
  out.ratio5000to50 = {
    firstRender: ratio(out.sizes[5000].firstRender.median, out.sizes[50].firstRender.median),
    keystroke: ratio(out.sizes[5000].keystroke.median, out.sizes[50].keystroke.median),
  };
  out.goal = { maxRatio: 1.5 };
  return out;
}

/**
 * In a page opened on the feed suite's shell: loads `src` into the shared store, times a new
 * `<tis-initiative-feed>`'s first render, then each letter of `query` typed (applied with Enter),
 * up to the updated, laid-out list. Returns `{ first, keystroke: [ms per letter], results }`.
 */
export function typeQuery(page, src, query) {
  return page.evaluate(
    async ({ src, query }) => {
      const state = await window.TIS.getFeedStore(src).load();
      if (state.status !== 'ready') throw new Error(`feed ${state.status}`);
      await __bench.idle();
      const host = document.getElementById('host');
      const t0 = performance.now();
      const el = document.createElement('tis-initiative-feed');
      el.setAttribute('src', src);
      host.append(el);
      await __bench.until(el.shadowRoot, () => el.shadowRoot.querySelector('article'));
      __bench.layout(el);
      const first = performance.now() - t0;
      // Let the sliced search preparation finish, as it does while the visitor reads.
      await __bench.idle();
      await __bench.sleep(100);
      await __bench.idle();
      const input = el.shadowRoot.querySelector('#search');
      const keystroke = [];
      let typed = '';
      for (const letter of query) {
        typed += letter;
        const t = performance.now();
        input.value = typed;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        input.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
        );
        await el.updateComplete;
        __bench.layout(el);
        keystroke.push(performance.now() - t);
      }
      const results = el.shadowRoot.querySelectorAll('article').length;
      if (!crossOriginIsolated) throw new Error('the page is not cross-origin isolated');
      return { first, keystroke, results };
    },
    { src, query },
  );
}
