/**
 * 1. Feed parsing: the library's parse + validate (`parseFeedText`) against `JSON.parse` alone on
 * the same bytes (the floor), on the demo feed scaled to 5,000 initiatives and 1,000 events.
 * Measured in Chromium with the CDN bundle, and in Node with the npm build (the same code).
 * Runs alternate (floor, ours, floor, ours...) so load on the machine hits both alike.
 */
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scaledFeed } from '../lib/feeds.mjs';
import { freshPage } from '../lib/browser.mjs';
import { LOAD_TIS, open, shell } from '../lib/pages.mjs';
import { ROOT } from '../lib/paths.mjs';
import { ratio, summarize } from '../lib/stats.mjs';

export async function run({ browser, server, smoke }) {
  const size = smoke ? { initiatives: 200, events: 40 } : { initiatives: 5000, events: 1000 };
  const runs = smoke ? 2 : 15;
  const text = JSON.stringify(scaledFeed(size));
  server.set('/bench/feeds/parse.json', text, 'application/json; charset=utf-8');
  server.set('/bench/parse.html', shell({ head: LOAD_TIS }));

  // Browser
  const { page, check, close } = await freshPage(browser);
  await open(page, `${server.origin}/bench/parse.html`);
  const browserSamples = await page.evaluate(
    async ({ runs }) => {
      const text = await (await fetch('/bench/feeds/parse.json')).text();
      const { parseFeedText } = window.TIS;
      const first = parseFeedText(text);
      if (first.problems.length) throw new Error(`problems: ${first.problems[0].message.en}`);
      for (let i = 0; i < 3; i++) {
        JSON.parse(text);
        parseFeedText(text);
      }
      const floor = [];
      const ours = [];
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        JSON.parse(text);
        floor.push(performance.now() - t);
        t = performance.now();
        parseFeedText(text);
        ours.push(performance.now() - t);
      }
      return { floor, ours };
    },
    { runs },
  );
  check();
  await close();

  // Node (the npm build; folds in bench/parse-feed.mjs)
  const { parseFeedText } = await import(
    pathToFileURL(join(ROOT, 'dist', 'data', 'parse.js')).href
  );
  for (let i = 0; i < 3; i++) {
    JSON.parse(text);
    parseFeedText(text);
  }
  const node = { floor: [], ours: [] };
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    JSON.parse(text);
    node.floor.push(performance.now() - t);
    t = performance.now();
    parseFeedText(text);
    node.ours.push(performance.now() - t);
  }

  const pack = ({ floor, ours }) => {
    const f = summarize(floor);
    const o = summarize(ours);
    // Runs are paired (floor then ours, back to back): the median of the per-pair ratios is the
    // figure least hurt by a loaded machine; best is the lowest pair ratio seen.
    const pairs = ours.map((value, i) => value / floor[i]).sort((a, b) => a - b);
    return {
      jsonParse: f,
      parseFeedText: o,
      ratio: ratio(o.median, f.median),
      pairedRatio: Math.round(pairs[Math.floor(pairs.length / 2)] * 100) / 100,
      bestPairRatio: Math.round(pairs[0] * 100) / 100,
    };
  };
  return {
    feed: { ...size, bytes: Buffer.byteLength(text) },
    runs,
    chromium: pack(browserSamples),
    node: pack(node),
    goal: { maxRatio: 3 },
  };
}
