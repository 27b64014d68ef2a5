#!/usr/bin/env node
// `npm test`: the browser unit tests (@web/test-runner), then the end-to-end tests against the
// built CDN files (playwright-core), closing with one plain line `N passed, N failed, N skipped`.
// Builds first when dist/ is missing or older than the sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const args = process.argv.slice(2);
const unitOnly = args.includes('--unit');
const e2eOnly = args.includes('--e2e');
const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (counts) => {
  for (const key of Object.keys(totals)) totals[key] += counts[key] ?? 0;
};

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (!e2eOnly) {
  const summaryFile = join(tmpdir(), `tis-wtr-summary-${process.pid}.json`);
  const run = spawnSync('npx', ['wtr'], {
    stdio: 'inherit',
    env: { ...process.env, TIS_SUMMARY_FILE: summaryFile },
  });
  if (existsSync(summaryFile)) {
    add(JSON.parse(readFileSync(summaryFile, 'utf8')));
    rmSync(summaryFile);
  } else {
    // The runner died before reporting: count it as a failure, never as a pass.
    totals.failed += 1;
  }
  if (run.status !== 0 && totals.failed === 0) totals.failed += 1;
}

// Node-side tests (the feed command-line tools), with Node's own test runner.
if (!e2eOnly && existsSync('test/node')) {
  const files = readdirSync('test/node').filter((name) => name.endsWith('.test.mjs'));
  if (files.length) {
    const run = spawnSync(
      'node',
      ['--test', '--test-reporter=spec', ...files.map((name) => join('test/node', name))],
      { encoding: 'utf8', env: { ...process.env, TZ: 'Europe/Paris' } },
    );
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    const count = (label) =>
      Number(new RegExp(`^ℹ ${label} (\\d+)$`, 'm').exec(run.stdout)?.[1] ?? 0);
    add({
      passed: count('pass'),
      failed: count('fail') + count('cancelled'),
      skipped: count('skipped') + count('todo'),
    });
    if (run.status !== 0 && count('fail') === 0) totals.failed += 1;
  }
}

if (!unitOnly) {
  const bundle = 'dist/cdn/widgets.js';
  if (
    !existsSync(bundle) ||
    statSync(bundle).mtimeMs < Math.max(newestMtime('src'), newestMtime('demo'))
  ) {
    console.log('\nBuilding dist/ for the end-to-end tests…');
    const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
    if (build.status !== 0) {
      totals.failed += 1;
      console.log('Build failed: end-to-end tests not run.');
    }
  }
  if (existsSync(bundle)) {
    const run = spawnSync('node', ['test/e2e/run.mjs'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        TIS_SUMMARY_FILE: join(tmpdir(), `tis-e2e-summary-${process.pid}.json`),
      },
    });
    const file = join(tmpdir(), `tis-e2e-summary-${process.pid}.json`);
    if (existsSync(file)) {
      add(JSON.parse(readFileSync(file, 'utf8')));
      rmSync(file);
    } else {
      totals.failed += 1;
    }
    if (run.status !== 0 && totals.failed === 0) totals.failed += 1;
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
