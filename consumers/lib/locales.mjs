/**
 * Finds zod's locales in a bundle. Each locale file (`zod/v4/locales/<code>.js`) is known by its
 * string literals (12 characters or more) that no other zod file has; a bundle holds a locale
 * when it holds at least half of them (our own messages share a phrase or two with zod's French
 * ones, such as "date-heure ISO"; a bundled locale brings all of its strings). Minifiers may escape non-ASCII characters (`\u00e8`, `\xE8`), so the
 * bundle's escapes are decoded first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSUMERS } from './paths.mjs';

const ZOD = join(CONSUMERS, 'node_modules', 'zod', 'v4');
const literals = (text) =>
  new Set([...text.matchAll(/"((?:[^"\\\n]|\\.){12,})"/g)].map((match) => match[1]));

let cached;
/** Map of locale code to its marker strings. */
export function localeMarkers() {
  if (cached) return cached;
  const others = new Set();
  for (const dir of ['core', 'mini', 'classic'])
    for (const file of readdirSync(join(ZOD, dir)).filter((name) => name.endsWith('.js')))
      for (const text of literals(readFileSync(join(ZOD, dir, file), 'utf8'))) others.add(text);
  cached = new Map();
  const dir = join(ZOD, 'locales');
  for (const file of readdirSync(dir).filter((name) => /^[\w-]+\.js$/.test(name))) {
    if (file === 'index.js') continue;
    const own = [...literals(readFileSync(join(dir, file), 'utf8'))].filter(
      (text) => !others.has(text) && !/[\\`]|\$\{|^[\s,;:)}]/.test(text),
    );
    if (own.length) cached.set(file.replace(/\.js$/, ''), own);
  }
  return cached;
}

const unescape = (code) =>
  code.replace(/\\u\{([\da-f]+)\}|\\u([\da-f]{4})|\\x([\da-f]{2})/gi, (_, a, b, c) =>
    String.fromCodePoint(parseInt(a ?? b ?? c, 16)),
  );

/** The codes of the zod locales found in `code`. */
export function localesIn(code) {
  const text = unescape(code);
  return [...localeMarkers()]
    .filter(([, markers]) => markers.filter((m) => text.includes(m)).length * 2 >= markers.length)
    .map(([code]) => code);
}
