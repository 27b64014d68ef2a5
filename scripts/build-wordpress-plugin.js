#!/usr/bin/env node
/**
 * Builds the WordPress plugin zip: copies the CDN loader (`dist/cdn/widgets.js`) and every module
 * and chunk it can import (found by following its relative imports: the per-widget modules, the
 * shared chunks) into `integrations/wordpress/tis-widgets/assets/` and zips the plugin folder to
 * `dist/wordpress/tis-widgets.zip` (one top folder `tis-widgets/`, as WordPress expects). The
 * plugin enqueues `assets/widgets.js`; the browser loads the rest from beside it, as needed.
 *
 *   node scripts/build-wordpress-plugin.js [--bundle path/to/widgets.js] [--out path.zip] [--no-copy]
 *
 * `--no-copy` leaves the plugin folder untouched and puts the bundle in the zip only (tests).
 *
 * Uses no dependency: the zip is written with node:zlib (deflate) and a minimal zip writer.
 */
import * as zlib from 'node:zlib';

const { deflateRawSync } = zlib;
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? resolve(args[index + 1]) : fallback;
};
const bundle = option('--bundle', join(root, 'dist/cdn/widgets.js'));
const out = option('--out', join(root, 'dist/wordpress/tis-widgets.zip'));
const pluginDir = join(root, 'integrations/wordpress/tis-widgets');

if (!existsSync(bundle)) {
  console.error(`${relative(root, bundle)} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const source = readFileSync(bundle, 'utf8');
if (!source.includes('data-tis-widget')) {
  console.warn(
    'Warning: the bundle has no markup-only placement (data-tis-widget); shortcodes and blocks work, <div data-tis-widget> placements will not.',
  );
}
/** The bundle and every file it imports, statically or dynamically (`./name.js` specifiers). */
function closure(entry) {
  const dir = dirname(entry);
  const found = new Map([['widgets.js', entry]]);
  const queue = [entry];
  while (queue.length) {
    const text = readFileSync(queue.pop(), 'utf8');
    for (const [, name] of text.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) {
      if (found.has(name)) continue;
      const path = join(dir, name);
      if (!existsSync(path)) continue;
      found.set(name, path);
      queue.push(path);
    }
  }
  return found;
}
const shipped = closure(bundle);

const copy = !args.includes('--no-copy');
if (copy) {
  const assets = join(pluginDir, 'assets');
  // Chunk names carry a content hash: drop the previous build's files first.
  for (const name of readdirSync(assets).filter((name) => name.endsWith('.js')))
    rmSync(join(assets, name));
  for (const [name, path] of shipped) copyFileSync(path, join(assets, name));
}

/** Every file of the plugin, sorted, with its path inside the zip. */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? files(path) : [path];
    })
    .sort();
}

/** CRC-32 (node:zlib has it from Node 20.15; a table otherwise). */
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data) {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(data);
  let c = 0xffffffff;
  for (const byte of data) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** DOS date and time of a Date. */
function dosDateTime(date) {
  const time =
    (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return { time, day };
}

/** A zip archive (deflate, no zip64: the plugin is far below 4 GB). */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data, date } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const { time, day } = dosDateTime(date);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const entries = files(pluginDir)
  .map((path) => ({
    name: `tis-widgets/${relative(pluginDir, path).split(sep).join('/')}`,
    data: readFileSync(path),
    date: statSync(path).mtime,
  }))
  // The plugin folder's own copies (from an earlier build) are replaced by this build's files.
  .filter((entry) => !/^tis-widgets\/assets\/[^/]+\.js$/.test(entry.name));
for (const [name, path] of shipped)
  entries.push({
    name: `tis-widgets/assets/${name}`,
    data: readFileSync(path),
    date: statSync(path).mtime,
  });
entries.sort((a, b) => a.name.localeCompare(b.name));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, zip(entries));
console.log(`${relative(root, out)}: ${entries.length} files, ${statSync(out).size} bytes`);
