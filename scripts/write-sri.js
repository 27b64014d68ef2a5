#!/usr/bin/env node
// Writes, for the CDN files of dist/cdn:
// - sri.json: the sha384 Subresource Integrity hash of every file, chunks included, so partners
//   (and the snippet generator) can pin exactly the files they reviewed;
// - modules.json: for each module, every other file it may load (static and dynamic imports,
//   transitively), e.g. `"banner.js": ["core-….js", "errors-….js"]`: the entries an import map
//   needs in its `integrity` field to pin a per-widget module with all its chunks.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = 'dist/cdn';
const files = (await readdir(dir)).filter((name) => name.endsWith('.js')).sort();
const sri = {};
const imports = {};
for (const name of files) {
  const bytes = await readFile(join(dir, name));
  sri[name] = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  // Rolldown writes relative specifiers between the files of one build: "./core-….js".
  imports[name] = [...bytes.toString('utf8').matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)]
    .map((match) => match[1])
    .filter((file) => files.includes(file));
}
const modules = {};
for (const name of files) {
  const seen = new Set();
  const queue = [...imports[name]];
  while (queue.length) {
    const next = queue.pop();
    if (next === name || seen.has(next)) continue;
    seen.add(next);
    queue.push(...imports[next]);
  }
  if (seen.size) modules[name] = [...seen].sort();
}
await writeFile(join(dir, 'sri.json'), `${JSON.stringify(sri, null, 2)}\n`);
await writeFile(join(dir, 'modules.json'), `${JSON.stringify(modules, null, 2)}\n`);
console.log(`wrote ${join(dir, 'sri.json')} (${files.length} files) and modules.json`);
