#!/usr/bin/env node
/**
 * The benchmark suite of @1000territoires/widgets, side by side with what a partner would use
 * otherwise (FullCalendar, countUp.js). See bench/README.md.
 *
 *   node bench/run.mjs            full run: repeated runs, writes bench/results.json, prints a table
 *   node bench/run.mjs --smoke    CI: size budgets (hard limit, exit 1 when exceeded) and one quick
 *                                 pass of every benchmark (no timing is asserted); < 60 s
 *   node bench/run.mjs --only parse,calendar   some suites only (parse, feed, calendar, calendar-week, counter, load, page-cost, map, sizes)
 *
 * Builds the library first when dist/cdn is missing. The comparisons need `npm ci --prefix bench`;
 * without it they are skipped and said so.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { available, buildCompetitors, versions } from './lib/competitors.mjs';
import { BENCH, CACHE, ROOT } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { printTable } from './lib/table.mjs';
import * as sizes from './suites/sizes.mjs';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const onlyArg = args.find((arg) => arg.startsWith('--only'));
const only = onlyArg
  ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1]).split(',')
  : null;
const wanted = (name) => !only || only.includes(name);
const started = performance.now();

if (!existsSync(join(ROOT, 'dist', 'cdn', 'widgets.js'))) {
  console.log('dist/cdn is missing: npm run build');
  execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
}

// Budgets first: the one hard limit, and it needs no browser.
const budgets = sizes.checkBudgets();
for (const row of budgets.rows) {
  const state = row.missing
    ? 'not built'
    : row.ok === null
      ? 'NO BUDGET'
      : row.ok
        ? 'ok'
        : 'OVER BUDGET';
  console.log(
    `budget ${state.padEnd(11)} ${row.file.padEnd(32)} ${row.gzip ?? '—'} / ${row.budget ?? '—'} B gzip`,
  );
}

const haveCompetitors = available();
const competitors = haveCompetitors ? await buildCompetitors() : null;
if (!haveCompetitors)
  console.log('competitors not installed (npm ci --prefix bench): comparisons skipped');

const SUITES = [
  ['parse', './suites/parse.mjs'],
  ['feed', './suites/initiative-feed.mjs'],
  ['calendar', './suites/calendar.mjs'],
  ['calendar-week', './suites/calendar-week.mjs'],
  ['counter', './suites/counter.mjs'],
  ['load', './suites/load.mjs'],
  ['page-cost', './suites/page-cost.mjs'],
  ['map', './suites/map.mjs'],
];

const results = {
  date: new Date().toISOString(),
  mode: smoke ? 'smoke' : 'full',
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model,
    loadavgAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
  },
  competitors: haveCompetitors ? await versions() : null,
};
const errors = [];
const server = await startServer();
let browser;
try {
  if (SUITES.some(([name]) => wanted(name)) || wanted('sizes')) {
    browser = await launchBrowser();
    results.machine.chromium = browser.version();
  }
  for (const [name, path] of SUITES) {
    if (!wanted(name)) continue;
    const t = performance.now();
    process.stdout.write(`running ${name}… `);
    try {
      const suite = await import(path);
      results[name] = await suite.run({ browser, server, smoke, competitors });
      console.log(`${((performance.now() - t) / 1000).toFixed(1)} s`);
    } catch (error) {
      console.log('FAILED');
      console.error(error);
      errors.push(name);
      results[name] = { error: String(error?.message ?? error) };
    }
  }
  if (wanted('sizes')) {
    process.stdout.write('running sizes… ');
    const t = performance.now();
    results.sizes = await sizes.run({ competitors, smoke, browser, server });
    console.log(`${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
} finally {
  await browser?.close();
  await server.close();
}
results.machine.loadavgAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
results.seconds = Math.round((performance.now() - started) / 100) / 10;
const pageBudgets = sizes.checkPageBudgets(results.sizes?.pages);
for (const row of pageBudgets.rows) {
  const state = row.ok === null ? 'NO BUDGET' : row.ok ? 'ok' : 'OVER BUDGET';
  console.log(
    `budget ${state.padEnd(11)} ${row.file.padEnd(48)} ${row.gzip} / ${row.budget ?? '—'} B gzip`,
  );
}
const consumerBudgets = sizes.checkConsumerBudgets(results.sizes);
for (const row of consumerBudgets.rows) {
  const state = row.ok === null ? 'NO BUDGET' : row.ok ? 'ok' : 'OVER BUDGET';
  const locales = row.locales ? ` ${row.locales.join(' ')}` : '';
  const unit = row.locales ? 'locales' : 'B gzip';
  console.log(
    `budget ${state.padEnd(11)} ${row.file.padEnd(48)} ${row.gzip} / ${row.budget ?? '—'} ${unit}${locales}`,
  );
}
budgets.rows.push(...pageBudgets.rows, ...consumerBudgets.rows);
budgets.failed.push(...pageBudgets.failed, ...consumerBudgets.failed);
results.budgets = budgets;

mkdirSync(CACHE, { recursive: true });
const out = smoke
  ? join(CACHE, 'results.smoke.json')
  : only
    ? join(CACHE, 'results.partial.json')
    : join(BENCH, 'results.json');
writeFileSync(
  out,
  `${JSON.stringify(results, (key, value) => (key === 'samples' && !smoke ? value : key === 'samples' ? undefined : value), 2)}\n`,
);
printTable(results);
if (results['page-cost']?.pages) {
  const { printPageCost } = await import('./suites/page-cost.mjs');
  printPageCost(results['page-cost']);
}
console.log(`\nwritten: ${out.replace(`${ROOT}/`, '')} (${results.seconds} s)`);

if (budgets.failed.length) {
  console.error(`\nSIZE BUDGET EXCEEDED: ${budgets.failed.join(', ')} (bench/budgets.json)`);
  process.exit(1);
}
if (errors.length) {
  console.error(`\nbenchmarks that failed to run: ${errors.join(', ')}`);
  process.exit(1);
}
// Nothing should be left running; do not wait for stray handles (keep-alive sockets, esbuild).
process.exit(0);
