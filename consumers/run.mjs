#!/usr/bin/env node
/**
 * The framework examples of docs/frameworks.md, run for real (CI: .ci/run, after the bench).
 *
 *   npm ci --prefix consumers      once: the bundlers, React, Vue, Svelte (consumers/package.json)
 *   npm run build                  the package itself
 *   node consumers/run.mjs         pack, copy the docs' code into apps, build them, check them in Chromium
 *   node consumers/run.mjs react,vue   some apps only (react, vue, svelte, plain; zod: the schemas
 *                                  with the app's own zod)
 *
 * What each bundler adds to an app (esbuild, Vite, Rollup, webpack) is measured by the bench's
 * size suite (`node bench/run.mjs --only sizes`, and `npm run bench:smoke` in CI), from the same
 * packed package. Ends with one plain line `N passed, N failed`; exit 1 on any failure.
 */
import { buildFrameworkApps } from './lib/frameworks.mjs';
import { runChecks } from './lib/browser-checks.mjs';
import { packAndInstall } from './lib/pack.mjs';

const only = process.argv[2]?.split(',');
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

const { tarball } = packAndInstall();
console.log(`packed and installed ${tarball.replace(/^.*\//, '')} (${seconds()})`);
const dists = await buildFrameworkApps({ only });
if (Object.keys(dists).length)
  console.log(`built ${Object.keys(dists).join(', ')} from docs/frameworks.md (${seconds()})`);
// Imported after the install: it loads the packed package.
const { runSchemaChecks } = await import('./lib/schemas.mjs');
const results = [
  ...(only && !only.includes('zod') ? [] : runSchemaChecks()),
  ...(await runChecks(dists)),
];
for (const { app, check, ok, error } of results)
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${app.padEnd(6)} ${check}${ok ? '' : `\n       ${error}`}`);
const failed = results.filter((result) => !result.ok).length;
console.log(`consumer apps: ${seconds()}`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
