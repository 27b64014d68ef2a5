#!/usr/bin/env node
/**
 * Before/after for what a page costs until its widgets show their data: the page-cost suite's
 * measure (bench/suites/page-cost.mjs: main-thread time from CDP's `TaskDuration`, and the moment
 * every widget shows its data, first view in a fresh context, then a repeat view), one page
 * loaded alternately from two or more builds of `dist/cdn/`, at a CPU throttling rate. Medians
 * over the runs: one load is too noisy to compare.
 *
 *   node bench/ab/page-cost.mjs RUNS RATE PAGE FEED DIR...
 *   node bench/ab/page-cost.mjs 12 4 banner /demo/published/index.json /.scratch/a/ /.scratch/b/
 *
 * PAGE is a page of the suite (banner, counter, feed-pinned, feed-unpinned, calendar, all-four);
 * FEED a URL the server answers (`/demo/feed.json`, or `/demo/published/index.json` once
 * `node scripts/publish-demo-feed.js` has run); each DIR a copy of `dist/cdn/` under the
 * repository (`npx vite build --mode cdn --outDir .scratch/a`), as a URL path ending in `/`,
 * cached like `dist/cdn/` (a day). Run nothing else meanwhile.
 */
import { launchBrowser } from '../lib/browser.mjs';
import { shell } from '../lib/pages.mjs';
import { startServer } from '../lib/server.mjs';
import { summarize } from '../lib/stats.mjs';
import { cacheControl, measure, PAGES, WAIT } from '../suites/page-cost.mjs';

const [runs, rate, pageName, feed, ...dirs] = process.argv.slice(2);
if (!dirs.length || !PAGES[pageName]) {
  console.error('usage: node bench/ab/page-cost.mjs RUNS RATE PAGE FEED DIR...');
  process.exit(2);
}
const server = await startServer();
const browser = await launchBrowser();
server.cacheControl = (path) =>
  dirs.some((dir) => path.startsWith(dir)) ? 'public, max-age=86400' : cacheControl(path);
dirs.forEach((dir, i) =>
  server.set(
    `/ab-page-cost-${i}.html`,
    shell({
      head: `<script type="module" src="${dir}widgets.js"></script>`,
      body: `<main style="width:1000px">${PAGES[pageName](feed)}</main>${WAIT}`,
    }),
  ),
);
const samples = dirs.map(() => ({ first: [], firstShown: [], repeat: [], repeatShown: [] }));
for (let run = 0; run < Number(runs); run++) {
  for (let i = 0; i < dirs.length; i++) {
    // Alternate which build goes first, so a busy moment does not always hit the same one.
    const build = (i + run) % dirs.length;
    const { first, repeat } = await measure(
      browser,
      server,
      `/ab-page-cost-${build}.html`,
      Number(rate),
    );
    samples[build].first.push(first.mainThread);
    samples[build].firstShown.push(first.shownAt);
    samples[build].repeat.push(repeat.mainThread);
    samples[build].repeatShown.push(repeat.shownAt);
  }
}
const ms = (list) => `${summarize(list).median.toFixed(1)} ms`;
console.log(`${pageName} · ${feed} · ${rate}x, medians of ${runs}`);
for (const [i, dir] of dirs.entries()) {
  const s = samples[i];
  console.log(
    `${dir}  first view: main thread ${ms(s.first)}, shown at ${ms(s.firstShown)}  repeat view: main thread ${ms(s.repeat)}, shown at ${ms(s.repeatShown)}`,
  );
}
await browser.close();
await server.close();
