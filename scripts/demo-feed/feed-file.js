/** The demo feed as a file: its layout, its self-check, the copy already on disk. */
import { readFileSync } from 'node:fs';
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

/** The text of `path`, or `undefined` when there is no such file. */
export function readIfExists(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
