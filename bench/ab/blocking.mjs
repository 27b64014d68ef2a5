#!/usr/bin/env node
/**
 * Before/after for main-thread blocking: total blocking time (long tasks from navigation to 2 s
 * after the network is idle, each counted beyond 50 ms) and the longest task, of one page of the
 * page-cost suite, loaded alternately from two or more builds of `dist/cdn/`, each in a fresh
 * context at a CPU throttling rate. Medians over the runs: one load is too noisy to compare.
 *
 *   node bench/ab/blocking.mjs RUNS RATE PAGE FEED DIR...
 *   node bench/ab/blocking.mjs 16 4 all-four /demo/feed.json /build-a/ /build-b/
 *
 * PAGE is a page of bench/suites/page-cost.mjs (banner, counter, feed-pinned, feed-unpinned,
 * calendar, all-four); FEED a URL the server answers (`/demo/feed.json`,
 * `/demo/published/index.json` once `node scripts/publish-demo-feed.js` has run); each DIR a copy
 * of `dist/cdn/` under the repository (`npx vite build --mode cdn --outDir .scratch/a`), as a URL
 * path ending in `/`. Run nothing else meanwhile.
 */
import { freshPage, launchBrowser } from '../lib/browser.mjs';
import { shell } from '../lib/pages.mjs';
import { startServer } from '../lib/server.mjs';
import { summarize } from '../lib/stats.mjs';
import { PAGES } from '../suites/page-cost.mjs';

const [runs, rate, pageName, feed, ...dirs] = process.argv.slice(2);
if (!dirs.length || !PAGES[pageName]) {
  console.error('usage: node bench/ab/blocking.mjs RUNS RATE PAGE FEED DIR...');
  process.exit(2);
}
const server = await startServer();
const browser = await launchBrowser();
const probe = `<script>window.__longTasks = []; new PerformanceObserver((list) => { for (const entry of list.getEntries()) __longTasks.push(entry.duration); }).observe({ type: 'longtask', buffered: true });</script>`;
dirs.forEach((dir, i) =>
  server.set(
    `/ab-blocking-${i}.html`,
    shell({
      head: `${probe}<script type="module" src="${dir}widgets.js"></script>`,
      body: `<main>${PAGES[pageName](feed)}</main>`,
    }),
  ),
);
const tbt = dirs.map(() => []);
const longest = dirs.map(() => []);
for (let run = 0; run < Number(runs); run++) {
  for (let i = 0; i < dirs.length; i++) {
    // Alternate which build goes first, so a busy moment does not always hit the same one.
    const build = (i + run) % dirs.length;
    const { page, check, close } = await freshPage(browser);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rate) });
    await page.goto(`${server.origin}/ab-blocking-${build}.html`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(2000);
    const tasks = await page.evaluate(() => window.__longTasks);
    check();
    await close();
    tbt[build].push(tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0));
    longest[build].push(Math.max(0, ...tasks));
  }
}
for (const [i, dir] of dirs.entries())
  console.log(
    `${dir}  TBT median ${summarize(tbt[i]).median.toFixed(0)} ms (${tbt[i].map((x) => x.toFixed(0)).join(' ')})  longest task median ${summarize(longest[i]).median.toFixed(0)} ms`,
  );
await browser.close();
await server.close();
