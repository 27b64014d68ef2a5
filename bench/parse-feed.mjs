#!/usr/bin/env node
// Times parsing + validating a feed file with the library's own parser, against JSON.parse
// alone on the same bytes (the floor). Usage: node bench/parse-feed.mjs [feed.json] [runs]
import { build } from 'esbuild';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const file = process.argv[2] ?? 'demo/feed.json';
const runs = Number(process.argv[3] ?? 15);
const dir = await mkdtemp(join(tmpdir(), 'tis-bench-'));
const out = join(dir, 'parse.mjs');
await build({
  entryPoints: ['src/data/parse.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  tsconfig: 'tsconfig.json',
  logLevel: 'error',
});
const { parseFeedText } = await import(out);
await rm(dir, { recursive: true, force: true });

const text = await readFile(file, 'utf8');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
};

// Warm up both paths so JIT compilation is not measured.
for (let i = 0; i < 3; i++) {
  JSON.parse(text);
  parseFeedText(text);
}
const floor = time(() => JSON.parse(text));
const ours = time(() => parseFeedText(text));
const { feed, problems } = parseFeedText(text);
const fmt = (t) => `${t.median.toFixed(1)} ms (min ${t.min.toFixed(1)}, max ${t.max.toFixed(1)})`;
console.log(`feed: ${file}, ${(text.length / 1024).toFixed(0)} KiB, ${runs} runs`);
console.log(
  `items: ${feed?.initiatives.length ?? 0} initiatives, ${feed?.events.length ?? 0} events, ${feed?.territories.length ?? 0} territories; problems: ${problems.length}`,
);
console.log(`JSON.parse alone:        ${fmt(floor)}`);
console.log(`parseFeedText (v1):      ${fmt(ours)}`);
console.log(`ratio parse+validate / JSON.parse: ${(ours.median / floor.median).toFixed(1)}x`);
