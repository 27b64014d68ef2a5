#!/usr/bin/env node
/**
 * Before/after for the parse: the parse suite's measure (bench/suites/parse.mjs: `parseFeedText`
 * against `JSON.parse` on the same text, the demo feed scaled to 5,000 initiatives and 1,000
 * events) with two or more builds of `dist/cdn/`, one fresh page per build and round, builds
 * alternately. Prints, per build, the median of the paired ratios (the suite's verdict), both
 * medians and their ratio.
 *
 *   node bench/ab/parse.mjs RUNS DIR... [--gc]
 *   node bench/ab/parse.mjs 12 /.scratch/a/ /.scratch/b/ --gc
 *
 * `--gc` collects the heap before each timed run: each run then starts from the same heap, not
 * from the garbage of the run before (the suite's regime, which moves its figure by 0.3×). Each
 * DIR is a copy of `dist/cdn/` under the repository, as a URL path ending in `/`. Run nothing else
 * meanwhile.
 */
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { freshPage } from '../lib/browser.mjs';
import { scaledFeed } from '../lib/feeds.mjs';
import { LOAD_TIS, open, shell } from '../lib/pages.mjs';
import { startServer } from '../lib/server.mjs';

const args = process.argv.slice(2);
const collect = args.includes('--gc');
const [runs, ...dirs] = args.filter((arg) => arg !== '--gc');
if (!dirs.length) {
  console.error('usage: node bench/ab/parse.mjs RUNS DIR... [--gc]');
  process.exit(2);
}
const PER_PAGE = 10;
const server = await startServer();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [...chromiumArgs, ...(collect ? ['--js-flags=--expose-gc'] : [])],
});
server.set(
  '/bench/feeds/parse.json',
  JSON.stringify(scaledFeed({ initiatives: 5000, events: 1000 })),
  'application/json; charset=utf-8',
);
dirs.forEach((dir, i) =>
  server.set(`/ab-parse-${i}.html`, shell({ head: LOAD_TIS.replace('/dist/cdn/', dir) })),
);

const samples = dirs.map(() => ({ pairs: [], ours: [], floor: [] }));
for (let round = 0; round < Number(runs); round++) {
  for (let k = 0; k < dirs.length; k++) {
    // Each round starts with another build, so that no build always follows the same one.
    const i = (k + round) % dirs.length;
    const { page, check, close } = await freshPage(browser);
    await open(page, `${server.origin}/ab-parse-${i}.html`);
    const { floor, ours } = await page.evaluate(
      async ({ collect, perPage }) => {
        const text = await (await fetch('/bench/feeds/parse.json')).text();
        const { parseFeedText } = window.TIS;
        if (parseFeedText(text).problems.length) throw new Error('the feed has problems');
        for (let r = 0; r < 3; r++) {
          JSON.parse(text);
          parseFeedText(text);
        }
        const clean = collect ? () => globalThis.gc() : () => {};
        const floor = [];
        const ours = [];
        for (let r = 0; r < perPage; r++) {
          clean();
          let t = performance.now();
          JSON.parse(text);
          floor.push(performance.now() - t);
          clean();
          t = performance.now();
          parseFeedText(text);
          ours.push(performance.now() - t);
        }
        return { floor, ours };
      },
      { collect, perPage: PER_PAGE },
    );
    check();
    await close();
    samples[i].floor.push(...floor);
    samples[i].ours.push(...ours);
    samples[i].pairs.push(...ours.map((value, r) => value / floor[r]));
  }
}
await browser.close();
await server.close();

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(`${collect ? 'heap collected before each run' : 'no collection (the suite)'}:`);
dirs.forEach((dir, i) => {
  const { pairs, ours, floor } = samples[i];
  console.log(
    `${dir}  pairs ${median(pairs).toFixed(2)}×  parseFeedText ${median(ours).toFixed(1)} ms` +
      `  JSON.parse ${median(floor).toFixed(1)} ms  ratio of medians ${(median(ours) / median(floor)).toFixed(2)}×`,
  );
});
