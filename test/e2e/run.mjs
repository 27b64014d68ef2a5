#!/usr/bin/env node
// Runs every test/e2e/*.e2e.mjs suite against the built files, with one server and one browser.
import { readdirSync, writeFileSync } from 'node:fs';
import { launchBrowser, startServer } from './harness.mjs';

const suites = readdirSync(new URL('.', import.meta.url))
  .filter((name) => name.endsWith('.e2e.mjs'))
  // `node test/e2e/run.mjs cdn privacy` runs only the suites whose names contain those words.
  .filter(
    (name) => process.argv.length <= 2 || process.argv.slice(2).some((word) => name.includes(word)),
  )
  .sort();
const server = await startServer('.');
const browser = await launchBrowser();
const totals = { passed: 0, failed: 0, skipped: 0 };
try {
  for (const name of suites) {
    console.log(`\ntest/e2e/${name}`);
    const { suite } = await import(`./${name}`);
    const counts = await suite.run({ server, browser });
    for (const key of Object.keys(totals)) totals[key] += counts[key];
    server.routes.clear();
  }
} catch (error) {
  console.error(error);
  totals.failed += 1;
} finally {
  await browser.close();
  await server.close();
}
if (process.env.TIS_SUMMARY_FILE)
  writeFileSync(process.env.TIS_SUMMARY_FILE, JSON.stringify(totals));
else console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
