#!/usr/bin/env node
// Writes the published tree of the demo feed (`tis-feed publish demo/feed.json`) into
// demo/published/ (ignored by git: it is derived, deterministic), which `npm start`, the demo
// build and the bench serve. Uses the library's own publisher from the sources, so it needs no
// build. Usage: node scripts/publish-demo-feed.js [feed.json] [out-dir]
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { importTs, ROOT } from './import-ts.js';

const { parseFeed, publishFeed } = await importTs(
  "export { parseFeed } from './src/data/parse.ts';\nexport { publishFeed } from './src/cli/publish.ts';",
);

/** The published tree of `source` (a feed file): file name → text. */
export async function publishedDemoFiles(source = join(ROOT, 'demo/feed.json')) {
  const { feed } = parseFeed(JSON.parse(await readFile(source, 'utf8')));
  if (!feed) throw new Error(`${source} is not a v1 feed`);
  return publishFeed(feed).files;
}

/** Publishes `source` (a feed file) into `outDir`; returns the number of files written. */
export async function publishDemoFeed(
  source = join(ROOT, 'demo/feed.json'),
  outDir = join(ROOT, 'demo/published'),
) {
  const files = await publishedDemoFiles(source);
  await rm(outDir, { recursive: true, force: true });
  for (const [name, text] of files) {
    const path = join(outDir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  return files.size;
}

if (resolve(process.argv[1] ?? '') === resolve(import.meta.filename)) {
  const [source, outDir] = process.argv.slice(2);
  const count = await publishDemoFeed(source && resolve(source), outDir && resolve(outDir));
  console.log(`published tree of the demo feed: ${count} files`);
}
