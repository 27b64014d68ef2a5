/** Writing the demo feed: its layout, its self-check, and a write only when the bytes change. */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseFeed } from './library.js';

/** One item per line: readable, diffable, and much smaller than fully indented JSON. */
export function serialize(feed) {
  const lines = ['{'];
  const entries = Object.entries(feed);
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value)) {
      lines.push(`  ${JSON.stringify(key)}: [`);
      value.forEach((item, j) =>
        lines.push(`    ${JSON.stringify(item)}${j < value.length - 1 ? ',' : ''}`),
      );
      lines.push(`  ]${comma}`);
    } else {
      lines.push(
        `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}${comma}`,
      );
    }
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/**
 * Why `text` must not be written, one line each (none when it is fine): the demo feed must be
 * spotless for the library's own parser, and stay under `maxBytes`.
 */
export function refusals(text, maxBytes) {
  const { feed, problems } = parseFeed(JSON.parse(text));
  if (problems.length > 0 || !feed)
    return [
      ...problems.slice(0, 20).map((p) => `${p.severity} ${p.code} ${p.path}: ${p.message.en}`),
      `demo feed NOT written: ${problems.length} problem(s)`,
    ];
  const bytes = Buffer.byteLength(text);
  if (bytes > maxBytes)
    return [`demo feed NOT written: ${bytes} bytes is over the ${maxBytes}-byte budget`];
  return [];
}

/** Writes `text` to `path` unless the file already holds it; says whether it wrote. */
export function writeIfChanged(path, text) {
  let previous;
  try {
    previous = readFileSync(path, 'utf8');
  } catch {
    previous = undefined;
  }
  if (previous === text) return false;
  writeFileSync(path, text);
  return true;
}
