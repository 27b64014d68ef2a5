#!/usr/bin/env node
/**
 * Before/after for the feed's keystrokes: the feed suite's measure (bench/suites/initiative-feed.mjs:
 * "jardin partage" typed into a fresh `<tis-initiative-feed>`, each letter timed to the laid-out
 * list) with two or more builds of `dist/cdn/`, alternately, at 50 and 5,000 initiatives (or the
 * sizes given). Prints each letter's median per build, the median of all letters and the ratio
 * 5,000 / 50, the figure of issue 22's goal.
 *
 *   node bench/ab/keystroke.mjs RUNS SIZES DIR...
 *   node bench/ab/keystroke.mjs 12 50,5000 /.scratch/a/ /.scratch/b/
 *
 * Each DIR is a copy of `dist/cdn/` under the repository, as a URL path ending in `/`. Run nothing
 * else meanwhile.
 */
import { freshPage, launchBrowser } from '../lib/browser.mjs';
import { scaledFeed } from '../lib/feeds.mjs';
import { ISOLATED, LOAD_TIS, open, shell } from '../lib/pages.mjs';
import { startServer } from '../lib/server.mjs';
import { summarize } from '../lib/stats.mjs';
import { QUERY, typeQuery } from '../suites/initiative-feed.mjs';

const [runs, sizeList, ...dirs] = process.argv.slice(2);
if (!dirs.length) {
  console.error('usage: node bench/ab/keystroke.mjs RUNS SIZES DIR...');
  process.exit(2);
}
const sizes = sizeList.split(',').map(Number);
const server = await startServer();
const browser = await launchBrowser();
dirs.forEach((dir, i) =>
  server.set(
    `/ab-keystroke-${i}.html`,
    shell({
      head: LOAD_TIS.replace('/dist/cdn/', dir),
      body: '<main id="host" style="width:1000px"></main>',
    }),
  ),
);
// Cross-origin isolated: `performance.now()` in steps of 5 µs.
server.headers = (path) => (path.startsWith('/ab-keystroke-') ? ISOLATED : undefined);
for (const size of sizes)
  server.set(
    `/bench/feeds/initiatives-${size}.json`,
    JSON.stringify(scaledFeed({ initiatives: size, events: 20 })),
    'application/json; charset=utf-8',
  );
const letters = dirs.map(() => Object.fromEntries(sizes.map((size) => [size, []])));
for (let run = 0; run < Number(runs); run++) {
  for (const size of sizes) {
    for (let i = 0; i < dirs.length; i++) {
      const build = (i + run) % dirs.length;
      const { page, check, close } = await freshPage(browser);
      await open(page, `${server.origin}/ab-keystroke-${build}.html`);
      const { keystroke } = await typeQuery(page, `/bench/feeds/initiatives-${size}.json`, QUERY);
      check();
      await close();
      letters[build][size].push(keystroke);
    }
  }
}
const cell = (value) => value.toFixed(3).padStart(9);
const medians = dirs.map((_, build) =>
  Object.fromEntries(sizes.map((size) => [size, summarize(letters[build][size].flat()).median])),
);
console.log(`builds: ${dirs.join('  ')}`);
for (const size of sizes) {
  console.log(`${size} initiatives, median ms per letter`);
  for (let l = 0; l < QUERY.length; l++) {
    const per = dirs.map((_, b) => summarize(letters[b][size].map((run) => run[l])).median);
    console.log(`  ${JSON.stringify(QUERY.slice(0, l + 1)).padEnd(18)}${per.map(cell).join('')}`);
  }
  console.log(`  all letters        ${dirs.map((_, b) => cell(medians[b][size])).join('')}`);
}
if (sizes.includes(50) && sizes.includes(5000))
  console.log(
    `ratio 5,000 / 50    ${dirs.map((_, b) => cell(medians[b][5000] / medians[b][50])).join('')}`,
  );
await browser.close();
await server.close();
