/**
 * Loading a whole feed in memory (merge, split, export) and writing one deterministically.
 */
import { parseFeed, type FeedProblem } from '../data/parse.js';
import type { Feed } from '../data/schema.js';
import type { Lang } from '../i18n/localize.js';
import { findSyntaxError, offsetPosition } from './json-scan.js';
import { readText } from './io.js';

export interface LoadedFeed {
  source: string;
  /** The decoded JSON, before validation (merge reads a few raw fields). */
  raw: unknown;
  feed: Feed | null;
  problems: FeedProblem[];
}

/** Decodes JSON with a line:column position on error (Node 20's messages often lack one). */
export function decodeJson(text: string): { value?: unknown; problem?: FeedProblem } {
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const html = /^\s*</.test(body);
    const found = findSyntaxError(body);
    const at = offsetPosition(body, found.offset);
    const where = `${at.line}:${at.column}`;
    return {
      problem: {
        severity: 'error',
        code: 'not-json',
        path: '$',
        message: html
          ? {
              fr: 'ceci est une page HTML, pas un flux JSON',
              en: 'this is an HTML page, not a JSON feed',
            }
          : {
              fr: `JSON invalide (${where}) : ${found.detail.fr}`,
              en: `malformed JSON (${where}): ${found.detail.en}`,
            },
      },
    };
  }
}

export async function loadFeed(source: string): Promise<LoadedFeed> {
  const text = await readText(source);
  const { value, problem } = decodeJson(text);
  if (problem) return { source, raw: undefined, feed: null, problems: [problem] };
  const result = parseFeed(value);
  return { source, raw: value, feed: result.feed, problems: result.problems };
}

/**
 * JSON with object keys sorted (code-point order) at every level and `undefined` dropped:
 * the same data always gives the same bytes, whatever order it was built in.
 */
export function stableStringify(value: unknown, indent: number | undefined = 2): string {
  return `${JSON.stringify(sortKeys(value), null, indent)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(compareCodePoints)) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) out[key] = sortKeys(child);
    }
    return out;
  }
  return value;
}

/** Locale-independent string order, so the output does not depend on the machine. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const byId = <T extends { id: string }>(a: T, b: T) => compareCodePoints(a.id, b.id);

/** One problem as a line of text: `error   initiatives[3].title [cis/x]: reason`. */
export function formatProblem(problem: FeedProblem, lang: Lang, prefix = ''): string {
  const severity =
    problem.severity === 'error'
      ? lang === 'en'
        ? 'error  '
        : 'erreur '
      : lang === 'en'
        ? 'warning'
        : 'alerte ';
  const id = problem.itemId ? ` [${problem.itemId}]` : '';
  return `${prefix}${severity} ${problem.path}${id} (${problem.code}): ${problem.message[lang]}`;
}
