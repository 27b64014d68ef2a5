#!/usr/bin/env node
// Writes dist/cdn/sri.json: the sha384 Subresource Integrity hash of every CDN file, so
// partners (and the snippet generator) can pin exactly the file they reviewed.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = 'dist/cdn';
const files = (await readdir(dir)).filter((name) => name.endsWith('.js')).sort();
const sri = {};
for (const name of files) {
  const bytes = await readFile(join(dir, name));
  sri[name] = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
await writeFile(join(dir, 'sri.json'), `${JSON.stringify(sri, null, 2)}\n`);
console.log(`wrote ${join(dir, 'sri.json')} (${files.length} files)`);
