/**
 * Loading a whole feed in memory (validate, merge, split, export) and writing one
 * deterministically.
 */
import { parseFeed, type FeedProblem } from '../data/parse.js';
import type { Feed } from '../data/schema.js';
import type { Lang } from '../i18n/localize.js';
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { readText } from './io.js';

export interface LoadedFeed {
  source: string;
  /** The decoded JSON, before validation (merge reads a few raw fields). */
  raw: unknown;
  feed: Feed | null;
  problems: FeedProblem[];
}

type Message = { fr: string; en: string };

const VALUE: Message = { fr: 'une valeur', en: 'a value' };
const STRING: Message = { fr: 'une chaîne bien formée', en: 'a well-formed string' };
const IN_OBJECT: Message = { fr: '« , » ou « } »', en: '"," or "}"' };
const IN_ARRAY: Message = { fr: '« , » ou « ] »', en: '"," or "]"' };

/**
 * What jsonc-parser's error says was expected; `inObject`: the innermost open container is an
 * object (jsonc-parser closes the container before it reports a missing `}` or `]`).
 */
function expected(error: ParseErrorCode, inObject: boolean): Message {
  // The codes are a const enum: compared by name.
  switch (printParseErrorCode(error)) {
    case 'PropertyNameExpected':
      return { fr: 'un nom de champ entre guillemets', en: 'a quoted field name' };
    case 'ColonExpected':
      return { fr: '« : »', en: '":"' };
    case 'CommaExpected':
      return inObject ? IN_OBJECT : IN_ARRAY;
    case 'CloseBraceExpected':
      return IN_OBJECT;
    case 'CloseBracketExpected':
      return IN_ARRAY;
    case 'EndOfFileExpected':
      return { fr: 'la fin du texte', en: 'the end of the text' };
    case 'UnexpectedEndOfString':
    case 'InvalidCharacter':
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return STRING;
    default:
      return VALUE;
  }
}

/**
 * Where and why `text` is not JSON, once `JSON.parse` has refused it. jsonc-parser (strict:
 * no comments, no trailing commas) names the first error and what was expected there; the
 * engine's own `position N`, when its message gives one, is the exact character (inside a
 * string, jsonc-parser points at the string's start). Node 20's messages give none for an
 * unexpected token or a document cut short: jsonc-parser's offset then.
 */
function locateSyntaxError(
  text: string,
  engineMessage: string,
): { offset: number; detail: Message } {
  const containers: boolean[] = [];
  const errors: Array<{ error: ParseErrorCode; offset: number; inObject: boolean }> = [];
  visit(
    text,
    {
      onObjectBegin: () => void containers.push(true),
      onObjectEnd: () => void containers.pop(),
      onArrayBegin: () => void containers.push(false),
      onArrayEnd: () => void containers.pop(),
      onError: (error, offset) => {
        if (errors.length < 2)
          errors.push({ error, offset, inObject: containers[containers.length - 1] ?? false });
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  const [first, second] = errors;
  // `{'a': 1}`, `{a: 1}`: an unknown symbol, then "property name expected" right after it.
  const reason =
    first &&
    printParseErrorCode(first.error) === 'InvalidSymbol' &&
    second &&
    printParseErrorCode(second.error) === 'PropertyNameExpected'
      ? second
      : first;
  const engine = / position (\d+)/.exec(engineMessage);
  const offset = engine ? Number(engine[1]) : (first?.offset ?? text.length);
  const char = text[offset];
  const want = reason ? expected(reason.error, reason.inObject) : VALUE;
  return {
    offset,
    detail:
      char === undefined
        ? { fr: `fin inattendue, attendu : ${want.fr}`, en: `unexpected end, expected ${want.en}` }
        : {
            fr: `caractère inattendu ${JSON.stringify(char)}, attendu : ${want.fr}`,
            en: `unexpected ${JSON.stringify(char)}, expected ${want.en}`,
          },
  };
}

/** Line and column (1-based; columns in UTF-16 code units, like most editors) of `offset`. */
function offsetPosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line += 1;
  return { line, column: offset - lineStart + 1 };
}

/** Decodes JSON with a line:column position and a reason on error. */
export function decodeJson(text: string): { value?: unknown; problem?: FeedProblem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { value: JSON.parse(body) };
  } catch (error) {
    const html = /^\s*</.test(body);
    const found = html ? undefined : locateSyntaxError(body, String(error));
    const at = found && offsetPosition(body, found.offset);
    return {
      problem: {
        severity: 'error',
        code: 'not-json',
        path: '$',
        message:
          !found || !at
            ? {
                fr: 'ceci est une page HTML, pas un flux JSON',
                en: 'this is an HTML page, not a JSON feed',
              }
            : {
                fr: `JSON invalide (${at.line}:${at.column}) : ${found.detail.fr}`,
                en: `malformed JSON (${at.line}:${at.column}): ${found.detail.en}`,
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
